import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Said instead of "discard your changes?" when the operator tries to close, leave or replace a
 * form whose write is on its way to ITNIO: a write cannot be called back, so all they can do is
 * wait; the form shows the answer when it comes. `children` says what is being sent.
 */
export function WaitForAnswer({ opened, onClose, stackId, children }: { opened: boolean; onClose: () => void; stackId?: string; children: ReactNode }) {
  const { t } = useTranslation('shell');
  return (
    <Modal stackId={stackId} opened={opened} onClose={onClose} title={t('waitForAnswer.title')}>
      <Stack>
        <Text size="sm">
          {children} {t('waitForAnswer.shownHere')}
        </Text>
        <Group justify="flex-end">
          <Button onClick={onClose} data-autofocus>
            {t('waitForAnswer.wait')}
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
