import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { describeCallRecord } from '../../../../contract/schemas/call-record-text';
import { useAfterFirstPaint } from '../../ui/after-first-paint';
import { dateTime } from '../../ui/format';
import { useRecording } from './recording-store';

/** Plays a call's recording in the browser's own audio controls (keyboard and screen-reader ready), with Save as…. */
export function RecordingPlayer() {
  const { player, saving, save, close } = useRecording();
  // Nothing to show until a call is placed: its dialog's frame waits until the Dialer is up.
  const mounted = useAfterFirstPaint();
  if (!mounted) return null;
  return (
    <Modal opened={player !== undefined} onClose={close} title="Call recording" size="lg">
      {player && (
        <Stack>
          <Text size="sm">
            Call to <Text span ff="monospace">{player.entry.callee}</Text> from phone {player.entry.account}, {dateTime(player.entry.at)}
            {player.entry.record ? ` · ${describeCallRecord(player.entry.record)}` : ''}
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
            <audio controls autoPlay src={player.url} aria-label={`Recording of the call to ${player.entry.callee}`} data-testid="recording-audio" style={{ width: '100%' }} />
          )}
          <Group justify="flex-end">
            <Button variant="default" loading={saving} disabled={player.status !== 'ready'} onClick={() => void save()}>
              Save recording…
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
