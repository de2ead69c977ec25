import { Alert, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { dateTime } from '../../ui/format';
import { RowActionsCell, RowActionsHeader } from '../../ui/row-actions';
import { RepeatCallModal } from '../calls/RepeatCallModal';
import { activeProfile, useProfiles } from '../profiles/store';
import { useCallLists } from './call-lists-store';
import { loadContactsOnce } from './contacts-store';
import { CallListImport } from './CallListImport';
import { CallListWork } from './CallListWork';
import { errorWords } from '../../i18n/said';

/** The active profile's lists, each with how far it has been worked through. */
function CallListIndex() {
  const { t } = useTranslation(['contacts', 'common']);
  const { index, indexLoading, indexError, openList } = useCallLists(
    useShallow(({ index, indexLoading, indexError, openList }) => ({ index, indexLoading, indexError, openList })),
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="call-lists-heading">
      <Title order={2} size="h4" mb="xs" id="call-lists-heading">
        {t('lists.heading')}
      </Title>
      {indexError && (
        <Alert color="red" variant="light" role="alert" title={errorWords(indexError).message} mb="sm">
          {errorWords(indexError).hint}
        </Alert>
      )}
      {!index ? (
        <Text size="sm" c="dimmed" role="status">
          {indexLoading ? t('lists.reading') : ''}
        </Text>
      ) : index.lists.length === 0 ? (
        <Text size="sm">{t('lists.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={0} type="native">
          <Table aria-label={t('lists.table')} highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('common:name')}</Table.Th>
                <Table.Th>{t('lists.imported')}</Table.Th>
                <Table.Th>{t('lists.done')}</Table.Th>
                <RowActionsHeader>{t('lists.work')}</RowActionsHeader>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {index.lists.map((list) => (
                <Table.Tr key={list.id} data-testid={`call-list-${list.id}`}>
                  <Table.Td>{list.name}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{dateTime(list.importedAt)}</Table.Td>
                  <Table.Td>
                    {list.done} / {list.total}
                  </Table.Td>
                  <RowActionsCell>
                    <Button size="compact-sm" variant="light" onClick={() => void openList(list.id)} aria-label={t('lists.openLabel', { name: list.name })}>
                      {t('lists.open')}
                    </Button>
                  </RowActionsCell>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

/** Call lists: import a CSV of numbers, then work through it one entry at a time. */
export function CallListsScreen() {
  const profileId = activeProfile(useProfiles((state) => state.list))?.id;
  const { open, load } = useCallLists(useShallow(({ open, load }) => ({ open, load })));

  // Each profile has its own lists: read once the active one is known, again when it changes.
  useEffect(() => {
    if (profileId) void load();
  }, [load, profileId]);
  // The entry's number is named when the address book knows it.
  useEffect(loadContactsOnce, []);

  return (
    <Stack gap="md">
      {open ? (
        <CallListWork list={open} />
      ) : (
        <>
          <CallListIndex />
          <CallListImport />
        </>
      )}
      <RepeatCallModal />
    </Stack>
  );
}
