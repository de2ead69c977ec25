import { Alert, Badge, Button, Code, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { memo, useEffect, useState } from 'react';
import { recordStatus, type RecordStatus } from '../../../../contract/schemas/calls';
import { describeCallRecord } from '../../../../contract/schemas/call-record-text';
import { countryName } from '../../../../contract/schemas/callee';
import type { HistoryEntry } from '../../../../contract/schemas/calls';
import { countOf } from '../../ui/format';
import { useOnReturn } from '../../ui/on-return';
import { HISTORY_SHOWN, useCallHistory } from './history-store';
import { useRecording } from './recording-store';

const timeOf = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

const WAITING: Partial<Record<RecordStatus, string>> = {
  watching: 'Waiting for ITNIO’s call record…',
  unchecked: 'Outcome not checked',
  expired: 'No outcome: ITNIO keeps call records for two months',
};

/** The call's outcome in a line, once ITNIO has filed its record; else where it stands. */
function Outcome({ entry, status }: { entry: HistoryEntry; status: RecordStatus }) {
  if (!entry.record) {
    return (
      <Text size="xs" c="dimmed" data-testid="call-result">
        {WAITING[status]}
      </Text>
    );
  }
  return (
    <>
      <Text size="sm" fw={500} data-testid="call-result">
        {describeCallRecord(entry.record)}
      </Text>
      {!entry.record.hasRecording && (
        <Text size="xs" c="dimmed">
          {entry.record.answered ? 'No recording was kept for this call.' : 'No recording: the call was not answered.'}
        </Text>
      )}
    </>
  );
}

/** Attempts without ITNIO's answer: still being sent, or sent by a process that ended before the answer. */
const UNSETTLED: Partial<Record<HistoryEntry['request'], { label: string; color: string; text: string }>> = {
  pending: { label: 'Placing', color: 'blue', text: 'Being sent to ITNIO by this app or a command line run.' },
  unknown: {
    label: 'Unknown',
    color: 'orange',
    text: 'ITNIO’s answer never came, so the phone may have rung. Switchboard looks for the call in ITNIO’s records and asks before ringing this number again meanwhile.',
  },
};

/**
 * How the attempt went: placed, with the call's outcome below; failed, with why; still on its way
 * from a running app or CLI; or unknown, when the process sending it ended before ITNIO answered.
 */
function Attempt({ entry, status }: { entry: HistoryEntry; status: RecordStatus }) {
  const unsettled = UNSETTLED[entry.request];
  if (unsettled) {
    return (
      <Stack gap={2}>
        <Badge color={unsettled.color} variant="light">
          {unsettled.label}
        </Badge>
        {entry.request === 'unknown' && entry.errorMessage && <Text size="xs">{entry.errorMessage}</Text>}
        <Text size="xs" c="dimmed">
          {unsettled.text}
        </Text>
      </Stack>
    );
  }
  if (entry.request === 'placed') {
    return (
      <Stack gap={2}>
        <Group gap={6}>
          <Badge color="teal" variant="light" style={{ flexShrink: 0 }}>
            Placed
          </Badge>
          <Code>{entry.recordingId}</Code>
        </Group>
        <Outcome entry={entry} status={status} />
      </Stack>
    );
  }
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="nowrap">
        <Badge color="red" variant="light">
          Failed
        </Badge>
        {entry.errorCode && <Code>{entry.errorCode}</Code>}
      </Group>
      <Text size="xs" c="dimmed">
        {entry.errorMessage}
      </Text>
    </Stack>
  );
}

/** One attempt: when, whom, from which phone, and how it went, with what can be done with it. */
function HistoryRow({ entry, now, onRedial }: { entry: HistoryEntry; now: number; onRedial: (entry: HistoryEntry) => void }) {
  const checking = useCallHistory((state) => state.checking.includes(entry.id));
  const checkOutcome = useCallHistory((state) => state.checkOutcome);
  const play = useRecording((state) => state.play);
  const status = recordStatus(entry, now);
  return (
    <Table.Tr data-testid="history-row">
      <Table.Td>
        <Text size="sm">{timeOf(entry.at)}</Text>
        <Text size="xs" c="dimmed">
          {entry.profileName}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" ff="monospace">
          {entry.callee}
        </Text>
        {entry.country && (
          <Text size="xs" c="dimmed">
            {countryName(entry.country)}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{entry.account}</Table.Td>
      <Table.Td>{entry.displayNum ?? ''}</Table.Td>
      <Table.Td maw={220}>
        <Text size="sm" lineClamp={2}>
          {entry.calledInfo ?? ''}
        </Text>
      </Table.Td>
      <Table.Td>
        <Attempt entry={entry} status={status} />
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          {/* A call still on its way, or one that may have rung, must not be offered again beside it. */}
          {entry.request !== 'pending' && entry.request !== 'unknown' && (
            <Button size="compact-sm" variant="light" onClick={() => onRedial(entry)} aria-label={`Redial ${entry.callee} from ${entry.account}`}>
              Redial
            </Button>
          )}
          {(status === 'watching' || status === 'unchecked') && (
            <Button
              size="compact-sm"
              variant="default"
              loading={checking}
              onClick={() => void checkOutcome(entry)}
              aria-label={entry.recordingId ? `Check outcome of call ${entry.recordingId}` : `Check outcome of the call to ${entry.callee}`}
            >
              Check outcome
            </Button>
          )}
          {entry.recordingId && entry.record?.hasRecording && (
            <Button size="compact-sm" variant="default" onClick={() => void play(entry)} aria-label={`Play recording of call ${entry.recordingId}`}>
              Play recording
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * Every call attempt, newest first: search, redial, save as CSV, clear. Memoised: the dialer's
 * form above re-renders on every keystroke, the history need not.
 */
export const CallHistory = memo(function CallHistory({ onRedial }: { onRedial: (entry: HistoryEntry) => void }) {
  const { list, listReadAt, search, load, exportCsv, clear, outcomes, refreshingOutcomes, watchOutcomes, stopWatchingOutcomes, refreshOutcomes } = useCallHistory();
  const [typed, setTyped] = useState(useCallHistory.getState().query);
  const [query] = useDebouncedValue(typed, 250);
  const [clearing, setClearing] = useState(false);

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
  useEffect(() => {
    if (query !== useCallHistory.getState().query) void search(query);
  }, [query, search]);

  const summary = (() => {
    if (!list) return 'Reading the history…';
    if (list.total === 0) return 'No calls yet. Every call you place, or try to, is kept here.';
    if (list.matched === 0) return `No calls match “${query}”.`;
    const of = list.matched === list.total ? countOf(list.total, 'call') : `${list.matched} of ${list.total} calls match`;
    return list.entries.length < list.matched ? `${of}; the newest ${HISTORY_SHOWN} are shown, search to narrow them.` : `${of}.`;
  })();
  const watching = outcomes?.watching ?? 0;

  return (
    <Stack component="section" aria-labelledby="call-history-heading" gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h4" id="call-history-heading">
          Call history
        </Title>
        <Group gap="xs">
          <Button variant="default" onClick={() => void refreshOutcomes()} loading={refreshingOutcomes} disabled={!list || list.total === 0}>
            Refresh outcomes
          </Button>
          <Button variant="default" onClick={() => void exportCsv()} disabled={!list || list.matched === 0}>
            Export CSV
          </Button>
          <Button variant="subtle" color="red" onClick={() => setClearing(true)} disabled={!list || list.total === 0}>
            Clear history
          </Button>
        </Group>
      </Group>
      <TextInput
        label="Search history"
        placeholder="Number, phone, caller ID, note, recording id, error…"
        value={typed}
        onChange={(event) => setTyped(event.currentTarget.value)}
        maw={480}
      />
      <Text size="sm" c="dimmed" role="status">
        {summary}
        {watching > 0 ? ` Checking the outcome of ${countOf(watching, 'recent call')} with ITNIO in the background.` : ''}
      </Text>
      {list && list.entries.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover aria-label="Call history" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Time</Table.Th>
                <Table.Th>Number</Table.Th>
                <Table.Th>Phone</Table.Th>
                <Table.Th>Caller ID</Table.Th>
                <Table.Th>Note</Table.Th>
                <Table.Th>Outcome</Table.Th>
                <Table.Th>Actions</Table.Th>
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
      <Modal opened={clearing} onClose={() => setClearing(false)} title="Clear call history?">
        <Stack>
          <Alert color="red" variant="light">
            All {list?.total ?? 0} calls in the history, of every profile, will be deleted from this computer. This cannot be undone.
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setClearing(false)} data-autofocus>
              Keep history
            </Button>
            <Button
              color="red"
              onClick={() => {
                setClearing(false);
                void clear();
              }}
            >
              Clear all calls
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
});
