import { Alert, Paper, Stack, Text } from '@mantine/core';
import { GREETING_MAX_BYTES } from '../../../../../contract/schemas/greetings';
import { formatSeconds, formatSize } from './rules';
import type { TelephonyGreeting } from './telephony';

/**
 * The greeting the studio made, as ITNIO will get it: its format, length and size against the
 * 5 MB limit (and as sent, base64), why it cannot be used when too big, and a player.
 */
export function StudioResult({ greeting, url }: { greeting: TelephonyGreeting; url: string }) {
  return (
    <Paper withBorder p="sm" role="group" aria-label="Telephony greeting">
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          WAV · mono · {greeting.rate / 1000} kHz · 16-bit PCM
        </Text>
        <Text size="sm" data-testid="studio-result" aria-live="polite">
          {formatSeconds(greeting.seconds)} · {formatSize(greeting.wav.length)} of {formatSize(GREETING_MAX_BYTES)} ({greeting.wav.length.toLocaleString('en')} bytes) ·{' '}
          {formatSize(greeting.base64Bytes)} as sent (base64)
        </Text>
        {greeting.tooBig ? (
          <Alert color="red" variant="outline" role="alert" title={greeting.tooBig.message}>
            {greeting.tooBig.hint}
          </Alert>
        ) : null}
        <audio controls src={url} aria-label="Preview of the telephony greeting" style={{ width: '100%' }} />
      </Stack>
    </Paper>
  );
}
