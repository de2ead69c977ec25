import { Combobox, Group, Text, useCombobox } from '@mantine/core';
import { useEffect, useMemo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../contract/schemas/contacts';
import type { HistoryEntry } from '../../../../contract/schemas/call-history';
import { byFavouriteThenName, contactMatches } from '../contacts/contact-search';
import { contactNameOf, loadContactsOnce, useContacts } from '../contacts/contacts-store';
import { useCallHistory } from './history-store';

/** One line of the type-ahead: a number with who it is, and where it was found. */
export interface Suggestion {
  digits: string;
  title: string;
  /** A contact number's label and company. */
  detail: string;
  /** The phone a recent call was placed from: the line says so in the window's language. */
  calledFrom?: string;
  group: SuggestionGroup;
}

type SuggestionGroup = 'Favourites' | 'Contacts' | 'Recent calls';

const GROUP_KEYS = { Favourites: 'suggestions.group.favourites', Contacts: 'suggestions.group.contacts', 'Recent calls': 'suggestions.group.recent' } as const satisfies Record<SuggestionGroup, string>;

const SHOWN_PER_GROUP = 6;

/**
 * What the operator may mean by what is typed so far: favourites, then contacts, then recent
 * callees, matched by name, company or digits; one line per number, never the same number twice.
 */
export function calleeSuggestions(typed: string, contacts: readonly Contact[], recent: readonly HistoryEntry[]): Suggestion[] {
  if (!typed.trim()) return [];
  const seen = new Set<string>();
  const take = (suggestion: Suggestion) => (seen.has(suggestion.digits) ? false : (seen.add(suggestion.digits), true));
  const fromContacts = contacts
    .filter((contact) => contactMatches(contact, typed))
    .sort(byFavouriteThenName)
    .flatMap((contact) =>
      contact.numbers.map((number): Suggestion => ({
        digits: number.digits,
        title: contact.name,
        detail: [number.label, contact.company].filter(Boolean).join(' · '),
        group: contact.favourite ? 'Favourites' : 'Contacts',
      })),
    );
  const favourites = fromContacts.filter((suggestion) => suggestion.group === 'Favourites' && take(suggestion)).slice(0, SHOWN_PER_GROUP);
  const others = fromContacts.filter((suggestion) => suggestion.group === 'Contacts' && take(suggestion)).slice(0, SHOWN_PER_GROUP);
  const digits = typed.replace(/[\s\-().+/]/g, '');
  const recentCalls = /^\d+$/.test(digits)
    ? recent
        .filter((entry) => entry.callee.includes(digits))
        .map((entry): Suggestion => ({ digits: entry.callee, title: contactNameOf(contacts, entry.callee) ?? `+${entry.callee}`, detail: '', calledFrom: entry.account, group: 'Recent calls' }))
        .filter(take)
        .slice(0, SHOWN_PER_GROUP)
    : [];
  return [...favourites, ...others, ...recentCalls];
}

/**
 * Wraps the Dialer's number field in a type-ahead over the address book and the recent calls.
 * Picking one puts its number in the field; nothing is dialled until Call. `active` is whether the
 * operator is typing in the field: digits pressed on the dial pad open no list over the pad.
 */
export function CalleeSuggestions({ typed, active, onPick, children }: { typed: string; active: boolean; onPick: (number: string) => void; children: ReactElement }) {
  const { t } = useTranslation('calls');
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const contacts = useContacts((state) => state.contacts);
  const recent = useCallHistory((state) => state.list?.entries);
  useEffect(loadContactsOnce, []);
  const suggestions = useMemo(() => calleeSuggestions(typed, contacts ?? [], recent ?? []), [typed, contacts, recent]);
  // A number typed in full that is exactly the only suggestion needs no list.
  const worthShowing = active && suggestions.length > 0 && !(suggestions.length === 1 && `+${suggestions[0]!.digits}` === typed.trim());
  // Every keystroke opens the list again, including after Escape closed it.
  const { openDropdown, closeDropdown } = combobox;
  useEffect(() => {
    if (worthShowing) openDropdown();
    else closeDropdown();
  }, [worthShowing, typed, openDropdown, closeDropdown]);

  const groups = (['Favourites', 'Contacts', 'Recent calls'] as const)
    .map((group) => ({ group, items: suggestions.filter((suggestion) => suggestion.group === group) }))
    .filter(({ items }) => items.length > 0);

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(digits) => {
        onPick(`+${digits}`);
        combobox.closeDropdown();
      }}
      withinPortal={false}
    >
      <Combobox.Target>{children}</Combobox.Target>
      <Combobox.Dropdown hidden={!worthShowing} aria-label={t('suggestions.label')}>
        <Combobox.Options>
          {groups.map(({ group, items }) => (
            <Combobox.Group label={t(GROUP_KEYS[group])} key={group}>
              {items.map((suggestion) => (
                <Combobox.Option value={suggestion.digits} key={suggestion.digits} aria-label={t('suggestions.option', { title: suggestion.title, digits: suggestion.digits })}>
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <div>
                      <Text size="sm" fw={500}>
                        {suggestion.title}
                      </Text>
                      {(suggestion.detail || suggestion.calledFrom) && (
                        <Text size="xs" c="dimmed">
                          {suggestion.calledFrom ? t('suggestions.calledFrom', { account: suggestion.calledFrom }) : suggestion.detail}
                        </Text>
                      )}
                    </div>
                    <Text size="sm" ff="monospace">
                      +{suggestion.digits}
                    </Text>
                  </Group>
                </Combobox.Option>
              ))}
            </Combobox.Group>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
