import '@mantine/dropzone/styles.css';
import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StagedGreeting } from '../../../../contract/schemas/greetings';
import { useNumbers } from './store';
import { GreetingStudio } from './studio/GreetingStudio';
import { formatSize } from './studio/rules';
import { errorWords } from '../../i18n/said';

/** "0:07", "5:27". */
function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

function GreetingCard({ staged, previewUrl, onRemove }: { staged: StagedGreeting; previewUrl: string; onRemove: () => void }) {
  const { t } = useTranslation('numbers');
  const details = [staged.format.toUpperCase(), staged.codec, formatSize(staged.size), formatDuration(staged.durationSeconds)].filter(Boolean).join(' · ');
  return (
    <Paper withBorder p="sm" aria-label={t('greeting.card')} role="group">
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
            {t('greeting.remove')}
          </Button>
        </Group>
        {staged.fileName !== staged.name && (
          <Text size="sm" role="note">
            {t('greeting.renamed', { name: staged.name, format: staged.format.toUpperCase(), fileName: staged.fileName })}
          </Text>
        )}
        {/* The file's own bytes, played from a blob: URL (the CSP allows media-src blob:). */}
        <audio controls src={previewUrl} aria-label={t('greeting.previewOf', { name: staged.name })} style={{ width: '100%' }} />
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
  const { t } = useTranslation('numbers');
  const { greeting, greetingBusy, greetingError, addGreetingFile, pickGreeting, removeGreeting, setGreetingError } = useNumbers();
  const [studioOpen, setStudioOpen] = useState(false);

  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        {t('greeting.title')}
      </Text>
      {greeting ? (
        <GreetingCard staged={greeting.staged} previewUrl={greeting.previewUrl} onRemove={removeGreeting} />
      ) : (
        <>
          <Dropzone
            onDrop={(files) => {
              if (files[0]) void addGreetingFile(files[0]);
            }}
            onReject={() => setGreetingError({ kind: 'file', field: 'greeting', message: t('greeting.oneFile'), hint: t('greeting.oneFileHint') })}
            multiple={false}
            // Picking goes through main's own dialog (the button below), not the page's file input.
            activateOnClick={false}
            activateOnKeyboard={false}
            loading={greetingBusy}
            role="group"
            aria-label={t('greeting.dropZone')}
            inputProps={{ 'aria-label': t('greeting.file') }}
          >
            <Stack align="center" gap={4} py="md">
              <Dropzone.Idle>
                <Text size="sm">{t('greeting.drop')}</Text>
              </Dropzone.Idle>
              <Dropzone.Accept>
                <Text size="sm">{t('greeting.release')}</Text>
              </Dropzone.Accept>
              <Text size="sm" c="dimmed">
                {t('greeting.rules')}
              </Text>
            </Stack>
          </Dropzone>
          <Group>
            <Button variant="default" onClick={() => void pickGreeting()} disabled={greetingBusy}>
              {t('greeting.choose')}
            </Button>
            <Button variant="default" onClick={() => setStudioOpen(true)} disabled={greetingBusy}>
              {t('greeting.studio')}
            </Button>
          </Group>
        </>
      )}
      <GreetingStudio opened={studioOpen} onClose={() => setStudioOpen(false)} />
      {greetingError && (
        <Alert color="red" variant="outline" role="alert" title={errorWords(greetingError).message}>
          {errorWords(greetingError).hint}
        </Alert>
      )}
    </Stack>
  );
}
