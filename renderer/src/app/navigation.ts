import type { ScreenId } from '../ui/navigation';

export { useNavigation, type ScreenId } from '../ui/navigation';

/** The screens in the nav's order; each is named in the catalog, `shell:screens.<id>`. */
export const SCREENS: readonly ScreenId[] = ['dialer', 'activity', 'reports', 'contacts', 'lists', 'phones', 'numbers', 'trunks', 'changes', 'profiles', 'settings'];

/** The screens the digits go to, in the nav's order: Settings has a key of its own. */
const BY_DIGIT: readonly ScreenId[] = SCREENS.filter((id) => id !== 'settings');

/**
 * The key that goes to a screen with Ctrl (Cmd): 1–9 then 0 for the first ten in the nav's order,
 * and the comma for Settings, as in most desktop apps. A screen past the tenth has none.
 */
export function shortcutKey(id: ScreenId): string | undefined {
  if (id === 'settings') return ',';
  const index = BY_DIGIT.indexOf(id);
  return index >= 0 && index < 10 ? String((index + 1) % 10) : undefined;
}
