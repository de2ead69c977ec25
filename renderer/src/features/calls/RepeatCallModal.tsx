import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorWords } from '../../i18n/said';
import { useAfterFirstPaint } from '../../ui/after-first-paint';
import { useDialer } from './store';

/**
 * Main refused ringing the same callee from the same phone again so soon: ask, never assume. The
 * safe choice has the focus, so an Enter meant for the Call button does not ring them twice.
 */
export function RepeatCallModal() {
  const { t } = useTranslation('calls');
  const { repeat, placing, confirmRepeat, cancelRepeat } = useDialer();
  // Nothing to show until a call is placed: its dialog's frame waits until the Dialer is up.
  const mounted = useAfterFirstPaint();
  if (!mounted) return null;
  return (
    <Modal opened={repeat !== undefined} onClose={cancelRepeat} title={t('repeat.title')}>
      {repeat && (
        <Stack>
          <Text size="sm">{errorWords(repeat.error).message}</Text>
          <Text size="sm">{t('repeat.ask')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={cancelRepeat} data-autofocus>
              {t('repeat.dontCall')}
            </Button>
            <Button loading={placing} onClick={() => void confirmRepeat()}>
              {t('repeat.callAgain')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
