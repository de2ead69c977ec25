import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { talkTime } from '../../../../contract/schemas/call-record-text';
import type { ActivityRecord } from '../../../../contract/schemas/activity';
import { vendorTime } from '../../ui/format';
import { RowActionsCell, RowActionsHeader } from '../../ui/row-actions';
import { useContactName } from '../contacts/contacts-store';
import { NumberOwner } from '../contacts/NumberOwner';
import { callBack, otherParty, useActivity } from './activity-store';

/** How the call ended at the far end: the SIP code and the vendor's reason, as ITNIO gave them. */
const endingOf = (record: ActivityRecord): string => [record.sipCode, record.hangupReason].filter(Boolean).join(' · ') || '—';

function ActivityRow({ record }: { record: ActivityRecord }) {
  const play = useActivity((state) => state.play);
  const party = otherParty(record);
  const digits = party.replace(/\D/g, '');
  const name = useContactName(digits);
  const incoming = record.direction === 'incoming';
  const when = vendorTime(record.startTime);
  return (
    <Table.Tr data-testid="activity-row" data-call-id={record.callId} data-missed={record.missed || undefined}>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {when}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={2} align="flex-start">
          <Text size="sm">{incoming ? 'Incoming' : 'Outgoing'}</Text>
          {/* The word says it, so the mark does not rest on its colour. */}
          {record.missed && (
            <Badge color="red" variant="light" size="sm" miw="max-content" data-testid="missed-badge">
              Missed
            </Badge>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Text size="sm" ff="monospace">
          {record.number}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" ff="monospace">
          {party || '—'}
        </Text>
        {digits && <NumberOwner digits={digits} />}
      </Table.Td>
      <Table.Td>{record.answered ? talkTime(record.duration) : record.missed ? 'Not answered' : '—'}</Table.Td>
      <Table.Td>{record.cost.trim() || '—'}</Table.Td>
      <Table.Td maw={220}>
        <Text size="sm" lineClamp={2}>
          {endingOf(record)}
        </Text>
      </Table.Td>
      <RowActionsCell>
        <Group gap={6} wrap="nowrap">
          {party && (
            <Button size="compact-sm" variant={record.missed ? 'filled' : 'light'} onClick={() => callBack(record)} aria-label={`Call back ${party}${name ? ` (${name})` : ''}`}>
              Call back
            </Button>
          )}
          {record.hasRecording && (
            <Button size="compact-sm" variant="default" onClick={() => void play(record)} aria-label={`Play recording of the ${incoming ? 'call from' : 'call to'} ${party} at ${when}`}>
              Play
            </Button>
          )}
        </Group>
      </RowActionsCell>
    </Table.Tr>
  );
}

/** The calls newest first, as main answers them; Call back fills the Dialer, never dials. */
export function ActivityTable({ records }: { records: readonly ActivityRecord[] }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover aria-label="Activity" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Time</Table.Th>
            <Table.Th>Direction</Table.Th>
            <Table.Th>Number</Table.Th>
            <Table.Th>Caller / called</Table.Th>
            <Table.Th>Duration</Table.Th>
            <Table.Th>Cost</Table.Th>
            <Table.Th>SIP code / hangup reason</Table.Th>
            <RowActionsHeader>Actions</RowActionsHeader>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {records.map((record) => (
            <ActivityRow key={record.callId} record={record} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
