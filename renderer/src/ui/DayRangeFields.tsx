import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dayOf, firstKeptDay } from './days';

/**
 * "From" and "To" as the browser's date fields. ITNIO keeps two months: the calendars offer no day
 * before that and none after today (main holds the same rule for a day typed in).
 */
export function DayRangeFields({
  since,
  until,
  onChange,
  errors,
}: {
  since: string;
  until: string;
  onChange: (change: { since: string } | { until: string }) => void;
  /** The words under each field, when its day breaks a rule. */
  errors: { since: string | undefined; until: string | undefined };
}) {
  const { t } = useTranslation('shell');
  const today = dayOf(new Date());
  return (
    <>
      <TextInput
        type="date"
        label={t('dayRange.from')}
        value={since}
        min={firstKeptDay()}
        max={until || today}
        onChange={(event) => onChange({ since: event.currentTarget.value })}
        error={errors.since}
        w={150}
      />
      <TextInput
        type="date"
        label={t('dayRange.to')}
        value={until}
        min={since || firstKeptDay()}
        max={today}
        onChange={(event) => onChange({ until: event.currentTarget.value })}
        error={errors.until}
        w={150}
      />
    </>
  );
}
