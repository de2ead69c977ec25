import type { ScreenId } from '../ui/navigation';

export { useNavigation, type ScreenId } from '../ui/navigation';

export const SCREENS = [
  { id: 'dialer', label: 'Dialer', description: 'Place calls through a phone' },
  { id: 'activity', label: 'Activity', description: "Calls to and from the account's numbers" },
  { id: 'reports', label: 'Reports', description: 'Calls and spend at a glance' },
  { id: 'contacts', label: 'Contacts', description: 'The address book of this computer' },
  { id: 'lists', label: 'Call lists', description: 'Numbers to work through one by one' },
  { id: 'phones', label: 'Phones', description: 'Provision SIP phones in batches' },
  { id: 'numbers', label: 'Numbers', description: 'Routing and voicemail greetings' },
  { id: 'trunks', label: 'Trunks', description: 'Call-center SIP trunks' },
  { id: 'changes', label: 'Changes', description: 'What was changed on ITNIO from this computer' },
  { id: 'profiles', label: 'Profiles', description: 'Accounts and credentials' },
  { id: 'settings', label: 'Settings', description: 'Links and this computer' },
] as const satisfies readonly { id: ScreenId; label: string; description: string }[];

/** The screens the digits go to, in the nav's order: Settings has a key of its own. */
const BY_DIGIT: readonly ScreenId[] = SCREENS.map((screen) => screen.id).filter((id) => id !== 'settings');

/**
 * The key that goes to a screen with Ctrl (Cmd): 1–9 then 0 for the first ten in the nav's order,
 * and the comma for Settings, as in most desktop apps. A screen past the tenth has none.
 */
export function shortcutKey(id: ScreenId): string | undefined {
  if (id === 'settings') return ',';
  const index = BY_DIGIT.indexOf(id);
  return index >= 0 && index < 10 ? String((index + 1) % 10) : undefined;
}
