import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CallList } from '../../../../contract/schemas/contacts';
import { RowActionsCell, RowActionsHeader } from '../../ui/row-actions';
import { entryState, writtenNumber } from './call-list-format';

/** Every entry of the list with what became of it; any one can be picked to work on (again). */
export function CallListEntries({ list, currentId, onPick }: { list: CallList; currentId: string | undefined; onPick: (entryId: string) => void }) {
  const { t } = useTranslation(['contacts', 'common']);
  return (
    <Table.ScrollContainer minWidth={0} type="native">
      <Table aria-label={t('work.entries')} highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('entries.line')}</Table.Th>
            <Table.Th>{t('common:number')}</Table.Th>
            <Table.Th>{t('entries.name')}</Table.Th>
            <Table.Th>{t('entries.disposition')}</Table.Th>
            <Table.Th>{t('entries.calls')}</Table.Th>
            <RowActionsHeader>{t('entries.work')}</RowActionsHeader>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.entries.map((entry) => {
            const current = entry.id === currentId;
            const written = writtenNumber(entry.digits);
            return (
              <Table.Tr
                key={entry.id}
                data-testid={`call-list-entry-${entry.line}`}
                aria-current={current ? 'true' : undefined}
                bg={current ? 'var(--mantine-primary-color-light)' : undefined}
              >
                <Table.Td>{entry.line}</Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                    {written}
                  </Text>
                </Table.Td>
                <Table.Td>{entry.name || '—'}</Table.Td>
                <Table.Td>
                  {entryState(entry)}
                  {entry.disposition?.note && (
                    <Text size="xs" c="dimmed">
                      {entry.disposition.note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{entry.calls.length}</Table.Td>
                <RowActionsCell>
                  {current ? (
                    <Badge variant="filled" miw="max-content">
                      {t('entries.current')}
                    </Badge>
                  ) : (
                    <Button size="compact-sm" variant="light" onClick={() => onPick(entry.id)} aria-label={t('entries.workOnLabel', { line: entry.line, number: written })}>
                      {t('entries.workOn')}
                    </Button>
                  )}
                </RowActionsCell>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
