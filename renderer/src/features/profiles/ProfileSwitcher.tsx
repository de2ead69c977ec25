import { Badge, CheckIcon, Combobox, Group, InputBase, Text, useCombobox } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useOnReturn } from '../../ui/on-return';
import { useSwitchProfile } from './confirm-switch';
import { activeProfile, useProfiles } from './store';

/**
 * The header's reminder of which account every action goes to, and the way to another one from
 * any screen. A switch drops every per-account list, as the Profiles screen's Use does.
 */
export function ProfileSwitcher() {
  const { t } = useTranslation(['profiles', 'common']);
  const { list, load } = useProfiles();
  const { switchTo, confirmation } = useSwitchProfile();
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
    switchTo(chosen);
  };

  return (
    <Group gap="xs" wrap="nowrap" data-testid="active-profile">
      <Text size="sm" c="dimmed" aria-hidden>
        {t('common:profile')}
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
            aria-label={t('switcher.label')}
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
          {t('sandbox')}
        </Badge>
      )}
      {confirmation}
    </Group>
  );
}
