import { Box, Button, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportTable } from '../../../../contract/schemas/reports';
import { showError } from '../../ui/toasts';
import { chartImage } from './chart-image';
import { useNearView } from './near-view';
import { useReports } from './reports-store';

/** The room a chart not drawn yet takes: a chart's usual height. */
const PLACE_HEIGHT = 260;

export interface FigureProps {
  /** Names the section's heading and the saved image's file. */
  id: string;
  title: string;
  /** What the figure covers ("1 Jul 2025 – 7 Jul 2025"): with the title, the table's caption and the image's title. */
  period: string;
  /** The chart's one-line summary, its accessible name: the table is the whole text equivalent. */
  summary: string;
  /** The chart's legend: shown above it, and drawn into the saved image (the canvas holds the chart alone). */
  legend: readonly { label: string; color: string }[];
  chart: ReactNode;
  /** Instead of the chart when there is nothing to draw. */
  empty?: string;
  /** Under the chart, e.g. that it draws fewer rows than the table lists. */
  note?: string;
  table: (caption: string) => ReactNode;
  /** The report table its Export CSV saves; none for a table main does not export. */
  exportTable?: ReportTable;
  /** Under both views. */
  children?: ReactNode;
}

/** The series' colours and names, in the order they stack. */
function Legend({ entries }: { entries: FigureProps['legend'] }) {
  return (
    <Group gap="md" justify="center" mb={4}>
      {entries.map((entry) => (
        <Group key={entry.label} gap={6} wrap="nowrap">
          <Box w={10} h={10} bg={entry.color} style={{ borderRadius: 2 }} />
          <Text size="xs">{entry.label}</Text>
        </Group>
      ))}
    </Group>
  );
}

/**
 * One figure of the report: a section with its heading, shown as a chart or as a table (tabs,
 * arrow keys between them), the chart savable as PNG and the table as CSV. Only the view shown is
 * rendered.
 */
export function Figure({ id, title, period, summary, legend, chart, empty, note, table, exportTable, children }: FigureProps) {
  const { t } = useTranslation('reports');
  const [view, setView] = useState<string | null>('chart');
  const [saving, setSaving] = useState(false);
  const [exporting, setExporting] = useState(false);
  const drawn = useRef<HTMLDivElement>(null);
  const [nearRef, near] = useNearView();
  const chartPlace = useCallback(
    (element: HTMLDivElement | null) => {
      drawn.current = element;
      nearRef(element);
    },
    [nearRef],
  );
  // Away from the view the chart is not drawn; its place keeps the height it had, so nothing moves.
  const [height, setHeight] = useState(PLACE_HEIGHT);
  useLayoutEffect(() => {
    if (near && drawn.current) setHeight(drawn.current.offsetHeight || PLACE_HEIGHT);
  }, [near, chart]);
  const caption = t('figure.caption', { title, period });
  const headingId = `${id}-heading`;

  const saveImage = async () => {
    if (!drawn.current) return;
    setSaving(true);
    try {
      const image = await chartImage(drawn.current, { title: caption, legend });
      if (image.ok) await useReports.getState().saveChart(id, image.value);
      else showError(image.error);
    } finally {
      setSaving(false);
    }
  };

  const exportCsv = async (which: ReportTable) => {
    setExporting(true);
    try {
      await useReports.getState().exportCsv(which);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-testid={`figure-${id}`} data-period={period}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        <Tabs value={view} onChange={setView} keepMounted={false}>
          <Tabs.List aria-label={t('figure.showAs', { title })}>
            <Tabs.Tab value="chart">{t('figure.chart')}</Tabs.Tab>
            <Tabs.Tab value="table">{t('figure.table')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="chart" pt="sm">
            {empty ? (
              <Text size="sm" c="dimmed">
                {empty}
              </Text>
            ) : (
              <Stack gap="xs">
                <div ref={chartPlace} role="img" aria-label={summary} style={near ? undefined : { minHeight: height }}>
                  {near && (
                    <>
                      <Legend entries={legend} />
                      {chart}
                    </>
                  )}
                </div>
                {note && (
                  <Text size="xs" c="dimmed">
                    {note}
                  </Text>
                )}
                <Group>
                  <Button variant="default" size="xs" onClick={() => void saveImage()} loading={saving} aria-label={t('figure.saveImageOf', { title })}>
                    {t('figure.saveImage')}
                  </Button>
                </Group>
              </Stack>
            )}
          </Tabs.Panel>
          <Tabs.Panel value="table" pt="sm">
            <Stack gap="xs">
              {table(caption)}
              {exportTable && (
                <Group>
                  <Button variant="default" size="xs" onClick={() => void exportCsv(exportTable)} loading={exporting} aria-label={t('figure.exportCsvOf', { title })}>
                    {t('figure.exportCsv')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Tabs.Panel>
        </Tabs>
        {children}
      </Stack>
    </Paper>
  );
}
