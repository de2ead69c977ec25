import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ActivityList } from '../../../../contract/schemas/activity';
import { useOnReconnect } from '../../ui/connection';
import { ageOf, calendarDate, clockTime } from '../../ui/format';
import { ReadProblem } from '../../ui/ReadProblem';
import { useNumbers } from '../numbers/store';
import { activeProfile, useProfiles } from '../profiles/store';
import { filterFieldOf, useActivity } from './activity-store';
import { ActivityFilters } from './ActivityFilters';
import { ActivityRecordingPlayer } from './ActivityRecordingPlayer';
import { ActivityTable } from './ActivityTable';
import { loadContactsOnce } from '../contacts/contacts-store';

/** "12 calls, 3 missed, 1 Jul 2025 – 7 Jul 2025 · read from ITNIO at 10:05:09 (just now)". */
function summaryOf(t: TFunction<'calls'>, list: ActivityList): string {
  const missed = list.records.filter((record) => record.missed).length;
  const days = list.since === list.until ? calendarDate(list.since) : t('activity.days', { since: calendarDate(list.since), until: calendarDate(list.until) });
  const read = list.stale ? '' : t('activity.readAt', { time: clockTime(list.fetchedAt), age: ageOf(list.fetchedAt) });
  if (list.records.length === 0) return t('activity.none', { days, read });
  return missed > 0 ? t('activity.callsMissed', { count: list.records.length, missed, days, read }) : t('activity.calls', { count: list.records.length, days, read });
}

/**
 * Calls to and from the account's numbers as ITNIO keeps them (the last two months), newest first:
 * filter, call back (the Dialer filled in, never dialled), play a recording; the address book
 * names the numbers it knows.
 */
export function ActivityScreen() {
  const { t } = useTranslation('calls');
  const profileId = activeProfile(useProfiles((state) => state.list))?.id;
  const { list, loading, error, open, load } = useActivity();
  // The number filter offers the account's numbers as the Numbers screen reads them.
  const numbers = useNumbers((state) => (state.list?.profileId === profileId ? state.list : undefined));

  // Each profile has its own calls: read once the active one is known, again when it changes.
  useEffect(() => {
    if (!profileId) return;
    void open();
    if (!useNumbers.getState().list) void useNumbers.getState().loadList();
  }, [open, profileId]);
  useOnReconnect(() => void load());
  useEffect(loadContactsOnce, []);

  // A refusal of a filter's value is shown under that field; anything else above the calls (an
  // outage with the calls read before as a quiet note of when they were read).
  const problem = error && !filterFieldOf(error) ? error : undefined;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="activity-heading">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="activity-heading">
            {t('activity.heading')}
          </Title>
          <Button variant="default" onClick={() => void load()} loading={loading} aria-label={t('activity.refreshLabel')}>
            {t('activity.refresh')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('activity.about')}
        </Text>
        <ActivityFilters numbers={numbers?.numbers.map((number) => number.number) ?? []} />
        <ReadProblem problem={problem ?? list?.stale} readAt={list?.fetchedAt} what={t('activity.what')} />
        <Text size="sm" c="dimmed" role="status" data-testid="activity-summary">
          {list ? summaryOf(t, list) : loading ? t('activity.reading') : ''}
        </Text>
        {list && list.records.length > 0 && <ActivityTable records={list.records} />}
      </Stack>
      <ActivityRecordingPlayer />
    </Paper>
  );
}
