import type { ScreenId } from '../ui/navigation';

export { useNavigation, type ScreenId } from '../ui/navigation';

/** The key that goes to the screen at `index` with Ctrl (Cmd): 1–9, then 0 for the tenth. */
export const shortcutKey = (index: number): number => (index + 1) % 10;

export const SCREENS = [
  { id: 'dialer', label: 'Dialer', description: 'Place calls through a phone' },
  { id: 'activity', label: 'Activity', description: "Calls to and from the account's numbers" },
  { id: 'contacts', label: 'Contacts', description: 'The address book of this computer' },
  { id: 'lists', label: 'Call lists', description: 'Numbers to work through one by one' },
  { id: 'phones', label: 'Phones', description: 'Provision SIP phones in batches' },
  { id: 'numbers', label: 'Numbers', description: 'Routing and voicemail greetings' },
  { id: 'trunks', label: 'Trunks', description: 'Call-center SIP trunks' },
  { id: 'changes', label: 'Changes', description: 'What was changed on ITNIO from this computer' },
  { id: 'profiles', label: 'Profiles', description: 'Accounts and credentials' },
  { id: 'settings', label: 'Settings', description: 'Links and this computer' },
] as const satisfies readonly { id: ScreenId; label: string; description: string }[];
