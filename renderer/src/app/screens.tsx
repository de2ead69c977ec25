import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { DialerScreen } from '../features/calls/DialerScreen';
import type { ScreenId } from './navigation';

/**
 * A screen fetched the first time it is shown, so that start-up loads and runs only the Dialer's
 * code. Its Suspense sits in the screen's own place: the shell's heading, navigation and the focus
 * move to the new screen at once, and only the body waits for its chunk.
 */
function onDemand(id: ScreenId, load: () => Promise<ComponentType>): ComponentType {
  const Screen = lazy(async () => ({ default: await load() }));
  return function ScreenOnDemand() {
    const { t } = useTranslation('shell');
    return (
      <Suspense
        fallback={
          <Center py="xl">
            <Loader role="status" aria-label={t('loadingScreen', { screen: t(`screens.${id}.label`) })} />
          </Center>
        }
      >
        <Screen />
      </Suspense>
    );
  };
}

export const SCREEN_COMPONENTS: Record<ScreenId, ComponentType> = {
  dialer: DialerScreen,
  activity: onDemand('activity', () => import('../features/calls/ActivityScreen').then((module) => module.ActivityScreen)),
  // Its charts (Chart.js) come with it, never with the start-up bundle.
  reports: onDemand('reports', () => import('../features/reports/ReportsScreen').then((module) => module.ReportsScreen)),
  contacts: onDemand('contacts', () => import('../features/contacts/ContactsScreen').then((module) => module.ContactsScreen)),
  lists: onDemand('lists', () => import('../features/contacts/CallListsScreen').then((module) => module.CallListsScreen)),
  phones: onDemand('phones', () => import('../features/phones/PhonesScreen').then((module) => module.PhonesScreen)),
  numbers: onDemand('numbers', () => import('../features/numbers/NumbersScreen').then((module) => module.NumbersScreen)),
  trunks: onDemand('trunks', () => import('../features/trunks/TrunksScreen').then((module) => module.TrunksScreen)),
  changes: onDemand('changes', () => import('../features/changes/ChangesScreen').then((module) => module.ChangesScreen)),
  profiles: onDemand('profiles', () => import('../features/profiles/ProfilesScreen').then((module) => module.ProfilesScreen)),
  settings: onDemand('settings', () => import('../features/settings/SettingsScreen').then((module) => module.SettingsScreen)),
};
