import { Button, Group, Modal, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { CallList } from '../../../../contract/schemas/contacts';
import { dateTime } from '../../ui/format';
import { currentEntry, useCallLists } from './call-lists-store';
import { CallListEntries } from './CallListEntries';
import { CallListEntryPanel } from './CallListEntryPanel';

/** Removing a list drops its dispositions for good: asked first, with Keep focused. */
function RemoveListModal({ list, opened, onClose }: { list: CallList; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('contacts');
  const removeList = useCallLists((state) => state.removeList);
  const [removing, setRemoving] = useState(false);
  return (
    <Modal opened={opened} onClose={onClose} title={t('removeList.title')}>
      <Stack>
        <Text size="sm">
          {t('removeList.body', { name: list.name, count: list.entries.length })}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('removeList.keep')}
          </Button>
          <Button
            color="red"
            loading={removing}
            onClick={() => {
              setRemoving(true);
              void removeList().finally(() => setRemoving(false));
            }}
          >
            {t('removeList.remove', { name: list.name })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** One list worked through: its progress, the entry to call now, and every entry below. */
export function CallListWork({ list }: { list: CallList }) {
  const { t } = useTranslation('contacts');
  const { pickedEntryId, pickEntry, closeList, exportList, exporting } = useCallLists(
    useShallow(({ pickedEntryId, pickEntry, closeList, exportList, exporting }) => ({ pickedEntryId, pickEntry, closeList, exportList, exporting })),
  );
  const [confirmRemove, setConfirmRemove] = useState(false);
  const entry = currentEntry(list, pickedEntryId);
  const total = list.entries.length;
  const done = list.entries.filter((listed) => listed.disposition).length;
  const skipped = list.entries.filter((listed) => !listed.disposition && listed.skipped).length;

  // Keyboard and screen-reader users go with the next entry once one is saved or skipped.
  const shownEntry = useRef(entry?.id);
  useEffect(() => {
    if (shownEntry.current === entry?.id) return;
    shownEntry.current = entry?.id;
    document.getElementById(entry ? 'call-list-entry-heading' : 'call-list-heading')?.focus();
  }, [entry]);

  return (
    <Stack gap="md">
      <Paper withBorder p="md" component="section" aria-labelledby="call-list-heading">
        <Group justify="space-between" align="flex-start" mb="xs">
          <div>
            <Title order={2} size="h4" id="call-list-heading" tabIndex={-1}>
              {list.name}
            </Title>
            <Text size="sm" c="dimmed">
              {t('work.importedAt', { time: dateTime(list.importedAt) })}
            </Text>
          </div>
          <Group gap="xs">
            <Button variant="default" onClick={closeList}>
              {t('work.allLists')}
            </Button>
            <Button variant="default" loading={exporting} onClick={() => void exportList()}>
              {t('work.export')}
            </Button>
            <Button variant="default" color="red" onClick={() => setConfirmRemove(true)}>
              {t('work.remove')}
            </Button>
          </Group>
        </Group>
        <Text size="sm" role="status" data-testid="call-list-progress">
          {skipped ? t('work.progressSkipped', { done, count: total, skipped }) : t('work.progress', { done, count: total })}
        </Text>
        <Progress value={total ? (done / total) * 100 : 0} aria-label={t('work.progressLabel', { name: list.name })} mt={4} />
      </Paper>
      {entry ? (
        <CallListEntryPanel key={entry.id} list={list} entry={entry} />
      ) : (
        <Paper withBorder p="md" role="status" data-testid="call-list-finished">
          <Text size="sm">{skipped ? t('work.finishedSkipped') : t('work.finished')}</Text>
        </Paper>
      )}
      <Paper withBorder p="md" component="section" aria-labelledby="call-list-entries-heading">
        <Title order={3} size="h5" mb="xs" id="call-list-entries-heading">
          {t('work.entries')}
        </Title>
        <CallListEntries list={list} currentId={entry?.id} onPick={pickEntry} />
      </Paper>
      <RemoveListModal list={list} opened={confirmRemove} onClose={() => setConfirmRemove(false)} />
    </Stack>
  );
}
