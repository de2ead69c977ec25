import { Alert, Button, Code, CopyButton, Group, Text } from '@mantine/core';
import { countryName } from '../../../../contract/schemas/phone-number';
import type { PlaceResult } from './store';

/** The last attempt's result, kept on screen (unlike a toast) so the recording id can be copied. */
export function PlaceResultPanel({ result }: { result: PlaceResult }) {
  if (!result.ok) {
    const { message, hint, code } = result.error;
    return (
      <Alert color="red" variant="light" title={message} role="alert" data-testid="place-result">
        <Text size="sm">{hint}</Text>
        {code && (
          <Text size="xs" c="dimmed" mt={4}>
            Code {code}
          </Text>
        )}
      </Alert>
    );
  }
  const { recordingId, account, callee, country, historyWarning } = result.call;
  return (
    <Alert color="teal" variant="light" title="Call placed" role="status" data-testid="place-result">
      <Text size="sm">
        Your phone {account} will ring first; answer it and ITNIO connects you to {callee}
        {country ? ` (${countryName(country)})` : ''}.
      </Text>
      <Group gap="xs" mt="xs">
        <Text size="sm">Recording id</Text>
        <Code data-testid="recording-id">{recordingId}</Code>
        <CopyButton value={recordingId}>
          {({ copied, copy }) => (
            <Button size="compact-xs" variant={copied ? 'filled' : 'default'} onClick={copy}>
              {copied ? 'Copied' : 'Copy recording id'}
            </Button>
          )}
        </CopyButton>
      </Group>
      {historyWarning && (
        <Text size="sm" mt="xs" c="red">
          {historyWarning}
        </Text>
      )}
    </Alert>
  );
}
