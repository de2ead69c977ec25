import { ComingSoon } from '../../app/ComingSoon';

export function DialerScreen() {
  return <ComingSoon what="Dial any number from a softphone-style pad and ring it through one of your phones." />;
}
