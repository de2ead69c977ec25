import { Alert, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { dateTime } from '../../ui/format';
import { RowActionsCell, RowActionsHeader } from '../../ui/row-actions';
import { RepeatCallModal } from '../calls/RepeatCallModal';
import { activeProfile, useProfiles } from '../profiles/store';
import { useCallLists } from './call-lists-store';
import { loadContactsOnce } from './contacts-store';
import { CallListImport } from './CallListImport';
import { CallListWork } from './CallListWork';

/** The active profile's lists, each with how far it has been worked through. */
function CallListIndex() {
  const { index, indexLoading, indexError, openList } = useCallLists(
    useShallow(({ index, indexLoading, indexError, openList }) => ({ index, indexLoading, indexError, openList })),
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="call-lists-heading">
      <Title order={2} size="h4" mb="xs" id="call-lists-heading">
        Your call lists
      </Title>
      {indexError && (
        <Alert color="red" variant="light" role="alert" title={indexError.message} mb="sm">
          {indexError.hint}
        </Alert>
      )}
      {!index ? (
        <Text size="sm" c="dimmed" role="status">
          {indexLoading ? 'Reading the call lists…' : ''}
        </Text>
      ) : index.lists.length === 0 ? (
        <Text size="sm">This profile has no call lists yet. Import a CSV of numbers below.</Text>
      ) : (
        <Table.ScrollContainer minWidth={0} type="native">
          <Table aria-label="Call lists" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Imported</Table.Th>
                <Table.Th>Done</Table.Th>
                <RowActionsHeader>Work</RowActionsHeader>
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
                    <Button size="compact-sm" variant="light" onClick={() => void openList(list.id)} aria-label={`Open ${list.name}`}>
                      Open
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
