import type { ComponentType } from 'react';
import { DialerScreen } from '../features/calls/DialerScreen';
import { NumbersScreen } from '../features/numbers/NumbersScreen';
import { PhonesScreen } from '../features/phones/PhonesScreen';
import { ProfilesScreen } from '../features/profiles/ProfilesScreen';
import { TrunksScreen } from '../features/trunks/TrunksScreen';
import type { ScreenId } from './navigation';

export const SCREEN_COMPONENTS: Record<ScreenId, ComponentType> = {
  dialer: DialerScreen,
  phones: PhonesScreen,
  numbers: NumbersScreen,
  trunks: TrunksScreen,
  profiles: ProfilesScreen,
};
