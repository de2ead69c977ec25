import { Modal, Stack, Text } from '@mantine/core';
import { vendorTime } from '../../ui/format';
import { otherParty, useActivity } from './activity-store';
import { RecordingPlayback } from './RecordingPlayback';

/** Plays an activity call's recording. */
export function ActivityRecordingPlayer() {
  const player = useActivity((state) => state.player);
  const close = useActivity((state) => state.closePlayer);
  const call = player && `${player.record.direction === 'incoming' ? 'Call from' : 'Call to'} ${otherParty(player.record)}`;
  return (
    <Modal opened={player !== undefined} onClose={close} title="Call recording" size="lg">
      {player && (
        <Stack>
          <Text size="sm">
            {call} on {player.record.number}, {vendorTime(player.record.startTime)}
          </Text>
          <RecordingPlayback playback={player} label={`Recording of the ${call?.toLowerCase()}`} testId="activity-recording-audio" />
        </Stack>
      )}
    </Modal>
  );
}
