import { Alert, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GREETING_MAX_BYTES } from '../../../../../contract/schemas/greetings';
import { numeral } from '../../../ui/format';
import { formatSeconds, formatSize } from './rules';
import type { TelephonyGreeting } from './telephony';
import { errorWords } from '../../../i18n/said';

/**
 * The greeting the studio made, as ITNIO will get it: its format, length and size against the
 * 5 MB limit (and as sent, base64), why it cannot be used when too big, and a player.
 */
export function StudioResult({ greeting, url }: { greeting: TelephonyGreeting; url: string }) {
  const { t } = useTranslation('numbers');
  return (
    <Paper withBorder p="sm" role="group" aria-label={t('studio.result.label')}>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('studio.result.format', { rate: greeting.rate / 1000 })}
        </Text>
        <Text size="sm" data-testid="studio-result" aria-live="polite">
          {t('studio.result.sizes', {
            length: formatSeconds(greeting.seconds),
            size: formatSize(greeting.wav.length),
            max: formatSize(GREETING_MAX_BYTES),
            bytes: numeral(greeting.wav.length),
            sent: formatSize(greeting.base64Bytes),
          })}
        </Text>
        {greeting.tooBig ? (
          <Alert color="red" variant="outline" role="alert" title={errorWords(greeting.tooBig).message}>
            {errorWords(greeting.tooBig).hint}
          </Alert>
        ) : null}
        <audio controls src={url} aria-label={t('studio.result.preview')} style={{ width: '100%' }} />
      </Stack>
    </Paper>
  );
}
