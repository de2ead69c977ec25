import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { describeCallRecord } from '../../../../contract/schemas/call-record-text';
import { useAfterFirstPaint } from '../../ui/after-first-paint';
import { dateTime } from '../../ui/format';
import { RecordingPlayback } from './RecordingPlayback';
import { useRecording } from './recording-store';

/** Plays a call's recording, with Save as…. */
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
          <RecordingPlayback playback={player} label={`Recording of the call to ${player.entry.callee}`} testId="recording-audio" />
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
