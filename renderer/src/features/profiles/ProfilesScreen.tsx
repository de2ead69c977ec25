import { ComingSoon } from '../../app/ComingSoon';

export function ProfilesScreen() {
  return <ComingSoon what="Keep several ITNIO accounts, test their credentials and switch between them." />;
}
