import { Alert, Badge, Button, Group, List, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { changeLine } from '../../../../contract/field-changes';
import { CHANGE_KINDS, type ChangeEntry, type ChangeKind } from '../../../../contract/schemas/changes';
import { ConfirmChanges } from '../../ui/ConfirmChanges';
import { countOf, dateTime } from '../../ui/format';
import { RowActionsCell, RowActionsHeader } from '../../ui/row-actions';
import { useProfiles } from '../profiles/store';
import { useChanges } from './store';

const KIND_NAMES: Record<ChangeKind, string> = { number: 'Number settings', trunk: 'Trunk', phone: 'Phone password', phones: 'New phones' };
const KIND_OPTIONS = [{ value: '', label: 'Every kind' }, ...CHANGE_KINDS.map((kind) => ({ value: kind, label: KIND_NAMES[kind] }))];
const SEARCH_DEBOUNCE_MS = 250;

/** What an entry put back, named by the entry it undid: its time when it is listed, else its id. */
function revertNote(entry: ChangeEntry, entries: readonly ChangeEntry[]): string | undefined {
  if (!entry.revertOf) return undefined;
  const undone = entries.find((other) => other.id === entry.revertOf);
  return undone ? `Puts back the change of ${dateTime(undone.at)}` : `Puts back change ${entry.revertOf}`;
}

function ChangeRow({ entry, entries, onPutBack }: { entry: ChangeEntry; entries: readonly ChangeEntry[]; onPutBack: (entry: ChangeEntry) => void }) {
  const note = revertNote(entry, entries);
  const when = dateTime(entry.at);
  return (
    <Table.Tr data-testid={`change-${entry.id}`}>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {when}
        </Text>
        {entry.via === 'cli' && (
          <Text size="xs" c="dimmed">
            from the command line
          </Text>
        )}
      </Table.Td>
      <Table.Td>{entry.profileName}</Table.Td>
      <Table.Td>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {entry.object}
        </Text>
        <Text size="xs" c="dimmed">
          {KIND_NAMES[entry.kind]}
        </Text>
      </Table.Td>
      <Table.Td>
        {note && (
          <Text size="sm" fw={600}>
            {note}
          </Text>
        )}
        {entry.changes.length > 0 ? (
          <List size="sm" spacing={2} style={{ overflowWrap: 'anywhere' }}>
            {entry.changes.map((change) => (
              <List.Item key={change.field}>{changeLine(change)}</List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            No field changed
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {entry.result.ok ? (
          <Badge color="teal" variant="light" miw="max-content">
            Saved
          </Badge>
        ) : (
          <>
            <Badge color="red" variant="light" miw="max-content">
              Refused
            </Badge>
            <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
              {entry.result.error.message}
            </Text>
          </>
        )}
      </Table.Td>
      <RowActionsCell>
        {entry.revert && entry.result.ok && (
          <Button size="compact-sm" variant="light" onClick={() => onPutBack(entry)} aria-label={`Put back ${entry.object} as before ${when}`}>
            Put back
          </Button>
        )}
      </RowActionsCell>
    </Table.Tr>
  );
}

/** Put back: what the entry's object would get back, against it as just read from ITNIO; Cancel has the focus. */
function PutBackDialog() {
  const putBack = useChanges((state) => state.putBack);
  const cancelPutBack = useChanges((state) => state.cancelPutBack);
  const confirmPutBack = useChanges((state) => state.confirmPutBack);
  const problem = putBack?.previewError ? `${putBack.previewError.message} ${putBack.previewError.hint ?? ''}`.trim() : undefined;
  const cannot = putBack?.preview?.cannot ?? [];
  return (
    <ConfirmChanges
      opened={putBack !== undefined}
      title={`Put back ${putBack?.entry.object ?? ''}?`}
      changes={putBack?.previewError ? [] : putBack?.preview?.changes}
      problem={problem}
      sending={putBack?.sending ?? false}
      onCancel={cancelPutBack}
      onSend={() => void confirmPutBack()}
      sendLabel="Put back"
    >
      {cannot.length > 0 && (
        <Alert color="yellow" variant="light" title="Cannot be put back" role="note">
          <List size="sm" spacing={2} aria-label="Cannot be put back">
            {cannot.map(({ field, reason }) => (
              <List.Item key={field}>{`${field}: ${reason}`}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </ConfirmChanges>
  );
}

function Filters() {
  const filters = useChanges((state) => state.filters);
  const filter = useChanges((state) => state.filter);
  const profiles = useProfiles((state) => state.list)?.profiles ?? [];
  const [typed, setTyped] = useState(filters.search);
  const [search] = useDebouncedValue(typed, SEARCH_DEBOUNCE_MS);
  useEffect(() => {
    if (search !== useChanges.getState().filters.search) void filter({ search });
  }, [search, filter]);

  return (
    <Group role="group" aria-label="Filter the changes" gap="xs" align="flex-end">
      <TextInput
        label="Search changes"
        placeholder="Number, trunk, field or value"
        value={typed}
        onChange={(event) => setTyped(event.currentTarget.value)}
        style={{ flex: '1 1 180px' }}
        maw={360}
      />
      <Select
        label="Kind"
        data={KIND_OPTIONS}
        value={filters.kind}
        onChange={(value) => void filter({ kind: (value ?? '') as ChangeKind | '' })}
        allowDeselect={false}
        w={170}
      />
      <Select
        label="Profile"
        data={[{ value: '', label: 'Every profile' }, ...profiles.map((profile) => ({ value: profile.id, label: profile.name }))]}
        value={filters.profileId}
        onChange={(value) => void filter({ profileId: value ?? '' })}
        allowDeselect={false}
        w={170}
      />
      <TextInput type="date" label="Since" value={filters.since} onChange={(event) => void filter({ since: event.currentTarget.value })} w={150} />
    </Group>
  );
}

/** The change journal of this computer: every write to ITNIO from here, newest first, and Put back. */
export function ChangesScreen() {
  const { entries, loading, error, filters, load, askPutBack } = useChanges();
  useEffect(() => {
    void load();
  }, [load]);
  const filtered = filters.kind !== '' || filters.profileId !== '' || filters.since !== '' || filters.search.trim() !== '';

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Every change sent to ITNIO from this computer, by this window or the command line, whatever came of it. Put back sends a number&apos;s or trunk&apos;s
        values from before a change, as a new change shown first.
      </Text>
      <Group justify="space-between" align="flex-end">
        <Filters />
        <Button variant="default" onClick={() => void load()} loading={loading} aria-label="Refresh the changes">
          Refresh
        </Button>
      </Group>
      {error && (
        <Alert color="red" variant="light" title={error.message} role="alert">
          {error.hint ?? 'Try Refresh.'}
        </Alert>
      )}
      {entries === undefined ? (
        !error && <Text size="sm">Reading the changes…</Text>
      ) : entries.length === 0 ? (
        <Text size="sm">{filtered ? 'No change matches the filters.' : 'Nothing has been changed on ITNIO from this computer yet.'}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {countOf(entries.length, 'change')}, newest first
          </Text>
          <Table.ScrollContainer minWidth={0} type="native">
            <Table aria-label="Changes" highlightOnHover aria-busy={loading}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Time</Table.Th>
                  <Table.Th>Profile</Table.Th>
                  <Table.Th>Object</Table.Th>
                  <Table.Th>What changed</Table.Th>
                  <Table.Th>Result</Table.Th>
                  <RowActionsHeader>Actions</RowActionsHeader>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((entry) => (
                  <ChangeRow key={entry.id} entry={entry} entries={entries} onPutBack={(chosen) => void askPutBack(chosen)} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      <PutBackDialog />
    </Stack>
  );
}
