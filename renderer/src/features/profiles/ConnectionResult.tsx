import { Text } from '@mantine/core';
import type { Result } from '../../../../contract/result';
import type { UnsavedConnectionReport } from '../../../../contract/schemas/profiles';
import { countOf } from '../../ui/format';

/** The last "Test connection" result, where the operator asked for it (a profile's row, the dialog): its one place. */
export function ConnectionResult({ result }: { result: Result<UnsavedConnectionReport> }) {
  if (!result.ok) {
    return (
      <Text size="xs" c="red" mt={4} role="status">
        {result.error.message} {result.error.hint}
      </Text>
    );
  }
  const { latencyMs, phones, clockWarning } = result.value;
  return (
    <Text size="xs" c={clockWarning ? 'orange' : 'teal'} mt={4} role="status">
      Connected in {latencyMs} ms · {countOf(phones, 'phone')} on this app
      {clockWarning ? ` · ${clockWarning}` : ''}
    </Text>
  );
}
