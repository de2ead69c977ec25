import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../contract/result';
import type { UnsavedConnectionReport } from '../../../../contract/schemas/profiles';
import { numeral } from '../../ui/format';
import { errorWords, inWindowLanguage } from '../../i18n/said';

/** The last "Test connection" result, where the operator asked for it (a profile's row, the dialog): its one place. */
export function ConnectionResult({ result }: { result: Result<UnsavedConnectionReport> }) {
  const { t } = useTranslation('profiles');
  if (!result.ok) {
    return (
      <Text size="xs" c="red" mt={4} role="status">
        {errorWords(result.error).message} {errorWords(result.error).hint}
      </Text>
    );
  }
  const { latencyMs, phones, clockWarning, clockWarningSay } = result.value;
  return (
    <Text size="xs" c={clockWarning ? 'orange' : 'teal'} mt={4} role="status">
      {t('connection.connected', { count: phones, phones: numeral(phones), latency: numeral(latencyMs) })}
      {clockWarning ? ` · ${inWindowLanguage(clockWarning, clockWarningSay)}` : ''}
    </Text>
  );
}
