import { Badge, Button, Checkbox, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { daysUntilDue, EXPIRY_WARNING_DAYS, expiresSoon, MAX_BULK_NUMBERS, type ListedNumber, type NumberList as Numbers, type NumberState } from '../../../../contract/schemas/numbers';
import { ageOf, calendarDate, clockTime } from '../../ui/format';
import { ReadProblem } from '../../ui/ReadProblem';
import { SPOTLIT_ROW, useSpotlight, useSpotlit } from '../../ui/spotlight';
import { useBulkEdit } from './bulk-store';
import { filterNumbers } from './filter';
import { useNumbers } from './store';

/** ITNIO's number types in words; a type it adds later is shown as it sends it. */
const TYPE_NAMES: Partial<Record<string, 'list.type.mobile' | 'list.type.fixed'>> = { MOBILE: 'list.type.mobile', FIXED: 'list.type.fixed' };

const STATE_NAMES = { 'in use': 'list.state.inUse', expired: 'list.state.expired', disabled: 'list.state.disabled', unknown: 'list.state.unknown' } as const satisfies Record<NumberState, string>;

const typeShown = (t: TFunction<'numbers'>, number: ListedNumber): string => {
  const name = TYPE_NAMES[number.type];
  return name ? t(name) : number.type;
};

/** The days left to a number that expires soon; undefined for one that does not. */
function daysToWarnOf(number: ListedNumber, today: Date): number | undefined {
  const days = daysUntilDue(number.dueDate, today);
  return days === undefined || !expiresSoon(number, today) ? undefined : days;
}

/** The row of the number in the settings form is marked, in words as well as in color. */
function NumberRow({ number, today, editing, onChoose }: { number: ListedNumber; today: Date; editing: boolean; onChoose: (number: ListedNumber) => void }) {
  const { t } = useTranslation(['numbers', 'common']);
  const ticked = useBulkEdit((state) => state.selected.includes(number.number));
  const toggle = useBulkEdit((state) => state.toggle);
  const days = daysToWarnOf(number, today);
  // "Expires in 12 days": the warning in words, so it does not rest on the row's color alone.
  const warning = days === undefined ? undefined : days === 0 ? t('list.expiresToday') : t('list.expiresIn', { count: days });

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
        <Checkbox aria-label={t('list.choose', { number: number.number })} checked={ticked} onChange={(event) => toggle(number.number, event.currentTarget.checked)} />
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
            {t('list.editing')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>{number.country ? (number.ccode ? t('list.country', { country: number.country, code: number.ccode }) : number.country) : t('common:none')}</Table.Td>
      <Table.Td className="number-detail">{typeShown(t, number) || t('common:none')}</Table.Td>
      {/* A state is one or two words; Chinese would break it after every character in a narrow column. */}
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(STATE_NAMES[number.state])}</Table.Td>
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
      <Table.Td className="number-detail">
        {number.enableVoicemail ? (number.voicemailMaxHangup ? t('list.voicemailOnFor', { seconds: number.voicemailMaxHangup }) : t('list.voicemailOn')) : t('list.voicemailOff')}
      </Table.Td>
      <Table.Td>
        <Button size="compact-sm" variant="light" onClick={() => onChoose(number)} aria-label={t('list.editNumber', { number: number.number })}>
          {t('list.edit')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

function Listing({ list, onChoose }: { list: Numbers; onChoose: (number: ListedNumber) => void }) {
  const { t } = useTranslation(['numbers', 'common']);
  const [search, setSearch] = useState('');
  const numbers = useMemo(() => filterNumbers(list.numbers, search, (number) => [typeShown(t, number), t(STATE_NAMES[number.state])]), [list.numbers, search, t]);
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
      <TextInput label={t('list.searchLabel')} placeholder={t('list.searchPlaceholder')} value={search} onChange={(event) => setSearch(event.currentTarget.value)} maw={360} />
      <Text size="sm" c="dimmed" role="status">
        {[
          numbers.length === total ? t('list.count', { count: total }) : t('list.matching', { shown: numbers.length, total }),
          ...(expiring > 0 ? [t('list.expiring', { count: expiring, days: EXPIRY_WARNING_DAYS })] : []),
          t('list.readAt', { time: clockTime(list.fetchedAt), age: ageOf(list.fetchedAt) }),
        ].join(' · ')}
      </Text>
      {chosen.length > 0 && (
        <Group gap="sm">
          <Button onClick={() => open(chosen)} disabled={chosen.length > MAX_BULK_NUMBERS}>
            {t('editCount', { count: chosen.length })}
          </Button>
          <Button variant="subtle" onClick={() => setSelected([])}>
            {t('list.clearChoice')}
          </Button>
          {chosen.length > MAX_BULK_NUMBERS && (
            <Text size="sm" c="red" role="status">
              {t('list.tooMany', { max: MAX_BULK_NUMBERS })}
            </Text>
          )}
        </Group>
      )}
      <Table.ScrollContainer minWidth={0} type="native" className="number-list">
        <Table aria-label={t('list.label')} highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <Checkbox
                  aria-label={t('list.chooseAll')}
                  checked={numbers.length > 0 && shownTicked === numbers.length}
                  indeterminate={shownTicked > 0 && shownTicked < numbers.length}
                  disabled={numbers.length === 0}
                  onChange={(event) => tickShown(event.currentTarget.checked)}
                />
              </Table.Th>
              <Table.Th>{t('common:number')}</Table.Th>
              <Table.Th>{t('list.column.country')}</Table.Th>
              <Table.Th className="number-detail">{t('list.column.type')}</Table.Th>
              <Table.Th>{t('list.column.state')}</Table.Th>
              <Table.Th>{t('list.column.expires')}</Table.Th>
              <Table.Th className="number-detail">{t('list.column.voicemail')}</Table.Th>
              <Table.Th>{t('list.column.settings')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {numbers.map((number) => (
              <NumberRow key={number.number} number={number} today={today} editing={number.number === editing} onChoose={onChoose} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {numbers.length === 0 && <Text size="sm">{total === 0 ? t('list.empty') : t('list.noMatch')}</Text>}
    </Stack>
  );
}

/** The account's numbers (`numbers.list`), searchable; choosing one fills the settings form with it. */
export function NumberList({ profileId, onChoose }: { profileId: string | undefined; onChoose: (number: ListedNumber) => void }) {
  const { t } = useTranslation('numbers');
  const { listLoading, listError, loadList } = useNumbers();
  // Another profile's numbers are never shown while this one's are read.
  const list = useNumbers((state) => (state.list?.profileId === profileId ? state.list : undefined));
  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <Button variant="default" onClick={() => void loadList()} loading={listLoading} aria-label={t('list.refreshLabel')}>
          {t('list.refresh')}
        </Button>
      </Group>
      <ReadProblem problem={listError ?? list?.stale} readAt={list?.fetchedAt} what={t('list.what')} extra={t('list.byHand')} />
      {list ? <Listing list={list} onChoose={onChoose} /> : !listError && <Text size="sm">{t('list.reading')}</Text>}
    </Stack>
  );
}
