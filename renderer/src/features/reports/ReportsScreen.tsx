import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useOnReconnect } from '../../ui/connection';
import { ageOf, clockTime } from '../../ui/format';
import { ReadProblem } from '../../ui/ReadProblem';
import { activeProfile, useProfiles } from '../profiles/store';
import { BalanceFigure } from './BalanceFigure';
import { CallFigures } from './CallFigures';
import { totalsLine } from './figure-data';
import { filterFieldOf } from './report-period';
import { ReportFilters } from './ReportFilters';
import { useReports } from './reports-store';

/**
 * The account's phone calls and spend over a period, counted by main from ITNIO's records (kept
 * per day, read again only where missing or recent): totals, then each figure as a chart or a
 * table, and the balance as the app read it with its forecast.
 */
export function ReportsScreen() {
  const { t } = useTranslation('reports');
  const profileId = activeProfile(useProfiles((state) => state.list))?.id;
  const report = useReports((state) => state.report);
  const loading = useReports((state) => state.loading);
  const error = useReports((state) => state.error);
  const custom = useReports((state) => state.filters.period === 'custom');
  const { open, load, loadBalance } = useReports.getState();

  // Each profile has its own calls and balance: read once the active one is known, again when it changes.
  useEffect(() => {
    if (profileId) void open();
  }, [open, profileId]);
  useOnReconnect(() => void load());

  // A refusal of a field shown is said under it; anything else above the report (an outage with
  // the report read before as a quiet note of when it was read).
  const field = filterFieldOf(error?.field);
  const onField = field !== undefined && (custom || (field !== 'since' && field !== 'until'));
  const problem = error && !onField ? error : undefined;

  return (
    <Stack>
      <Paper withBorder p="md" component="section" aria-labelledby="report-heading">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h4" id="report-heading">
              {t('screen.title')}
            </Title>
            <Button
              variant="default"
              onClick={() => void Promise.all([load({ refresh: true }), loadBalance()])}
              loading={loading}
              aria-label={t('screen.refreshLabel')}
            >
              {t('screen.refresh')}
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            {t('screen.about')}
          </Text>
          <ReportFilters choices={report?.choices} />
          <ReadProblem problem={problem ?? report?.stale} readAt={report?.fetchedAt} what={t('screen.what')} />
          <Text size="sm" c="dimmed" role="status" data-testid="report-age">
            {report ? (report.stale ? '' : t('screen.readAt', { time: clockTime(report.fetchedAt), age: ageOf(report.fetchedAt) })) : loading ? t('screen.reading') : ''}
          </Text>
          {report && (
            <Text fw={600} data-testid="report-totals">
              {totalsLine(report.totals)}
            </Text>
          )}
        </Stack>
      </Paper>
      {report && <CallFigures report={report} />}
      <BalanceFigure />
    </Stack>
  );
}
