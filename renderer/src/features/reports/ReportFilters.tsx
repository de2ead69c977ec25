import { Group, NativeSelect, SegmentedControl } from '@mantine/core';
import type { CallReport, ReportPeriod } from '../../../../contract/schemas/reports';
import { DayRangeFields } from '../../ui/DayRangeFields';
import { problemOn, useReports } from './reports-store';

const PERIODS: { value: ReportPeriod; label: string }[] = [
  { value: 'today', label: 'Today' },
  { value: '7d', label: '7 days' },
  { value: '30d', label: '30 days' },
  { value: 'custom', label: 'Custom' },
];

/** A select's choices after its "all" one; a value chosen before the choices arrived (or under other days) stays offered. */
const choicesOf = (all: string, values: readonly string[], chosen: string) => [
  { value: '', label: all },
  ...(chosen && !values.includes(chosen) ? [chosen, ...values] : values).map((value) => ({ value, label: value })),
];

/**
 * The period and the filters above the report, in one row that wraps in a small window; every
 * change reads again. The filters offer what the report saw in the period (filters not applied),
 * the phones those of the chosen group. The browser's own selects and date fields: keyboard and
 * screen readers as usual.
 */
export function ReportFilters({ choices }: { choices: CallReport['choices'] | undefined }) {
  const filters = useReports((state) => state.filters);
  const problems = useReports((state) => state.problems);
  const error = useReports((state) => state.error);
  const filter = useReports((state) => state.filter);
  const problem = { problems, error };
  const phones = (choices?.phones ?? []).filter((choice) => !filters.group || choice.group === filters.group).map((choice) => choice.phone);

  return (
    <Group role="group" aria-label="Period and filters" gap="xs" align="flex-end">
      <SegmentedControl aria-label="Period" data={PERIODS} value={filters.period} onChange={(value) => void filter({ period: value as ReportPeriod })} />
      {filters.period === 'custom' && (
        <DayRangeFields
          since={filters.since}
          until={filters.until}
          onChange={(change) => void filter(change)}
          errors={{ since: problemOn('since', problem), until: problemOn('until', problem) }}
        />
      )}
      <NativeSelect
        label="Phone group"
        data={choicesOf('All phone groups', choices?.groups ?? [], filters.group)}
        value={filters.group}
        onChange={(event) => void filter({ group: event.currentTarget.value })}
        error={problemOn('group', problem)}
        w={180}
      />
      <NativeSelect
        label="Phone"
        data={choicesOf('All phones', phones, filters.phone)}
        value={filters.phone}
        onChange={(event) => void filter({ phone: event.currentTarget.value })}
        error={problemOn('phone', problem)}
        w={180}
      />
      <NativeSelect
        label="Number"
        data={choicesOf('All numbers', choices?.numbers ?? [], filters.number)}
        value={filters.number}
        onChange={(event) => void filter({ number: event.currentTarget.value })}
        error={problemOn('number', problem)}
        w={170}
      />
    </Group>
  );
}
