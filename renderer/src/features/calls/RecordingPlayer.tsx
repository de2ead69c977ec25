import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { describeCallRecordSaid } from '../../../../contract/schemas/call-record-text';
import { say } from '../../i18n/said';
import { useAfterFirstPaint } from '../../ui/after-first-paint';
import { dateTime } from '../../ui/format';
import { RecordingPlayback } from './RecordingPlayback';
import { useRecording } from './recording-store';

/** Plays a call's recording, with Save as…. */
export function RecordingPlayer() {
  const { t } = useTranslation('calls');
  const { player, saving, save, close } = useRecording();
  // Nothing to show until a call is placed: its dialog's frame waits until the Dialer is up.
  const mounted = useAfterFirstPaint();
  if (!mounted) return null;
  return (
    <Modal opened={player !== undefined} onClose={close} title={t('recording.title')} size="lg">
      {player && (
        <Stack>
          <Text size="sm">
            <Trans
              t={t}
              i18nKey="recording.callTo"
              values={{ callee: player.entry.callee, account: player.entry.account, time: dateTime(player.entry.at) }}
              components={{ number: <Text span ff="monospace" /> }}
            />
            {player.entry.record ? ` · ${say(describeCallRecordSaid(player.entry.record))}` : ''}
          </Text>
          <RecordingPlayback playback={player} label={t('recording.label', { callee: player.entry.callee })} testId="recording-audio" />
          <Group justify="flex-end">
            <Button variant="default" loading={saving} disabled={player.status !== 'ready'} onClick={() => void save()}>
              {t('recording.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
