import '@mantine/dropzone/styles.css';
import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { useState } from 'react';
import type { StagedGreeting } from '../../../../contract/schemas/greetings';
import { useNumbers } from './store';
import { GreetingStudio } from './studio/GreetingStudio';
import { formatSize } from './studio/rules';

/** "0:07", "5:27". */
function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

function GreetingCard({ staged, previewUrl, onRemove }: { staged: StagedGreeting; previewUrl: string; onRemove: () => void }) {
  const details = [staged.format.toUpperCase(), staged.codec, formatSize(staged.size), formatDuration(staged.durationSeconds)].filter(Boolean).join(' · ');
  return (
    <Paper withBorder p="sm" aria-label="Greeting to send" role="group">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <div>
            <Text fw={600} size="sm">
              {staged.name}
            </Text>
            <Text size="sm" c="dimmed" data-testid="greeting-details">
              {details}
            </Text>
          </div>
          <Button variant="default" size="xs" onClick={onRemove}>
            Remove greeting
          </Button>
        </Group>
        {staged.fileName !== staged.name && (
          <Text size="sm" role="note">
            {staged.name} is really {staged.format.toUpperCase()} audio; it will be sent as {staged.fileName}.
          </Text>
        )}
        {/* The file's own bytes, played from a blob: URL (the CSP allows media-src blob:). */}
        <audio controls src={previewUrl} aria-label={`Preview of ${staged.name}`} style={{ width: '100%' }} />
      </Stack>
    </Paper>
  );
}

/**
 * The voicemail greeting: dropped from the file manager, chosen in main's open dialog, or made in
 * the greeting studio (recorded, or converted from another format). Main checks it (size, real
 * format, duration) and keeps it until the settings are saved.
 */
export function GreetingField() {
  const { greeting, greetingBusy, greetingError, addGreetingFile, pickGreeting, removeGreeting, setGreetingError } = useNumbers();
  const [studioOpen, setStudioOpen] = useState(false);

  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        Greeting
      </Text>
      {greeting ? (
        <GreetingCard staged={greeting.staged} previewUrl={greeting.previewUrl} onRemove={removeGreeting} />
      ) : (
        <>
          <Dropzone
            onDrop={(files) => {
              if (files[0]) void addGreetingFile(files[0]);
            }}
            onReject={() => setGreetingError({ kind: 'file', field: 'greeting', message: 'Only one file can be the greeting.', hint: 'Drop a single mp3, wav or m4a file.' })}
            multiple={false}
            // Picking goes through main's own dialog (the button below), not the page's file input.
            activateOnClick={false}
            activateOnKeyboard={false}
            loading={greetingBusy}
            role="group"
            aria-label="Greeting drop zone"
            inputProps={{ 'aria-label': 'Greeting file' }}
          >
            <Stack align="center" gap={4} py="md">
              <Dropzone.Idle>
                <Text size="sm">Drop an mp3, wav or m4a file here</Text>
              </Dropzone.Idle>
              <Dropzone.Accept>
                <Text size="sm">Release to add the greeting</Text>
              </Dropzone.Accept>
              <Text size="sm" c="dimmed">
                At most 5 MB. Its real format is read from the file, whatever its name. Another format, or a larger file: Record or convert….
              </Text>
            </Stack>
          </Dropzone>
          <Group>
            <Button variant="default" onClick={() => void pickGreeting()} disabled={greetingBusy}>
              Choose greeting file…
            </Button>
            <Button variant="default" onClick={() => setStudioOpen(true)} disabled={greetingBusy}>
              Record or convert…
            </Button>
          </Group>
        </>
      )}
      <GreetingStudio opened={studioOpen} onClose={() => setStudioOpen(false)} />
      {greetingError && (
        <Alert color="red" variant="outline" role="alert" title={greetingError.message}>
          {greetingError.hint}
        </Alert>
      )}
    </Stack>
  );
}
