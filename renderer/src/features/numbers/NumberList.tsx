import { Badge, Button, Checkbox, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { daysUntilDue, EXPIRY_WARNING_DAYS, expiresSoon, MAX_BULK_NUMBERS, type ListedNumber, type NumberList as Numbers } from '../../../../contract/schemas/numbers';
import { ageOf, calendarDate, clockTime, countOf } from '../../ui/format';
import { ReadProblem } from '../../ui/ReadProblem';
import { SPOTLIT_ROW, useSpotlight, useSpotlit } from '../../ui/spotlight';
import { useBulkEdit } from './bulk-store';
import { filterNumbers } from './filter';
import { useNumbers } from './store';

const TYPE_NAMES: Record<string, string> = { MOBILE: 'Mobile', FIXED: 'Fixed' };

/** "Expires in 12 days": the warning in words, so it does not rest on the row's color alone. */
function expiryWarning(number: ListedNumber, today: Date): string | undefined {
  const days = daysUntilDue(number.dueDate, today);
  if (days === undefined || !expiresSoon(number, today)) return undefined;
  return days === 0 ? 'Expires today' : `Expires in ${countOf(days, 'day')}`;
}

/** The row of the number in the settings form is marked, in words as well as in color. */
function NumberRow({ number, today, editing, onChoose }: { number: ListedNumber; today: Date; editing: boolean; onChoose: (number: ListedNumber) => void }) {
  const ticked = useBulkEdit((state) => state.selected.includes(number.number));
  const toggle = useBulkEdit((state) => state.toggle);
  const warning = expiryWarning(number, today);
  const background = editing ? 'var(--mantine-primary-color-light)' : warning ? 'var(--mantine-color-orange-light)' : undefined;
  // A clicked notice about this number expiring brings the operator here.
  const row = useRef<HTMLTableRowElement>(null);
  const lit = useSpotlit(row, (target) => target.to === 'number' && target.number === number.number);
  return (
    <Table.Tr
      data-testid={`number-${number.number}`}
      data-expiring={warning ? 'true' : undefined}
      aria-current={editing ? 'true' : undefined}
      bg={background}
      ref={row}
      tabIndex={lit ? -1 : undefined}
      data-spotlit={lit || undefined}
      style={{ ...(editing ? { boxShadow: 'inset 4px 0 0 var(--mantine-primary-color-filled)' } : {}), ...(lit ? SPOTLIT_ROW : {}) }}
    >
      <Table.Td>
        <Checkbox aria-label={`Choose ${number.number}`} checked={ticked} onChange={(event) => toggle(number.number, event.currentTarget.checked)} />
      </Table.Td>
      <Table.Td>
        <Text size="sm" ff="monospace">
          {number.number}
        </Text>
        {number.remark && (
          <Text size="xs" c="dimmed" truncate="end">
            {number.remark}
          </Text>
        )}
        {editing && (
          <Badge size="sm" variant="filled" miw="max-content">
            Editing
          </Badge>
        )}
      </Table.Td>
      <Table.Td>{number.country ? `${number.country}${number.ccode ? ` (+${number.ccode})` : ''}` : '—'}</Table.Td>
      <Table.Td className="number-detail">{TYPE_NAMES[number.type] ?? (number.type || '—')}</Table.Td>
      <Table.Td>{number.state === 'unknown' ? 'Unknown' : number.state[0]!.toUpperCase() + number.state.slice(1)}</Table.Td>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {calendarDate(number.dueDate)}
        </Text>
        {warning && (
          // As wide as its words: a badge gives way to its cell's width, here the date's, and would be cut.
          <Badge color="orange" variant="light" size="sm" miw="max-content">
            {warning}
          </Badge>
        )}
      </Table.Td>
      <Table.Td className="number-detail">{number.enableVoicemail ? `On${number.voicemailMaxHangup ? ` · ${number.voicemailMaxHangup} s` : ''}` : 'Off'}</Table.Td>
      <Table.Td>
        <Button size="compact-sm" variant="light" onClick={() => onChoose(number)} aria-label={`Edit ${number.number}`}>
          Edit
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

function Listing({ list, onChoose }: { list: Numbers; onChoose: (number: ListedNumber) => void }) {
  const [search, setSearch] = useState('');
  const numbers = useMemo(() => filterNumbers(list.numbers, search), [list.numbers, search]);
  // A number a notice is about is shown, whatever was searched for before.
  const sought = useSpotlight((state) => (state.focusPending && state.target?.to === 'number' ? state.target.number : undefined));
  if (sought !== undefined && search !== '' && !numbers.some((number) => number.number === sought)) setSearch('');
  // Days are counted from when the list was read, so the warning matches the data it is about.
  const today = useMemo(() => new Date(list.fetchedAt), [list.fetchedAt]);
  const expiring = list.numbers.filter((number) => expiresSoon(number, today)).length;
  const total = list.numbers.length;
  const editing = useNumbers((state) => state.draft.number.trim());
  const { selected, setSelected, open } = useBulkEdit();
  // Only numbers the list still has are edited, in the list's order.
  const chosen = list.numbers.filter((number) => selected.includes(number.number)).map((number) => number.number);
  const shownTicked = numbers.filter((number) => selected.includes(number.number)).length;
  const tickShown = (on: boolean) => {
    const shown = new Set(numbers.map((number) => number.number));
    setSelected(on ? [...selected.filter((number) => !shown.has(number)), ...shown] : selected.filter((number) => !shown.has(number)));
  };

  return (
    <Stack gap="sm">
      <TextInput label="Search numbers" placeholder="Number, country, type, state or remark" value={search} onChange={(event) => setSearch(event.currentTarget.value)} maw={360} />
      <Text size="sm" c="dimmed" role="status">
        {numbers.length === total ? countOf(total, 'number') : `${numbers.length} of ${total} numbers match`}
        {expiring > 0 ? ` · ${expiring} expire${expiring === 1 ? 's' : ''} within ${EXPIRY_WARNING_DAYS} days` : ''} · read from ITNIO at {clockTime(list.fetchedAt)} ({ageOf(list.fetchedAt)})
      </Text>
      {chosen.length > 0 && (
        <Group gap="sm">
          <Button onClick={() => open(chosen)} disabled={chosen.length > MAX_BULK_NUMBERS}>
            Edit {countOf(chosen.length, 'number')}
          </Button>
          <Button variant="subtle" onClick={() => setSelected([])}>
            Clear the choice
          </Button>
          {chosen.length > MAX_BULK_NUMBERS && (
            <Text size="sm" c="red" role="status">
              At most {MAX_BULK_NUMBERS} numbers at once.
            </Text>
          )}
        </Group>
      )}
      <Table.ScrollContainer minWidth={0} type="native" className="number-list">
        <Table aria-label="Numbers" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <Checkbox
                  aria-label="Choose every number shown"
                  checked={numbers.length > 0 && shownTicked === numbers.length}
                  indeterminate={shownTicked > 0 && shownTicked < numbers.length}
                  disabled={numbers.length === 0}
                  onChange={(event) => tickShown(event.currentTarget.checked)}
                />
              </Table.Th>
              <Table.Th>Number</Table.Th>
              <Table.Th>Country</Table.Th>
              <Table.Th className="number-detail">Type</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th>Expires</Table.Th>
              <Table.Th className="number-detail">Voicemail</Table.Th>
              <Table.Th>Settings</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {numbers.map((number) => (
              <NumberRow key={number.number} number={number} today={today} editing={number.number === editing} onChoose={onChoose} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {numbers.length === 0 && <Text size="sm">{total === 0 ? 'This account has no numbers yet.' : 'No number matches the search.'}</Text>}
    </Stack>
  );
}

/** The account's numbers (`numbers.list`), searchable; choosing one fills the settings form with it. */
export function NumberList({ profileId, onChoose }: { profileId: string | undefined; onChoose: (number: ListedNumber) => void }) {
  const { listLoading, listError, loadList } = useNumbers();
  // Another profile's numbers are never shown while this one's are read.
  const list = useNumbers((state) => (state.list?.profileId === profileId ? state.list : undefined));
  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <Button variant="default" onClick={() => void loadList()} loading={listLoading} aria-label="Refresh the number list">
          Refresh
        </Button>
      </Group>
      <ReadProblem problem={listError ?? list?.stale} readAt={list?.fetchedAt} what="numbers" extra="The form below still edits a number typed by hand." />
      {list ? <Listing list={list} onChoose={onChoose} /> : !listError && <Text size="sm">Reading numbers from ITNIO…</Text>}
    </Stack>
  );
}
