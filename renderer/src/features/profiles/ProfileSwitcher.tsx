import { Badge, Button, CheckIcon, Combobox, Group, InputBase, Modal, Stack, Text, useCombobox } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ProfileSummary } from '../../../../contract/schemas/profiles';
import { keptDraftsUnsaved } from '../../ui/account-scope';
import { holdsUnsavedWork } from '../../ui/leave-guard';
import { useOnReturn } from '../../ui/on-return';
import { activeProfile, useProfiles } from './store';

/**
 * The header's reminder of which account every action goes to, and the way to another one from
 * any screen. A switch drops every per-account list, as the Profiles screen's Use does.
 */
export function ProfileSwitcher() {
  const { list, load, use: makeActive } = useProfiles();
  const [confirming, setConfirming] = useState<ProfileSummary>();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  useEffect(() => {
    void load();
  }, [load]);
  // The CLI or another window may have added, removed or switched profiles meanwhile.
  useOnReturn(load);
  const active = activeProfile(list);
  if (!list || !active) return null;

  const choose = (id: string) => {
    combobox.closeDropdown();
    const chosen = list.profiles.find((profile) => profile.id === id);
    if (!chosen || chosen.id === list.activeId) return;
    // What a screen holds belongs to the account it was typed for: the switch would drop it.
    if (holdsUnsavedWork() || keptDraftsUnsaved()) setConfirming(chosen);
    else void makeActive(chosen.id);
  };
  const switchNow = (profile: ProfileSummary) => {
    setConfirming(undefined);
    void makeActive(profile.id);
  };

  return (
    <Group gap="xs" wrap="nowrap" data-testid="active-profile">
      <Text size="sm" c="dimmed" aria-hidden>
        Profile
      </Text>
      <Combobox store={combobox} onOptionSubmit={choose} position="bottom-end" width={240}>
        <Combobox.Target targetType="button" withExpandedAttribute>
          <InputBase
            component="button"
            type="button"
            pointer
            size="xs"
            miw={140}
            maw={240}
            // Named apart from the Dialer's history filter by profile; the visible word stays short for the header.
            aria-label="Active profile"
            rightSection={<Combobox.Chevron />}
            rightSectionPointerEvents="none"
            onClick={() => combobox.toggleDropdown()}
            styles={{ input: { fontWeight: 600, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } }}
          >
            {active.name}
          </InputBase>
        </Combobox.Target>
        <Combobox.Dropdown>
          <Combobox.Options>
            {list.profiles.map((profile) => {
              const current = profile.id === list.activeId;
              return (
                <Combobox.Option value={profile.id} key={profile.id} active={current} aria-selected={current}>
                  <Group gap="xs" wrap="nowrap">
                    {current ? <CheckIcon size={10} /> : <span style={{ width: 10 }} />}
                    <span>{profile.name}</span>
                  </Group>
                </Combobox.Option>
              );
            })}
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>
      {active.sandbox && (
        <Badge color="orange" variant="light">
          Sandbox
        </Badge>
      )}
      <Modal opened={confirming !== undefined} onClose={() => setConfirming(undefined)} title={confirming ? `Discard changes and switch to ${confirming.name}?` : ''}>
        {confirming && (
          <Stack>
            <Text size="sm">
              This screen holds changes that are not saved, or waits for ITNIO&apos;s answer to one it sent. {confirming.name} is another account: switching discards what
              is not saved, and an answer still on its way is shown as a notice.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(undefined)} data-autofocus>
                Cancel
              </Button>
              <Button color="red" onClick={() => switchNow(confirming)}>
                Discard and switch to {confirming.name}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Group>
  );
}
