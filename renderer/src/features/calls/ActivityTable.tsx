import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { talkTime } from '../../../../contract/schemas/call-record-text';
import type { ActivityRecord } from '../../../../contract/schemas/activity';
import { vendorTime } from '../../ui/format';
import { RowActionsCell, RowActionsHeader } from '../../ui/row-actions';
import { useContactName } from '../contacts/contacts-store';
import { NumberOwner } from '../contacts/NumberOwner';
import { callBack, otherParty, useActivity } from './activity-store';

/** How the call ended at the far end: the SIP code and the vendor's reason, as ITNIO gave them. */
const endingOf = (record: ActivityRecord): string => [record.sipCode, record.hangupReason].filter(Boolean).join(' · ');

function ActivityRow({ record }: { record: ActivityRecord }) {
  const { t } = useTranslation(['calls', 'common']);
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
          <Text size="sm">{incoming ? t('activity.directions.incoming') : t('activity.directions.outgoing')}</Text>
          {/* The word says it, so the mark does not rest on its colour. */}
          {record.missed && (
            <Badge color="red" variant="light" size="sm" miw="max-content" data-testid="missed-badge">
              {t('activity.answers.missed')}
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
          {party || t('common:none')}
        </Text>
        {digits && <NumberOwner digits={digits} />}
      </Table.Td>
      <Table.Td>{record.answered ? talkTime(record.duration) : record.missed ? t('activity.notAnswered') : t('common:none')}</Table.Td>
      <Table.Td>{record.cost.trim() || t('common:none')}</Table.Td>
      <Table.Td maw={220}>
        <Text size="sm" lineClamp={2}>
          {endingOf(record) || t('common:none')}
        </Text>
      </Table.Td>
      <RowActionsCell>
        <Group gap={6} wrap="nowrap">
          {party && (
            <Button size="compact-sm" variant={record.missed ? 'filled' : 'light'} onClick={() => callBack(record)} aria-label={name ? t('activity.callBackNamed', { party, name }) : t('activity.callBackLabel', { party })}>
              {t('activity.callBack')}
            </Button>
          )}
          {record.hasRecording && (
            <Button size="compact-sm" variant="default" onClick={() => void play(record)} aria-label={t(incoming ? 'activity.playFrom' : 'activity.playTo', { party, time: when })}>
              {t('activity.play')}
            </Button>
          )}
        </Group>
      </RowActionsCell>
    </Table.Tr>
  );
}

/** The calls newest first, as main answers them; Call back fills the Dialer, never dials. */
export function ActivityTable({ records }: { records: readonly ActivityRecord[] }) {
  const { t } = useTranslation(['calls', 'common']);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover aria-label={t('activity.table')} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('common:time')}</Table.Th>
            <Table.Th>{t('activity.direction')}</Table.Th>
            <Table.Th>{t('common:number')}</Table.Th>
            <Table.Th>{t('activity.party')}</Table.Th>
            <Table.Th>{t('activity.duration')}</Table.Th>
            <Table.Th>{t('activity.cost')}</Table.Th>
            <Table.Th>{t('activity.ending')}</Table.Th>
            <RowActionsHeader>{t('common:actions')}</RowActionsHeader>
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
