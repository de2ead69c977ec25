import { ComingSoon } from '../../app/ComingSoon';

export function NumbersScreen() {
  return <ComingSoon what="Set IP whitelists, inbound prefixes and voicemail greetings for your numbers." />;
}
