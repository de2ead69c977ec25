import { Group, NativeSelect, SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CallReport, ReportPeriod } from '../../../../contract/schemas/reports';
import { DayRangeFields } from '../../ui/DayRangeFields';
import { problemOn, useReports } from './reports-store';

/** The periods, each named by a message of the reports' `filters`. */
const PERIODS = [
  { value: 'today', label: 'today' },
  { value: '7d', label: 'days7' },
  { value: '30d', label: 'days30' },
  { value: 'custom', label: 'custom' },
] as const satisfies readonly { value: ReportPeriod; label: string }[];

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
  const { t } = useTranslation(['reports', 'common']);
  const filters = useReports((state) => state.filters);
  const problems = useReports((state) => state.problems);
  const error = useReports((state) => state.error);
  const filter = useReports((state) => state.filter);
  const problem = { problems, error };
  const phones = (choices?.phones ?? []).filter((choice) => !filters.group || choice.group === filters.group).map((choice) => choice.phone);

  return (
    <Group role="group" aria-label={t('filters.label')} gap="xs" align="flex-end">
      <SegmentedControl
        aria-label={t('filters.period')}
        data={PERIODS.map(({ value, label }) => ({ value, label: t(`filters.${label}`) }))}
        value={filters.period}
        onChange={(value) => void filter({ period: value as ReportPeriod })}
      />
      {filters.period === 'custom' && (
        <DayRangeFields
          since={filters.since}
          until={filters.until}
          onChange={(change) => void filter(change)}
          errors={{ since: problemOn('since', problem), until: problemOn('until', problem) }}
        />
      )}
      <NativeSelect
        label={t('filters.group')}
        data={choicesOf(t('filters.allGroups'), choices?.groups ?? [], filters.group)}
        value={filters.group}
        onChange={(event) => void filter({ group: event.currentTarget.value })}
        error={problemOn('group', problem)}
        w={180}
      />
      <NativeSelect
        label={t('common:phone')}
        data={choicesOf(t('filters.allPhones'), phones, filters.phone)}
        value={filters.phone}
        onChange={(event) => void filter({ phone: event.currentTarget.value })}
        error={problemOn('phone', problem)}
        w={180}
      />
      <NativeSelect
        label={t('common:number')}
        data={choicesOf(t('filters.allNumbers'), choices?.numbers ?? [], filters.number)}
        value={filters.number}
        onChange={(event) => void filter({ number: event.currentTarget.value })}
        error={problemOn('number', problem)}
        w={170}
      />
    </Group>
  );
}
