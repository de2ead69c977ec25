import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';

/**
 * Said instead of "discard your changes?" when the operator tries to close, leave or replace a
 * form whose write is on its way to ITNIO: a write cannot be called back, so all they can do is
 * wait; the form shows the answer when it comes. `children` says what is being sent.
 */
export function WaitForAnswer({ opened, onClose, stackId, children }: { opened: boolean; onClose: () => void; stackId?: string; children: ReactNode }) {
  return (
    <Modal stackId={stackId} opened={opened} onClose={onClose} title="Wait for ITNIO's answer">
      <Stack>
        <Text size="sm">{children} ITNIO's answer is shown here as soon as it comes.</Text>
        <Group justify="flex-end">
          <Button onClick={onClose} data-autofocus>
            Wait for the answer
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * Whether `WaitForAnswer` is open: from `ask()` until the operator closes it or the answer comes,
 * so that the next write does not find it open already.
 */
export function useWaitForAnswer(sending: boolean): { asked: boolean; ask: () => void; dismiss: () => void } {
  const [asked, setAsked] = useState(false);
  if (asked && !sending) setAsked(false);
  return { asked: asked && sending, ask: () => setAsked(true), dismiss: () => setAsked(false) };
}
