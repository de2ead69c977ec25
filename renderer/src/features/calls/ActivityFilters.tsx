import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DayRangeFields } from '../../ui/DayRangeFields';
import { problemOn, useActivity } from './activity-store';

const DIRECTIONS = ['all', 'incoming', 'outgoing'] as const;
const ANSWERS = ['all', 'answered', 'missed'] as const;

/**
 * The filters above the activity, in one row that wraps in a small window; every change reads
 * again from ITNIO. The browser's own selects and date fields: keyboard and screen readers as usual.
 */
export function ActivityFilters({ numbers }: { numbers: readonly string[] }) {
  const { t } = useTranslation(['calls', 'common']);
  const filters = useActivity((state) => state.filters);
  const problems = useActivity((state) => state.problems);
  const error = useActivity((state) => state.error);
  const filter = useActivity((state) => state.filter);
  const problem = { problems, error };
  // A number chosen before the account's list arrived stays offered.
  const choices = filters.number && !numbers.includes(filters.number) ? [filters.number, ...numbers] : numbers;

  return (
    <Group role="group" aria-label={t('activity.filters')} gap="xs" align="flex-start">
      <NativeSelect
        label={t('common:number')}
        data={[{ value: '', label: t('activity.allNumbers') }, ...choices.map((number) => ({ value: number, label: number }))]}
        value={filters.number}
        onChange={(event) => void filter({ number: event.currentTarget.value })}
        error={problemOn('number', problem)}
        w={170}
      />
      <NativeSelect
        label={t('activity.direction')}
        data={DIRECTIONS.map((value) => ({ value, label: t(`activity.directions.${value}`) }))}
        value={filters.direction}
        onChange={(event) => void filter({ direction: event.currentTarget.value as typeof filters.direction })}
        error={problemOn('direction', problem)}
        w={190}
      />
      <NativeSelect
        label={t('activity.answered')}
        data={ANSWERS.map((value) => ({ value, label: t(`activity.answers.${value}`) }))}
        value={filters.answered}
        onChange={(event) => void filter({ answered: event.currentTarget.value as typeof filters.answered })}
        error={problemOn('answered', problem)}
        w={190}
      />
      <DayRangeFields
        since={filters.since}
        until={filters.until}
        onChange={(change) => void filter(change)}
        errors={{ since: problemOn('since', problem), until: problemOn('until', problem) }}
      />
    </Group>
  );
}
