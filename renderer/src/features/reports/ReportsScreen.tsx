import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
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
              Phone calls and spend
            </Title>
            <Button
              variant="default"
              onClick={() => void Promise.all([load({ refresh: true }), loadBalance()])}
              loading={loading}
              aria-label="Refresh the report"
            >
              Refresh
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            Counted from the records ITNIO keeps (two months), by day in this computer&apos;s time zone. Days read before are kept; Refresh reads every day again.
          </Text>
          <ReportFilters choices={report?.choices} />
          <ReadProblem problem={problem ?? report?.stale} readAt={report?.fetchedAt} what="report" />
          <Text size="sm" c="dimmed" role="status" data-testid="report-age">
            {report ? (report.stale ? '' : `Read from ITNIO at ${clockTime(report.fetchedAt)} (${ageOf(report.fetchedAt)}).`) : loading ? 'Reading the report from ITNIO…' : ''}
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
