import { Button, Text, type ButtonProps } from '@mantine/core';
import type { ReactNode, Ref } from 'react';
import { useWriteBlockedReason } from './connection';

/**
 * The button that sends a change to ITNIO. While ITNIO cannot be reached it is disabled and says
 * why beside it: a change sent then would fail, or leave its outcome unknown.
 */
export function SendButton({
  children,
  sending,
  onClick,
  type = 'submit',
  buttonRef,
  ...props
}: ButtonProps & { children: ReactNode; sending: boolean; onClick?: () => void; type?: 'submit' | 'button'; buttonRef?: Ref<HTMLButtonElement> }) {
  const blocked = useWriteBlockedReason();
  return (
    <>
      <Button {...props} ref={buttonRef} type={type} onClick={onClick} loading={sending} disabled={props.disabled === true || blocked !== undefined}>
        {children}
      </Button>
      {blocked && !sending && (
        <Text size="sm" c="dimmed" role="status">
          {blocked}
        </Text>
      )}
    </>
  );
}
