import { Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportedRow } from '../../../../contract/schemas/contacts';
import { inWindowLanguage } from '../../i18n/said';

const RESULT_COLORS: Record<ImportedRow['result'], string> = { imported: 'teal', merged: 'blue', refused: 'red' };

/** What became of each row of an import (contacts or a call list): the refused ones say why. */
export function ImportReport({ id, title, summary, rows, onDismiss }: { id: string; title: string; summary: string; rows: readonly ImportedRow[]; onDismiss: () => void }) {
  const { t } = useTranslation('contacts');
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={`${id}-heading`} data-testid={id}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5" id={`${id}-heading`}>
          {title}
        </Title>
        <Button size="compact-sm" variant="default" onClick={onDismiss}>
          {t('report.dismiss')}
        </Button>
      </Group>
      <Text size="sm" role="status" mb="xs">
        {summary}
      </Text>
      <Table.ScrollContainer minWidth={0} type="native" mah={320}>
        <Table aria-label={t('report.table')} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('report.line')}</Table.Th>
              <Table.Th>{t('report.name')}</Table.Th>
              <Table.Th>{t('report.result')}</Table.Th>
              <Table.Th>{t('report.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.line} data-result={row.result}>
                <Table.Td>{row.line}</Table.Td>
                <Table.Td>{row.name || '—'}</Table.Td>
                <Table.Td>
                  <Badge color={RESULT_COLORS[row.result]} variant="light" miw="max-content">
                    {t(`report.${row.result}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{row.reason === undefined ? '' : inWindowLanguage(row.reason, row.say?.reason)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
