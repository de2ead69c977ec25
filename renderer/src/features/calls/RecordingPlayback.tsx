import { Alert, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../contract/result';
import { errorWords } from '../../i18n/said';

/** A recording on its way from ITNIO through main, as the players show it. */
export type Playback = { status: 'loading' } | { status: 'ready'; url: string } | { status: 'failed'; error: AppError };

/** Fetching, why it failed, or the browser's own audio controls (keyboard and screen-reader ready). */
export function RecordingPlayback({ playback, label, testId }: { playback: Playback; label: string; testId: string }) {
  const { t } = useTranslation('calls');
  switch (playback.status) {
    case 'loading':
      return (
        <Group gap="xs" role="status">
          <Loader size="sm" />
          <Text size="sm">{t('recording.fetching')}</Text>
        </Group>
      );
    case 'failed':
      return (
        <Alert color="red" variant="light" title={errorWords(playback.error).message} role="alert">
          <Text size="sm">{errorWords(playback.error).hint}</Text>
        </Alert>
      );
    case 'ready':
      // Phone recordings come without captions; the call's details are given above the player.
      return <audio controls autoPlay src={playback.url} aria-label={label} data-testid={testId} style={{ width: '100%' }} />;
  }
}
