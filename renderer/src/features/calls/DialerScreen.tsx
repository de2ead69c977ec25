import { useCallback, useEffect, useRef } from 'react';
import type { HistoryEntry } from '../../../../contract/schemas/call-history';
import { useAccountSwitches } from '../../ui/account-scope';
import { useOnReconnect } from '../../ui/connection';
import { loadPhonesOrToast, usePhones } from '../phones/store';
import { activeProfile, useProfiles } from '../profiles/store';
import { useCallForm } from './call-form';
import { CallForm } from './CallForm';
import { CallHistory } from './CallHistory';
import { RevealResult } from './PlaceResultPanel';
import { RecordingPlayer } from './RecordingPlayer';
import { RepeatCallModal } from './RepeatCallModal';
import { useDialRequests } from './dial-requests';
import './dialer-layout.css';

export function DialerScreen() {
  const form = useCallForm();
  const numberRef = useRef<HTMLInputElement>(null);
  const callRef = useRef<HTMLButtonElement>(null);
  const switches = useAccountSwitches();
  const filledUnder = useRef(switches);
  const { setValues, getValues, clearErrors } = form;
  const readFor = useRef<string | undefined>(undefined);
  const preselected = useRef<string | undefined>(undefined);

  // The active profile and its phones are read from their stores as they change, not rendered
  // from: their answers at start-up then re-render only the fields that show them.
  useEffect(() => {
    const follow = () => {
      const profile = activeProfile(useProfiles.getState().list);
      const phones = usePhones.getState().directory;
      // The phone list belongs to the active profile: read it for each profile the dialer works on.
      if (profile && profile.id !== readFor.current) {
        readFor.current = profile.id;
        if (phones?.profileId !== profile.id) void loadPhonesOrToast(false);
      }
      // The profile's defaults preselect the phone and caller ID once its phones are known.
      if (!profile || phones?.profileId !== profile.id || preselected.current === profile.id) return;
      preselected.current = profile.id;
      const account = phones.phones.some((phone) => phone.account === profile.defaultAccount) ? (profile.defaultAccount ?? '') : '';
      const displayNum = profile.defaultCallerId ?? '';
      const now = getValues();
      if (now.account !== account || now.displayNum !== displayNum) setValues({ account, displayNum });
    };
    follow();
    const unsubscribe = [useProfiles.subscribe(follow), usePhones.subscribe(follow)];
    return () => unsubscribe.forEach((stop) => stop());
  }, [setValues, getValues]);
  useOnReconnect(() => void usePhones.getState().load(true));

  // A phone and caller ID picked under another profile are that account's: never offered under this one.
  useEffect(() => {
    if (filledUnder.current === switches) return;
    filledUnder.current = switches;
    setValues({ account: '', displayNum: '' });
  }, [switches, setValues]);

  // A number from a link or a launch goes in as if typed, with Call focused: the operator checks
  // the phone and caller ID and presses it (or Enter). The number field, if Call cannot be pressed now.
  useEffect(() => {
    const fill = () => {
      const number = useDialRequests.getState().take();
      if (number === undefined) return;
      setValues({ callee: number });
      clearErrors();
      const call = callRef.current;
      (call && !call.disabled ? call : numberRef.current)?.focus();
    };
    fill();
    return useDialRequests.subscribe(fill);
  }, [setValues, clearErrors]);

  const redial = useCallback(
    (entry: HistoryEntry) => {
      // With its +, the number reads the same whatever country is chosen for local numbers; the
      // phone only when it is one of this profile's.
      const ours = entry.profileId === activeProfile(useProfiles.getState().list)?.id;
      setValues({ callee: `+${entry.callee}`, account: ours ? entry.account : '', displayNum: ours ? (entry.displayNum ?? '') : '', calledInfo: entry.calledInfo ?? '' });
      clearErrors();
      numberRef.current?.focus();
    },
    [setValues, clearErrors],
  );

  // Under the form, the history's newest call shows under a new result once the result is at the
  // window's top; beside the form, the history is in view already and the result need only be.
  const history = useRef<HTMLDivElement>(null);
  const revealResult = useCallback((panel: HTMLElement) => {
    const historyBelow = (history.current?.getBoundingClientRect().top ?? 0) >= panel.getBoundingClientRect().bottom;
    panel.scrollIntoView({ block: historyBelow ? 'start' : 'nearest' });
  }, []);

  return (
    <div className="dialer-layout">
      <div className="dialer-columns">
        <RevealResult.Provider value={revealResult}>
          <CallForm form={form} numberRef={numberRef} callRef={callRef} />
        </RevealResult.Provider>
        <div className="dialer-history" ref={history}>
          <CallHistory onRedial={redial} />
        </div>
      </div>
      <RepeatCallModal />
      <RecordingPlayer />
    </div>
  );
}
