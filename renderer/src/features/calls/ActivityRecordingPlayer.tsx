import { Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { vendorTime } from '../../ui/format';
import { otherParty, useActivity } from './activity-store';
import { RecordingPlayback } from './RecordingPlayback';

/** Plays an activity call's recording. */
export function ActivityRecordingPlayer() {
  const player = useActivity((state) => state.player);
  const close = useActivity((state) => state.closePlayer);
  const { t } = useTranslation('calls');
  const incoming = player?.record.direction === 'incoming';
  return (
    <Modal opened={player !== undefined} onClose={close} title={t('recording.title')} size="lg">
      {player && (
        <Stack>
          <Text size="sm">
            {t(incoming ? 'recording.activityFrom' : 'recording.activityTo', { party: otherParty(player.record), number: player.record.number, time: vendorTime(player.record.startTime) })}
          </Text>
          <RecordingPlayback
            playback={player}
            label={t(incoming ? 'recording.activityLabelFrom' : 'recording.activityLabelTo', { party: otherParty(player.record) })}
            testId="activity-recording-audio"
          />
        </Stack>
      )}
    </Modal>
  );
}
