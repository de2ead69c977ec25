import { Box, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhoneDirectory, PhoneSummary } from '../../../../contract/schemas/phones';
import { ageOf, clockTime } from '../../ui/format';
import { ReadProblem } from '../../ui/ReadProblem';
import { useProfiles } from '../profiles/store';
import { filterPhones, groupsOf } from './filter';
import { PasswordCell } from './PasswordCell';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { REVEAL_FOR_MS, useRevealedPasswords } from '../../ui/revealed-passwords';
import { SetupCard } from './SetupCard';
import { usePhones } from './store';

interface PhoneFilter {
  text: string;
  group: string | null;
}

const NO_FILTER: PhoneFilter = { text: '', group: null };

/** Every row the same height, so the virtualizer never has to measure thousands of them. */
export const ROW_HEIGHT = 44;
const COLUMNS = 6;

/**
 * Only the rows in view (plus a few either side) are in the DOM; spacer rows above and below keep
 * the table's scroll height, so a 5 000-phone account scrolls like an 8-phone one.
 */
function Listing({ directory, filter }: { directory: PhoneDirectory; filter: PhoneFilter }) {
  const { t } = useTranslation(['phones', 'common']);
  const { text, group } = filter;
  const { revealed, reveal, hide } = useRevealedPasswords();
  const [resetting, setResetting] = useState<PhoneSummary>();
  const [settingUp, setSettingUp] = useState<PhoneSummary>();
  // Where these phones register, as the operator recorded it on their profile.
  const registrar = useProfiles((state) => state.list?.profiles.find((profile) => profile.id === directory.profileId)?.registrar);
  const scroller = useRef<HTMLDivElement>(null);
  const phones = useMemo(() => filterPhones(directory.phones, text, group), [directory.phones, text, group]);
  const total = directory.phones.length;
  // In the component that renders the scroll box: its ref is set before this component's layout effects run.
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component itself on scroll
  const virtualizer = useVirtualizer({ count: phones.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const above = items[0]?.start ?? 0;
  const below = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" role="status">
        {t('list.status', {
          phones: phones.length === total ? t('list.count', { count: total }) : t('list.matching', { shown: phones.length, total }),
          time: clockTime(directory.fetchedAt),
          age: ageOf(directory.fetchedAt),
        })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('list.maskedAfter', { seconds: REVEAL_FOR_MS / 1000 })}
      </Text>
      <Box ref={scroller} h="60vh" mih={240} style={{ overflow: 'auto' }} tabIndex={0} role="region" aria-label={t('list.region')}>
        <Table stickyHeader layout="fixed" aria-label={t('list.table')} aria-rowcount={phones.length + 1} highlightOnHover>
          <Table.Thead>
            <Table.Tr aria-rowindex={1}>
              <Table.Th w="12%">{t('common:account')}</Table.Th>
              <Table.Th w="15%">{t('common:name')}</Table.Th>
              <Table.Th w="17%">{t('list.group')}</Table.Th>
              <Table.Th w="13%">{t('list.callerId')}</Table.Th>
              <Table.Th w="27%">{t('list.sipPassword')}</Table.Th>
              <Table.Th w="16%">{t('common:actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {above > 0 && (
              <tr aria-hidden="true" style={{ height: above }}>
                <td colSpan={COLUMNS} />
              </tr>
            )}
            {items.map((item) => {
              const phone = phones[item.index]!;
              return (
                <Table.Tr key={phone.account} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {phone.account}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" truncate="end">
                      {phone.phoneName}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" truncate="end">
                      {phone.groupName}
                    </Text>
                  </Table.Td>
                  <Table.Td>{phone.displayNum}</Table.Td>
                  <Table.Td>
                    <PasswordCell
                      account={phone.account}
                      profileId={directory.profileId}
                      revealed={revealed[phone.account]}
                      onReveal={(password) => reveal(phone.account, password)}
                      onHide={() => hide(phone.account)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button size="compact-sm" variant="subtle" aria-label={t('list.setupLabel', { account: phone.account })} onClick={() => setSettingUp(phone)}>
                        {t('list.setup')}
                      </Button>
                      <Button size="compact-sm" variant="subtle" aria-label={t('list.resetLabel', { account: phone.account })} onClick={() => setResetting(phone)}>
                        {t('list.reset')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
            {below > 0 && (
              <tr aria-hidden="true" style={{ height: below }}>
                <td colSpan={COLUMNS} />
              </tr>
            )}
          </Table.Tbody>
        </Table>
        {phones.length === 0 && (
          <Text size="sm" p="md">
            {total === 0 ? t('list.empty') : t('list.noMatch')}
          </Text>
        )}
      </Box>
      {resetting && (
        <ResetPasswordDialog key={resetting.account} phone={resetting} profileId={directory.profileId} onClose={() => setResetting(undefined)} onSent={hide} />
      )}
      {settingUp && <SetupCard key={settingUp.account} phone={settingUp} profileId={directory.profileId} registrar={registrar} onClose={() => setSettingUp(undefined)} />}
    </Stack>
  );
}

/** The filter over the listing, outside it: a re-read mounts the listing anew but never takes the field from under the typing. */
function FilterBar({ directory, filter, onFilter }: { directory: PhoneDirectory; filter: PhoneFilter; onFilter: (filter: PhoneFilter) => void }) {
  const { text, group } = filter;
  const { t } = useTranslation('phones');
  const groups = useMemo(() => groupsOf(directory.phones), [directory.phones]);
  return (
    <Group align="flex-end" gap="sm">
      <TextInput label={t('filter.label')} placeholder={t('filter.placeholder')} value={text} onChange={(event) => onFilter({ text: event.currentTarget.value, group })} w={260} />
      <Select label={t('filter.group')} placeholder={t('filter.allGroups')} data={groups} value={group} onChange={(chosen) => onFilter({ text, group: chosen })} clearable searchable w={220} />
    </Group>
  );
}

/** All phones of the active profile's application, from main's cached sipQuery read. */
export function PhoneList() {
  const { t } = useTranslation('phones');
  const { directory, loading, loadError, load, exportCsv, exporting } = usePhones();
  // Kept above the listing, which a fresh read mounts anew: the operator's filter outlives re-reads,
  // but not a change of profile, whose groups are others.
  const [kept, setKept] = useState<PhoneFilter & { profileId: string | undefined }>({ ...NO_FILTER, profileId: undefined });
  const filter = kept.profileId === directory?.profileId ? kept : NO_FILTER;
  const setFilter = (next: PhoneFilter) => setKept({ ...next, profileId: directory?.profileId });
  return (
    <Stack gap="sm">
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={() => void load(true)} loading={loading} aria-label={t('list.refreshLabel')}>
          {t('list.refresh')}
        </Button>
        <Button variant="default" onClick={() => void exportCsv()} loading={exporting} disabled={!directory || directory.phones.length === 0}>
          {t('list.saveAll')}
        </Button>
      </Group>
      <ReadProblem problem={loadError ?? directory?.stale} readAt={directory?.fetchedAt} what={t('list.readProblem')} />
      {directory && <FilterBar directory={directory} filter={filter} onFilter={setFilter} />}
      {/* A fresh read starts with every password hidden again; the filter above it keeps the operator's typing and focus. */}
      {directory ? (
        <Listing key={`${directory.profileId} ${directory.fetchedAt}`} directory={directory} filter={filter} />
      ) : (
        !loadError && <Text size="sm">{t('list.reading')}</Text>
      )}
    </Stack>
  );
}
