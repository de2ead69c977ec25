import { ComingSoon } from '../../app/ComingSoon';

export function TrunksScreen() {
  return <ComingSoon what="List and edit the call center's SIP trunks and their agent groups." />;
}
