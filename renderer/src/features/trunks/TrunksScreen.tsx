import { Button, Group, Modal, type MantineBreakpoint, Pagination, SegmentedControl, Select, Stack, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { OUTGOING, sortTrunks, TRUNK_TYPE_NAMES, type TrunkRecord, type TrunkSort } from '../../../../contract/schemas/trunks';
import { useAccountSwitches } from '../../ui/account-scope';
import { useOnReconnect } from '../../ui/connection';
import { ageOf, clockTime, vendorTime } from '../../ui/format';
import { useHoldScreen } from '../../ui/leave-guard';
import { ReadProblem } from '../../ui/ReadProblem';
import { RowActionsCell, RowActionsHeader } from '../../ui/row-actions';
import { useWaitForAnswer, WaitForAnswer } from '../../ui/wait-for-answer';
import { TrunkEditor } from './TrunkEditor';
import { PAGE_SIZES, useTrunks, type PageSize } from './store';

const TYPE_FILTERS = [
  { value: 'any', label: 'All types' },
  { value: '1', label: 'Outgoing' },
  { value: '2', label: 'Incoming' },
];
const SIZE_CHOICES = [...PAGE_SIZES.map((size) => ({ value: String(size), label: `${size} per page` })), { value: 'all', label: 'All pages' }];
const SEARCH_DEBOUNCE_MS = 300;
/**
 * Narrower than this, the table leaves out the type (the address's label says gateway or
 * whitelist), the prefix and the registration, which the trunk's editor shows.
 */
const FULL_TABLE_FROM: MantineBreakpoint = 'lg';

/** What the discard prompt does once the operator agrees to lose the edits. */
type Pending = { then: 'close' } | { then: 'leave'; leave: () => void };

function SortableHeader({
  by,
  label,
  sort,
  onSort,
  visibleFrom,
}: {
  by: TrunkSort['by'];
  label: string;
  sort: TrunkSort | undefined;
  onSort: (by: TrunkSort['by']) => void;
  visibleFrom?: MantineBreakpoint;
}) {
  const direction = sort?.by === by ? sort.direction : undefined;
  return (
    <Table.Th visibleFrom={visibleFrom} aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}>
      <UnstyledButton onClick={() => onSort(by)} fw={700} fz="sm">
        {label}
        <span aria-hidden="true">{direction === 'asc' ? ' ▲' : direction === 'desc' ? ' ▼' : ''}</span>
      </UnstyledButton>
    </Table.Th>
  );
}

function TrunkRow({ trunk, onEdit }: { trunk: TrunkRecord; onEdit: (trunk: TrunkRecord) => void }) {
  const outgoing = trunk.type === OUTGOING;
  return (
    <Table.Tr data-testid={`trunk-${trunk.keyId}`}>
      <Table.Td>
        <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
          {trunk.sipTrunkName}
        </Text>
        <Text size="xs" c="dimmed">
          id {trunk.keyId}
        </Text>
      </Table.Td>
      <Table.Td visibleFrom={FULL_TABLE_FROM}>{outgoing ? 'Outgoing' : 'Incoming'}</Table.Td>
      <Table.Td>
        <Text size="sm" fw={trunk.enabled ? 600 : 400} c={trunk.enabled ? undefined : 'dimmed'}>
          {trunk.enabled ? 'Enabled' : 'Disabled'}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="xs" c="dimmed">
          {outgoing ? 'Gateway' : 'Whitelist'}
        </Text>
        <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
          {(outgoing ? trunk.sipGatewayIp : trunk.sipWhiteIp) || '—'}
        </Text>
      </Table.Td>
      <Table.Td visibleFrom={FULL_TABLE_FROM}>{trunk.sipPrefix || '—'}</Table.Td>
      <Table.Td visibleFrom={FULL_TABLE_FROM}>{outgoing ? (trunk.sipTrunkState ? `On (${trunk.sipAccount || 'no account'})` : 'Off') : '—'}</Table.Td>
      <Table.Td>
        {trunk.groupList.length === 0 ? (
          <Text size="sm" c="dimmed">
            None bound
          </Text>
        ) : (
          trunk.groupList.map((group) => (
            <Text size="sm" key={group.groupId}>
              {group.groupName || 'Agent group'} ({group.groupId}){group.number ? ` · ${group.number}` : ''}
            </Text>
          ))
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {vendorTime(trunk.updateTime)}
        </Text>
      </Table.Td>
      <RowActionsCell>
        <Button size="xs" variant="default" onClick={() => onEdit(trunk)} aria-label={`Edit ${trunk.sipTrunkName}`}>
          Edit
        </Button>
      </RowActionsCell>
    </Table.Tr>
  );
}

export function TrunksScreen() {
  const { type, name, current, size, sort, page, loading, error, exporting, load, setFilter, setCurrent, setSize, toggleSort, exportCsv } = useTrunks();
  const [search, setSearch] = useState(name);
  const [debouncedSearch] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);
  const [editing, setEditing] = useState<TrunkRecord>();
  const [dirty, setDirty] = useState(false);
  const [pending, setPending] = useState<Pending>();
  // A save on its way cannot be called back: closing or leaving then only says to wait for its answer.
  const sending = useTrunks((state) => state.editorSave !== undefined);
  const waiting = useWaitForAnswer(sending);

  // Each profile has its own trunks: read them on opening, again when another profile becomes
  // active, closing an editor that holds the old account's trunk.
  const switches = useAccountSwitches();
  const [shownSwitches, setShownSwitches] = useState(switches);
  if (shownSwitches !== switches) {
    setShownSwitches(switches);
    setEditing(undefined);
    setDirty(false);
    setPending(undefined);
  }
  useEffect(() => {
    void load();
  }, [load, switches]);
  useOnReconnect(() => void load());

  useEffect(() => {
    if (debouncedSearch !== useTrunks.getState().name) setFilter({ name: debouncedSearch });
  }, [debouncedSearch, setFilter]);

  // While the editor holds unsaved changes or waits for a save, leaving the screen asks first.
  useHoldScreen(dirty || sending, (leave) => (sending ? waiting.ask() : setPending({ then: 'leave', leave })));

  const closeEditor = () => {
    setEditing(undefined);
    setDirty(false);
  };
  const requestClose = () => (sending ? waiting.ask() : dirty ? setPending({ then: 'close' }) : closeEditor());
  const discard = () => {
    const action = pending;
    setPending(undefined);
    closeEditor();
    if (action?.then === 'leave') action.leave();
  };
  const onDirtyChange = useCallback((value: boolean) => setDirty(value), []);

  const rows = useMemo(() => sortTrunks(page?.records ?? [], sort), [page, sort]);
  const partial = page !== undefined && size !== 'all' && page.pages > 1;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <SegmentedControl
            aria-label="Trunk type"
            data={TYPE_FILTERS}
            value={type ? String(type) : 'any'}
            onChange={(value) => setFilter({ type: value === '1' ? 1 : value === '2' ? 2 : undefined })}
          />
          <TextInput label="Search by name" placeholder="Part of a trunk name" value={search} onChange={(event) => setSearch(event.currentTarget.value)} />
          <Select
            label="Page size"
            data={SIZE_CHOICES}
            value={String(size)}
            allowDeselect={false}
            onChange={(value) => value && setSize(value === 'all' ? 'all' : (Number(value) as PageSize))}
            w={150}
          />
        </Group>
        <Group>
          <Button variant="default" onClick={() => void load()} loading={loading}>
            Refresh
          </Button>
          <Button onClick={() => void exportCsv()} loading={exporting}>
            Export CSV
          </Button>
        </Group>
      </Group>
      <ReadProblem problem={error ?? page?.stale} readAt={page?.fetchedAt} what="trunks" />
      {!page ? (
        <Text size="sm">{loading ? 'Loading trunks…' : ' '}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status" data-testid="trunk-count">
            {page.total === 0
              ? 'No trunks match.'
              : size === 'all'
                ? `All ${page.total} trunk(s).`
                : `Page ${page.current} of ${Math.max(page.pages, 1)} · ${page.total} trunk(s).`}
            {partial && sort ? ' Sorting orders this page; choose All pages to sort every trunk.' : ''}
          </Text>
          <Text size="xs" c="dimmed" data-testid="trunks-read-at">
            Read from ITNIO at {clockTime(page.fetchedAt)} ({ageOf(page.fetchedAt)})
          </Text>
          {/* Fits the box: text wraps and, below FULL_TABLE_FROM, the columns the editor also shows step aside. */}
          <Table.ScrollContainer minWidth={0} type="native">
            <Table striped highlightOnHover aria-label="SIP trunks" aria-busy={loading}>
              <Table.Thead>
                <Table.Tr>
                  <SortableHeader by="sipTrunkName" label="Name" sort={sort} onSort={toggleSort} />
                  <SortableHeader by="type" label="Type" sort={sort} onSort={toggleSort} visibleFrom={FULL_TABLE_FROM} />
                  <SortableHeader by="enabled" label="State" sort={sort} onSort={toggleSort} />
                  <Table.Th>Gateway or whitelist IP</Table.Th>
                  <Table.Th visibleFrom={FULL_TABLE_FROM}>Prefix</Table.Th>
                  <Table.Th visibleFrom={FULL_TABLE_FROM}>Registration</Table.Th>
                  <Table.Th>Agent groups</Table.Th>
                  <SortableHeader by="updateTime" label="Updated" sort={sort} onSort={toggleSort} />
                  <RowActionsHeader>Actions</RowActionsHeader>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((trunk) => (
                  <TrunkRow key={trunk.keyId} trunk={trunk} onEdit={setEditing} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {size !== 'all' && page.pages > 1 && (
            <nav aria-label="Trunk pages">
              <Pagination
                total={page.pages}
                value={current}
                onChange={setCurrent}
                getItemProps={(number) => ({ 'aria-label': `Page ${number}`, 'aria-current': number === current ? 'page' : undefined })}
                getControlProps={(control) => ({ 'aria-label': `${control[0]?.toUpperCase()}${control.slice(1)} page` })}
              />
            </nav>
          )}
        </>
      )}
      <Modal.Stack>
        <Modal stackId="trunk-editor" opened={editing !== undefined} onClose={requestClose} title={editing ? `Edit ${TRUNK_TYPE_NAMES[editing.type]} trunk ${editing.sipTrunkName}` : ''} size="xl">
          {editing && <TrunkEditor key={editing.keyId} record={editing} onSaved={closeEditor} onCancel={requestClose} onDirtyChange={onDirtyChange} />}
        </Modal>
        <Modal stackId="discard-changes" opened={pending !== undefined} onClose={() => setPending(undefined)} title="Discard unsaved changes?">
          <Stack>
            <Text size="sm">Your changes to {editing?.sipTrunkName ?? 'this trunk'} have not been saved.</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPending(undefined)} data-autofocus>
                Keep editing
              </Button>
              <Button color="red" onClick={discard}>
                Discard changes
              </Button>
            </Group>
          </Stack>
        </Modal>
        <WaitForAnswer stackId="wait-for-answer" opened={waiting.asked} onClose={waiting.dismiss}>
          Your changes to {editing?.sipTrunkName ?? 'this trunk'} are being sent to ITNIO and cannot be taken back.
        </WaitForAnswer>
      </Modal.Stack>
    </Stack>
  );
}
