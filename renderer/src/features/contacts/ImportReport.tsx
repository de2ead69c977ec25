import { Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import type { ImportedRow } from '../../../../contract/schemas/contacts';

const RESULT_COLORS: Record<ImportedRow['result'], string> = { imported: 'teal', merged: 'blue', refused: 'red' };
const RESULT_NAMES: Record<ImportedRow['result'], string> = { imported: 'Imported', merged: 'Merged', refused: 'Refused' };

/** What became of each row of an import (contacts or a call list): the refused ones say why. */
export function ImportReport({ id, title, summary, rows, onDismiss }: { id: string; title: string; summary: string; rows: readonly ImportedRow[]; onDismiss: () => void }) {
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={`${id}-heading`} data-testid={id}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5" id={`${id}-heading`}>
          {title}
        </Title>
        <Button size="compact-sm" variant="default" onClick={onDismiss}>
          Dismiss report
        </Button>
      </Group>
      <Text size="sm" role="status" mb="xs">
        {summary}
      </Text>
      <Table.ScrollContainer minWidth={0} type="native" mah={320}>
        <Table aria-label="Import report" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Line</Table.Th>
              <Table.Th>Name</Table.Th>
              <Table.Th>Result</Table.Th>
              <Table.Th>Reason</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.line} data-result={row.result}>
                <Table.Td>{row.line}</Table.Td>
                <Table.Td>{row.name || '—'}</Table.Td>
                <Table.Td>
                  <Badge color={RESULT_COLORS[row.result]} variant="light" miw="max-content">
                    {RESULT_NAMES[row.result]}
                  </Badge>
                </Table.Td>
                <Table.Td>{row.reason ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
