import { Alert, Button, Code, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { recordStatus, type RecordStatus } from '../../../../contract/schemas/call-history';
import { CALL_NOTES, callDetailsSaid } from '../../../../contract/schemas/call-record-text';
import type { HistoryEntry } from '../../../../contract/schemas/call-history';
import { englishOf } from '../../../../contract/messages/english';
import { say } from '../../i18n/said';
import { countryName, dateTime } from '../../ui/format';
import { useAfterFirstPaint } from '../../ui/after-first-paint';
import { useOnReturn } from '../../ui/on-return';
import { RowActionsCell, RowActionsHeader } from '../../ui/row-actions';
import { SPOTLIT_ROW, useSpotlit } from '../../ui/spotlight';
import { historyFilterOf, isFiltering } from './history-filter';
import { HistoryFilters } from './HistoryFilters';
import { HISTORY_SHOWN, useCallHistory } from './history-store';
import { OutcomeBadge } from './OutcomeBadge';
import { NumberOwner } from '../contacts/NumberOwner';
import { useRecording } from './recording-store';


/** From this width every column has room; below it the caller ID and note ride in the number's cell. */
const FULL_TABLE_FROM = 'lg';

/**
 * How the call went: the badge names its outcome once ITNIO has filed its record (with talk time
 * and cost beside it), else where the request stands; below, what the operator may want to know
 * about it (the recording id, why it failed, why it may have rung).
 */
function Attempt({ entry, status }: { entry: HistoryEntry; status: RecordStatus }) {
  const { t } = useTranslation('calls');
  const detailsSaid = entry.record ? callDetailsSaid(entry.record) : undefined;
  const details = detailsSaid ? say(detailsSaid) : '';
  const note = noteOf(t, entry, status);
  return (
    <Stack gap={2}>
      {entry.request === 'placed' ? (
        // The badge and its details read as the record's one line: "Busy (486) · $0.05".
        <Text component="div" size="sm" fw={500} data-testid="call-result">
          <OutcomeBadge entry={entry} status={status} />
          {details && ` · ${details}`}
        </Text>
      ) : (
        <OutcomeBadge entry={entry} status={status} />
      )}
      {entry.recordingId && <Code w="fit-content">{entry.recordingId}</Code>}
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Stack>
  );
}

/** The line under the badge: why a call failed or may have rung, what a record's absence means. */
function noteOf(t: TFunction<'calls'>, entry: HistoryEntry, status: RecordStatus): string | undefined {
  switch (entry.request) {
    case 'pending':
      return t('history.notes.pending');
    case 'unknown':
      return [keptNote(entry), t('history.notes.unknown')].filter(Boolean).join(' ');
    case 'failed':
      return keptNote(entry);
    case 'placed':
      if (entry.record) return entry.record.hasRecording ? undefined : entry.record.answered ? t('history.notes.notKept') : t('history.notes.notAnswered');
      return status === 'expired' ? t('history.notes.expired') : undefined;
  }
}

/**
 * Main's words kept in English with the call, in the window's language where its keys (kept beside
 * them, or main's own notes for entries kept before keys were) write exactly those words; else as kept.
 */
function keptNote({ errorMessage, say: kept }: HistoryEntry): string | undefined {
  const known = [kept?.errorMessage, ...Object.values(CALL_NOTES)].find((note) => note !== undefined && englishOf(note) === errorMessage);
  return known ? say(known) : errorMessage;
}

/** One attempt: when, whom, from which phone, and how it went, with what can be done with it. */
function HistoryRow({ entry, now, onRedial }: { entry: HistoryEntry; now: number; onRedial: (entry: HistoryEntry) => void }) {
  const { t } = useTranslation('calls');
  const checking = useCallHistory((state) => state.checking.includes(entry.id));
  const checkOutcome = useCallHistory((state) => state.checkOutcome);
  const play = useRecording((state) => state.play);
  const status = recordStatus(entry, now);
  // A clicked notice about this call's outcome brings the operator here.
  const row = useRef<HTMLTableRowElement>(null);
  const lit = useSpotlit(row, (target) => target.to === 'call' && target.entryId === entry.id);
  return (
    <Table.Tr data-testid="history-row" ref={row} tabIndex={lit ? -1 : undefined} data-spotlit={lit || undefined} style={lit ? SPOTLIT_ROW : undefined}>
      <Table.Td>
        <Text size="sm">{dateTime(entry.at)}</Text>
        <Text size="xs" c="dimmed">
          {entry.profileName}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" ff="monospace">
          {entry.callee}
        </Text>
        <NumberOwner digits={entry.callee} />
        {entry.country && (
          <Text size="xs" c="dimmed">
            {countryName(entry.country)}
          </Text>
        )}
        {/* On a narrow window the caller ID and note columns give way: what they hold moves here. */}
        {(entry.displayNum || entry.calledInfo) && (
          <Text size="xs" c="dimmed" hiddenFrom={FULL_TABLE_FROM} lineClamp={2}>
            {[entry.displayNum && t('history.callerIdOf', { number: entry.displayNum }), entry.calledInfo].filter(Boolean).join(' · ')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{entry.account}</Table.Td>
      <Table.Td visibleFrom={FULL_TABLE_FROM}>{entry.displayNum ?? ''}</Table.Td>
      <Table.Td visibleFrom={FULL_TABLE_FROM} maw={220}>
        <Text size="sm" lineClamp={2}>
          {entry.calledInfo ?? ''}
        </Text>
      </Table.Td>
      <Table.Td>
        <Attempt entry={entry} status={status} />
      </Table.Td>
      <RowActionsCell>
        <Group gap={6}>
          {/* A call still on its way, or one that may have rung, must not be offered again beside it. */}
          {entry.request !== 'pending' && entry.request !== 'unknown' && (
            <Button size="compact-sm" variant="light" onClick={() => onRedial(entry)} aria-label={t('history.redialLabel', { callee: entry.callee, account: entry.account })}>
              {t('history.redial')}
            </Button>
          )}
          {(status === 'watching' || status === 'unchecked') && (
            <Button
              size="compact-sm"
              variant="default"
              loading={checking}
              onClick={() => void checkOutcome(entry)}
              aria-label={entry.recordingId ? t('history.checkOutcomeOf', { id: entry.recordingId }) : t('history.checkOutcomeTo', { callee: entry.callee })}
            >
              {t('history.checkOutcome')}
            </Button>
          )}
          {entry.recordingId && entry.record?.hasRecording && (
            <Button size="compact-sm" variant="default" onClick={() => void play(entry)} aria-label={t('history.playRecordingOf', { id: entry.recordingId })}>
              {t('history.playRecording')}
            </Button>
          )}
        </Group>
      </RowActionsCell>
    </Table.Tr>
  );
}

/**
 * Every call attempt, newest first: filter, redial, save what is shown as CSV, clear. Memoised:
 * the dialer's form above re-renders on every keystroke, the history need not.
 */
export const CallHistory = memo(function CallHistory({ onRedial }: { onRedial: (entry: HistoryEntry) => void }) {
  const { t } = useTranslation(['calls', 'common']);
  const { list, listReadAt, filters, load, exportCsv, clear, outcomes, refreshingOutcomes, watchOutcomes, stopWatchingOutcomes, refreshOutcomes } = useCallHistory();
  const [clearing, setClearing] = useState(false);
  // Below the form: the operator reads it once the form is up. It is read from main meanwhile.
  const shown = useAfterFirstPaint();

  useEffect(() => {
    void load();
  }, [load]);
  // Command line runs and other windows add calls to the same history.
  useOnReturn(load);
  // While the history is shown, outcomes of recent calls still to come are checked in the background.
  useEffect(() => {
    void watchOutcomes();
    return stopWatchingOutcomes;
  }, [watchOutcomes, stopWatchingOutcomes]);

  const filtering = isFiltering(filters);
  const summary = (() => {
    if (!list) return t('history.reading');
    if (list.total === 0) return t('history.empty');
    if (list.matched === 0) return t('history.noneMatch', { count: list.total });
    const of = filtering ? t('history.matchOf', { count: list.total, matched: list.matched }) : t('history.calls', { count: list.total });
    return list.entries.length < list.matched ? t('history.shownNewest', { of, shown: HISTORY_SHOWN, matched: list.matched }) : t('history.shownAll', { of });
  })();
  const watching = outcomes?.watching ?? 0;

  return (
    <Stack component="section" aria-labelledby="call-history-heading" gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h4" id="call-history-heading">
          {t('history.heading')}
        </Title>
        <Group gap="xs">
          <Button variant="default" onClick={() => void refreshOutcomes()} loading={refreshingOutcomes} disabled={!list || list.total === 0}>
            {t('history.refreshOutcomes')}
          </Button>
          <Button variant="default" onClick={() => void exportCsv()} disabled={!list || list.matched === 0 || !historyFilterOf(filters).ok}>
            {t('history.exportCsv')}
          </Button>
          <Button variant="subtle" color="red" onClick={() => setClearing(true)} disabled={!list || list.total === 0}>
            {t('history.clear')}
          </Button>
        </Group>
      </Group>
      {shown && <HistoryFilters list={list} />}
      <Text size="sm" c="dimmed" role="status">
        {summary}
        {watching > 0 ? ` ${t('history.watching', { count: watching })}` : ''}
      </Text>
      {shown && list && list.entries.length > 0 && (
        <Table.ScrollContainer minWidth={600}>
          <Table striped highlightOnHover aria-label={t('history.heading')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('common:time')}</Table.Th>
                <Table.Th>{t('common:number')}</Table.Th>
                <Table.Th>{t('common:phone')}</Table.Th>
                <Table.Th visibleFrom={FULL_TABLE_FROM}>{t('history.callerId')}</Table.Th>
                <Table.Th visibleFrom={FULL_TABLE_FROM}>{t('history.note')}</Table.Th>
                <Table.Th>{t('history.outcome')}</Table.Th>
                <RowActionsHeader>{t('common:actions')}</RowActionsHeader>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.entries.map((entry) => (
                <HistoryRow key={entry.id} entry={entry} now={listReadAt} onRedial={onRedial} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal opened={shown && clearing} onClose={() => setClearing(false)} title={t('history.clearDialog.title')}>
        <Stack>
          <Alert color="red" variant="light">
            {t('history.clearDialog.body', { total: list?.total ?? 0 })}
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setClearing(false)} data-autofocus>
              {t('history.clearDialog.keep')}
            </Button>
            <Button
              color="red"
              onClick={() => {
                setClearing(false);
                void clear();
              }}
            >
              {t('history.clearDialog.clear')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
});
