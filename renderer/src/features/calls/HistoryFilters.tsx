import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { CALL_OUTCOMES, REQUEST_STATES, type HistoryList, type HistoryOutcome } from '../../../../contract/schemas/call-history';
import { EVERY_CALL, historyFilterOf, isFiltering } from './history-filter';
import { useCallHistory } from './history-store';

/** Each outcome's name in the calls catalog. */
const OUTCOME_KEYS = {
  answered: 'outcome.answered',
  'no-answer': 'outcome.noAnswer',
  busy: 'outcome.busy',
  declined: 'outcome.declined',
  cancelled: 'outcome.cancelled',
  'call-failed': 'outcome.callFailed',
  placed: 'outcome.placed',
  placing: 'outcome.placing',
  unknown: 'outcome.unknown',
  refused: 'outcome.refused',
  failed: 'outcome.failed',
} as const satisfies Record<HistoryOutcome, string>;

const optionsOf = (t: TFunction<'calls'>, outcomes: readonly HistoryOutcome[]) => outcomes.map((outcome) => ({ value: outcome, label: t(OUTCOME_KEYS[outcome]) }));

/** The "every profile" choice: profile ids are `sandbox`, `env` or `p-` and hex, never this. */
const ALL_PROFILES = '*';

/**
 * The search and the filters above the history, in one row that wraps in a small window. Every
 * change reads the history again from main, the search once typing pauses.
 */
export function HistoryFilters({ list }: { list: HistoryList | undefined }) {
  const { t } = useTranslation(['calls', 'common']);
  const filters = useCallHistory((state) => state.filters);
  const filter = useCallHistory((state) => state.filter);
  const [typed, setTyped] = useState(filters.query);
  const [query] = useDebouncedValue(typed, 250);
  useEffect(() => {
    if (query !== useCallHistory.getState().filters.query) void filter({ query });
  }, [query, filter]);

  const checked = historyFilterOf(filters);
  const problems = checked.ok ? {} : checked.problems;
  const profiles = list?.profiles ?? [];
  const outcomeOptions = [
    { group: t('filters.callOutcomes'), items: optionsOf(t, CALL_OUTCOMES) },
    { group: t('filters.requestStates'), items: optionsOf(t, REQUEST_STATES) },
  ];

  return (
    // Widths chosen so the usual five fit one row at the smallest window (768 px of content): the history's first row stays in view after a call.
    <Group role="group" aria-label={t('filters.label')} gap="xs" align="flex-start">
      <TextInput
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        value={typed}
        onChange={(event) => setTyped(event.currentTarget.value)}
        error={problems.query}
        style={{ flex: '1 1 150px' }}
        maw={420}
      />
      {/* The browser's own date fields: a calendar and typing alike; each bounds the other's calendar. */}
      <TextInput
        type="date"
        label={t('filters.from')}
        value={filters.fromDay}
        max={filters.toDay || undefined}
        onChange={(event) => void filter({ fromDay: event.currentTarget.value })}
        error={problems.fromDay}
        w={136}
      />
      <TextInput
        type="date"
        label={t('filters.to')}
        value={filters.toDay}
        min={filters.fromDay || undefined}
        onChange={(event) => void filter({ toDay: event.currentTarget.value })}
        error={problems.toDay}
        w={136}
      />
      <Select
        label={t('history.outcome')}
        placeholder={t('filters.anyOutcome')}
        data={outcomeOptions}
        value={filters.outcome}
        onChange={(value) => void filter({ outcome: value as HistoryOutcome | null })}
        clearable
        w={160}
      />
      <Select
        label={t('common:phone')}
        placeholder={t('filters.anyPhone')}
        data={list?.phones ?? []}
        value={filters.phone}
        onChange={(value) => void filter({ phone: value })}
        searchable
        clearable
        nothingFoundMessage={t('filters.noPhone')}
        w={136}
      />
      {/* Offered once the history holds calls of more than one profile; all of them by default. */}
      {(profiles.length > 1 || filters.profileId !== null) && (
        <Select
          label={t('common:profile')}
          data={[{ value: ALL_PROFILES, label: t('filters.allProfiles') }, ...profiles.map((profile) => ({ value: profile.id, label: profile.name }))]}
          value={filters.profileId ?? ALL_PROFILES}
          onChange={(value) => void filter({ profileId: value === ALL_PROFILES ? null : value })}
          allowDeselect={false}
          w={170}
        />
      )}
      {isFiltering(filters) && (
        <Button
          variant="subtle"
          // Level with the fields, below their labels, whichever field shows an error beneath.
          style={{ marginTop: 'calc(var(--mantine-font-size-sm) * var(--mantine-line-height))' }}
          onClick={() => {
            setTyped('');
            void filter(EVERY_CALL);
          }}
        >
          {t('filters.clear')}
        </Button>
      )}
    </Group>
  );
}
