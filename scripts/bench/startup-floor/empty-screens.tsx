/**
 * The start-up benchmark's floor swaps this in for renderer/src/app/screens.tsx: the app's own
 * shell (providers, style sheets, header, navigation, banners, the bridge calls they make), every
 * screen empty. Built at bench time into a temporary folder (startup-renderer.mts), never shipped.
 */
import type { ComponentType } from 'react';
import type { ScreenId } from '../../../renderer/src/app/navigation';

const EmptyScreen: ComponentType = () => null;

export const SCREEN_COMPONENTS: Record<ScreenId, ComponentType> = {
  dialer: EmptyScreen,
  activity: EmptyScreen,
  reports: EmptyScreen,
  contacts: EmptyScreen,
  lists: EmptyScreen,
  phones: EmptyScreen,
  numbers: EmptyScreen,
  trunks: EmptyScreen,
  changes: EmptyScreen,
  profiles: EmptyScreen,
  settings: EmptyScreen,
};
