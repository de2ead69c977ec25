import { Alert, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { vendorTime } from '../../ui/format';
import { otherParty, useActivity } from './activity-store';

/** Plays an activity call's recording in the browser's own audio controls (keyboard and screen-reader ready). */
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
          {player.status === 'loading' && (
            <Group gap="xs" role="status">
              <Loader size="sm" />
              <Text size="sm">Fetching the recording from ITNIO…</Text>
            </Group>
          )}
          {player.status === 'failed' && (
            <Alert color="red" variant="light" title={player.error.message} role="alert">
              <Text size="sm">{player.error.hint}</Text>
            </Alert>
          )}
          {player.status === 'ready' && (
            // Phone recordings come without captions; the call's details are given above.
            <audio controls autoPlay src={player.url} aria-label={`Recording of the ${call?.toLowerCase()}`} data-testid="activity-recording-audio" style={{ width: '100%' }} />
          )}
        </Stack>
      )}
    </Modal>
  );
}
