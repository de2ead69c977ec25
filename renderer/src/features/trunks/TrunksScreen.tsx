import { Button, Group, Modal, type MantineBreakpoint, Pagination, SegmentedControl, Select, Stack, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  { value: 'any', label: 'type.any' },
  { value: '1', label: 'type.outgoing' },
  { value: '2', label: 'type.incoming' },
] as const;
const SEARCH_DEBOUNCE_MS = 300;
/**
 * Narrower than this, the table leaves out the type (the address's label says gateway or
 * whitelist), the prefix and the registration, which the trunk's editor shows.
 */
const FULL_TABLE_FROM: MantineBreakpoint = 'lg';

/** A word or two on one line: Chinese would break it after any character in a column this narrow. */
const ONE_LINE = { whiteSpace: 'nowrap' } as const;

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
      <UnstyledButton onClick={() => onSort(by)} fw={700} fz="sm" style={ONE_LINE}>
        {label}
        <span aria-hidden="true">{direction === 'asc' ? ' ▲' : direction === 'desc' ? ' ▼' : ''}</span>
      </UnstyledButton>
    </Table.Th>
  );
}

function TrunkRow({ trunk, onEdit }: { trunk: TrunkRecord; onEdit: (trunk: TrunkRecord) => void }) {
  const { t } = useTranslation(['trunks', 'common']);
  const outgoing = trunk.type === OUTGOING;
  return (
    <Table.Tr data-testid={`trunk-${trunk.keyId}`}>
      <Table.Td>
        <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
          {trunk.sipTrunkName}
        </Text>
        <Text size="xs" c="dimmed">
          {t('row.id', { id: trunk.keyId })}
        </Text>
      </Table.Td>
      <Table.Td visibleFrom={FULL_TABLE_FROM} style={ONE_LINE}>
        {outgoing ? t('type.outgoing') : t('type.incoming')}
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={trunk.enabled ? 600 : 400} c={trunk.enabled ? undefined : 'dimmed'} style={ONE_LINE}>
          {trunk.enabled ? t('row.enabled') : t('row.disabled')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="xs" c="dimmed">
          {outgoing ? t('row.gateway') : t('row.whitelist')}
        </Text>
        <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
          {(outgoing ? trunk.sipGatewayIp : trunk.sipWhiteIp) || t('common:none')}
        </Text>
      </Table.Td>
      <Table.Td visibleFrom={FULL_TABLE_FROM}>{trunk.sipPrefix || t('common:none')}</Table.Td>
      <Table.Td visibleFrom={FULL_TABLE_FROM}>{outgoing ? (trunk.sipTrunkState ? t('row.registrationOn', { account: trunk.sipAccount || t('row.noAccount') }) : t('row.registrationOff')) : t('common:none')}</Table.Td>
      <Table.Td>
        {trunk.groupList.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('row.noGroups')}
          </Text>
        ) : (
          trunk.groupList.map((group) => (
            <Text size="sm" key={group.groupId}>
              {group.groupName || t('unnamedGroup')} ({group.groupId}){group.number ? ` · ${group.number}` : ''}
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
        <Button size="xs" variant="default" onClick={() => onEdit(trunk)} aria-label={t('row.editLabel', { name: trunk.sipTrunkName })}>
          {t('row.edit')}
        </Button>
      </RowActionsCell>
    </Table.Tr>
  );
}

export function TrunksScreen() {
  const { t } = useTranslation(['trunks', 'common']);
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
  const sizeChoices = [...PAGE_SIZES.map((choice) => ({ value: String(choice), label: t('filter.perPage', { size: choice }) })), { value: 'all', label: t('filter.allPages') }];

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <SegmentedControl
            aria-label={t('filter.type')}
            data={TYPE_FILTERS.map(({ value, label }) => ({ value, label: t(label) }))}
            value={type ? String(type) : 'any'}
            onChange={(value) => setFilter({ type: value === '1' ? 1 : value === '2' ? 2 : undefined })}
          />
          <TextInput label={t('filter.search')} placeholder={t('filter.searchPlaceholder')} value={search} onChange={(event) => setSearch(event.currentTarget.value)} />
          <Select
            label={t('filter.pageSize')}
            data={sizeChoices}
            value={String(size)}
            allowDeselect={false}
            onChange={(value) => value && setSize(value === 'all' ? 'all' : (Number(value) as PageSize))}
            w={150}
          />
        </Group>
        <Group>
          <Button variant="default" onClick={() => void load()} loading={loading}>
            {t('list.refresh')}
          </Button>
          <Button onClick={() => void exportCsv()} loading={exporting}>
            {t('list.exportCsv')}
          </Button>
        </Group>
      </Group>
      <ReadProblem problem={error ?? page?.stale} readAt={page?.fetchedAt} what={t('list.readProblem')} />
      {!page ? (
        <Text size="sm">{loading ? t('list.loading') : ' '}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status" data-testid="trunk-count">
            {page.total === 0
              ? t('list.noneMatch')
              : size === 'all'
                ? t('list.all', { total: page.total })
                : t('list.page', { current: page.current, pages: Math.max(page.pages, 1), total: page.total })}
            {partial && sort ? t('list.sortsPage') : ''}
          </Text>
          <Text size="xs" c="dimmed" data-testid="trunks-read-at">
            {t('list.readAt', { time: clockTime(page.fetchedAt), age: ageOf(page.fetchedAt) })}
          </Text>
          {/* Fits the box: text wraps and, below FULL_TABLE_FROM, the columns the editor also shows step aside. */}
          <Table.ScrollContainer minWidth={0} type="native">
            <Table striped highlightOnHover aria-label={t('list.table')} aria-busy={loading}>
              <Table.Thead>
                <Table.Tr>
                  <SortableHeader by="sipTrunkName" label={t('common:name')} sort={sort} onSort={toggleSort} />
                  <SortableHeader by="type" label={t('column.type')} sort={sort} onSort={toggleSort} visibleFrom={FULL_TABLE_FROM} />
                  <SortableHeader by="enabled" label={t('column.state')} sort={sort} onSort={toggleSort} />
                  <Table.Th>{t('column.address')}</Table.Th>
                  <Table.Th visibleFrom={FULL_TABLE_FROM}>{t('column.prefix')}</Table.Th>
                  <Table.Th visibleFrom={FULL_TABLE_FROM}>{t('column.registration')}</Table.Th>
                  <Table.Th>{t('column.agentGroups')}</Table.Th>
                  <SortableHeader by="updateTime" label={t('column.updated')} sort={sort} onSort={toggleSort} />
                  <RowActionsHeader>{t('common:actions')}</RowActionsHeader>
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
            <nav aria-label={t('list.pages')}>
              <Pagination
                total={page.pages}
                value={current}
                onChange={setCurrent}
                getItemProps={(number) => ({ 'aria-label': t('list.pageNumber', { number }), 'aria-current': number === current ? 'page' : undefined })}
                getControlProps={(control) => ({ 'aria-label': t(`list.${control}`) })}
              />
            </nav>
          )}
        </>
      )}
      <Modal.Stack>
        <Modal stackId="trunk-editor" opened={editing !== undefined} onClose={requestClose} title={editing ? t(`editor.title.${TRUNK_TYPE_NAMES[editing.type]}`, { name: editing.sipTrunkName }) : ''} size="xl">
          {editing && <TrunkEditor key={editing.keyId} record={editing} onSaved={closeEditor} onCancel={requestClose} onDirtyChange={onDirtyChange} />}
        </Modal>
        <Modal stackId="discard-changes" opened={pending !== undefined} onClose={() => setPending(undefined)} title={t('discard.title')}>
          <Stack>
            <Text size="sm">{t('discard.body', { name: editing?.sipTrunkName ?? t('discard.thisTrunk') })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPending(undefined)} data-autofocus>
                {t('discard.keep')}
              </Button>
              <Button color="red" onClick={discard}>
                {t('discard.discard')}
              </Button>
            </Group>
          </Stack>
        </Modal>
        <WaitForAnswer stackId="wait-for-answer" opened={waiting.asked} onClose={waiting.dismiss}>
          {t('discard.waiting', { name: editing?.sipTrunkName ?? t('discard.thisTrunk') })}
        </WaitForAnswer>
      </Modal.Stack>
    </Stack>
  );
}
