import { ComingSoon } from '../../app/ComingSoon';

export function PhonesScreen() {
  return <ComingSoon what="Create SIP phones in batches and browse their credentials." />;
}
