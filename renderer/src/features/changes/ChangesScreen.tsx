import { Alert, Badge, Button, Group, List, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { CHANGE_KINDS, type ChangeEntry, type ChangeKind } from '../../../../contract/schemas/changes';
import { changeWords, ConfirmChanges } from '../../ui/ConfirmChanges';
import { dateTime } from '../../ui/format';
import { RowActionsCell, RowActionsHeader } from '../../ui/row-actions';
import { useProfiles } from '../profiles/store';
import { useChanges } from './store';
import { errorWords, inWindowLanguage, sentence } from '../../i18n/said';

const SEARCH_DEBOUNCE_MS = 250;

/** What an entry put back, named by the entry it undid: its time when it is listed, else its id. */
function revertNote(t: TFunction<'changes'>, entry: ChangeEntry, entries: readonly ChangeEntry[]): string | undefined {
  if (!entry.revertOf) return undefined;
  const undone = entries.find((other) => other.id === entry.revertOf);
  return undone ? t('row.putsBackChangeOf', { time: dateTime(undone.at) }) : t('row.putsBackChange', { id: entry.revertOf });
}

function ChangeRow({ entry, entries, onPutBack }: { entry: ChangeEntry; entries: readonly ChangeEntry[]; onPutBack: (entry: ChangeEntry) => void }) {
  const { t } = useTranslation('changes');
  const note = revertNote(t, entry, entries);
  const when = dateTime(entry.at);
  return (
    <Table.Tr data-testid={`change-${entry.id}`}>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {when}
        </Text>
        {entry.via === 'cli' && (
          <Text size="xs" c="dimmed">
            {t('row.fromCli')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{entry.profileName}</Table.Td>
      <Table.Td>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {entry.object}
        </Text>
        <Text size="xs" c="dimmed">
          {t(`kind.${entry.kind}`)}
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
              <List.Item key={change.field}>{changeWords(change)}</List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            {t('row.noField')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {entry.result.ok ? (
          <Badge color="teal" variant="light" miw="max-content">
            {t('row.saved')}
          </Badge>
        ) : (
          <>
            <Badge color="red" variant="light" miw="max-content">
              {t('row.refused')}
            </Badge>
            <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
              {errorWords(entry.result.error).message}
            </Text>
          </>
        )}
      </Table.Td>
      <RowActionsCell>
        {entry.revert && entry.result.ok && (
          <Button size="compact-sm" variant="light" onClick={() => onPutBack(entry)} aria-label={t('row.putBackLabel', { object: entry.object, time: when })}>
            {t('row.putBack')}
          </Button>
        )}
      </RowActionsCell>
    </Table.Tr>
  );
}

/** Put back: what the entry's object would get back, against it as just read from ITNIO; Cancel has the focus. */
function PutBackDialog() {
  const { t } = useTranslation('changes');
  const putBack = useChanges((state) => state.putBack);
  const cancelPutBack = useChanges((state) => state.cancelPutBack);
  const confirmPutBack = useChanges((state) => state.confirmPutBack);
  const problem = putBack?.previewError ? sentence(errorWords(putBack.previewError)) : undefined;
  const cannot = putBack?.preview?.cannot ?? [];
  return (
    <ConfirmChanges
      opened={putBack !== undefined}
      title={t('putBack.title', { object: putBack?.entry.object ?? '' })}
      changes={putBack?.previewError ? [] : putBack?.preview?.changes}
      problem={problem}
      sending={putBack?.sending ?? false}
      onCancel={cancelPutBack}
      onSend={() => void confirmPutBack()}
      sendLabel={t('putBack.send')}
    >
      {cannot.length > 0 && (
        <Alert color="yellow" variant="light" title={t('putBack.cannot')} role="note">
          <List size="sm" spacing={2} aria-label={t('putBack.cannot')}>
            {cannot.map(({ field, reason, say }) => (
              <List.Item key={field}>{t('putBack.cannotLine', { field: inWindowLanguage(field, say?.field), reason: inWindowLanguage(reason, say?.reason) })}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </ConfirmChanges>
  );
}

function Filters() {
  const { t } = useTranslation(['changes', 'common']);
  const filters = useChanges((state) => state.filters);
  const filter = useChanges((state) => state.filter);
  const profiles = useProfiles((state) => state.list)?.profiles ?? [];
  const [typed, setTyped] = useState(filters.search);
  const [search] = useDebouncedValue(typed, SEARCH_DEBOUNCE_MS);
  useEffect(() => {
    if (search !== useChanges.getState().filters.search) void filter({ search });
  }, [search, filter]);

  return (
    <Group role="group" aria-label={t('filters.label')} gap="xs" align="flex-end">
      <TextInput
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        value={typed}
        onChange={(event) => setTyped(event.currentTarget.value)}
        style={{ flex: '1 1 180px' }}
        maw={360}
      />
      <Select
        label={t('filters.kind')}
        data={[{ value: '', label: t('filters.everyKind') }, ...CHANGE_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))]}
        value={filters.kind}
        onChange={(value) => void filter({ kind: (value ?? '') as ChangeKind | '' })}
        allowDeselect={false}
        w={170}
      />
      <Select
        label={t('common:profile')}
        data={[{ value: '', label: t('filters.everyProfile') }, ...profiles.map((profile) => ({ value: profile.id, label: profile.name }))]}
        value={filters.profileId}
        onChange={(value) => void filter({ profileId: value ?? '' })}
        allowDeselect={false}
        w={170}
      />
      <TextInput type="date" label={t('filters.since')} value={filters.since} onChange={(event) => void filter({ since: event.currentTarget.value })} w={150} />
    </Group>
  );
}

/** The change journal of this computer: every write to ITNIO from here, newest first, and Put back. */
export function ChangesScreen() {
  const { t } = useTranslation(['changes', 'common']);
  const { entries, loading, error, filters, load, askPutBack } = useChanges();
  useEffect(() => {
    void load();
  }, [load]);
  const filtered = filters.kind !== '' || filters.profileId !== '' || filters.since !== '' || filters.search.trim() !== '';

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('about')}
      </Text>
      <Group justify="space-between" align="flex-end">
        <Filters />
        <Button variant="default" onClick={() => void load()} loading={loading} aria-label={t('refreshLabel')}>
          {t('refresh')}
        </Button>
      </Group>
      {error && (
        <Alert color="red" variant="light" title={errorWords(error).message} role="alert">
          {errorWords(error).hint ?? t('tryRefresh')}
        </Alert>
      )}
      {entries === undefined ? (
        !error && <Text size="sm">{t('reading')}</Text>
      ) : entries.length === 0 ? (
        <Text size="sm">{filtered ? t('noMatch') : t('none')}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('count', { count: entries.length })}
          </Text>
          <Table.ScrollContainer minWidth={0} type="native">
            <Table aria-label={t('table.label')} highlightOnHover aria-busy={loading}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('common:time')}</Table.Th>
                  <Table.Th>{t('common:profile')}</Table.Th>
                  <Table.Th>{t('table.object')}</Table.Th>
                  <Table.Th>{t('table.whatChanged')}</Table.Th>
                  <Table.Th>{t('table.result')}</Table.Th>
                  <RowActionsHeader>{t('common:actions')}</RowActionsHeader>
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
