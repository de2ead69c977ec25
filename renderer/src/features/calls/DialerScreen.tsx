import { Stack } from '@mantine/core';
import { useCallback, useEffect, useRef } from 'react';
import type { HistoryEntry } from '../../../../contract/schemas/calls';
import { activeProfile, useProfiles } from '../profiles/store';
import { useCallForm } from './call-form';
import { CallForm } from './CallForm';
import { CallHistory } from './CallHistory';
import { RecordingPlayer } from './RecordingPlayer';
import { RepeatCallModal } from './RepeatCallModal';
import { loadPhonesOrToast, useDialer } from './store';

export function DialerScreen() {
  const form = useCallForm();
  const numberRef = useRef<HTMLInputElement>(null);
  const profile = activeProfile(useProfiles((state) => state.list));
  const phones = useDialer((state) => state.phones);
  const preselected = useRef<string | undefined>(undefined);

  // The phone list belongs to the active profile: read it for each profile the dialer works on.
  useEffect(() => {
    if (profile && useDialer.getState().phones?.profileId !== profile.id) void loadPhonesOrToast(false);
  }, [profile]);

  // The profile's defaults preselect the phone and caller ID once its phones are known.
  const { setValues, clearErrors } = form;
  useEffect(() => {
    if (!profile || phones?.profileId !== profile.id || preselected.current === profile.id) return;
    preselected.current = profile.id;
    const account = phones.phones.some((phone) => phone.account === profile.defaultAccount) ? profile.defaultAccount : '';
    setValues({ account: account ?? '', displayNum: profile.defaultCallerId ?? '' });
  }, [profile, phones, setValues]);

  const redial = useCallback(
    (entry: HistoryEntry) => {
      // With its +, the number reads the same whatever country is chosen for local numbers.
      setValues({ callee: `+${entry.callee}`, account: entry.account, displayNum: entry.displayNum ?? '', calledInfo: entry.calledInfo ?? '' });
      clearErrors();
      numberRef.current?.focus();
    },
    [setValues, clearErrors],
  );

  return (
    <Stack gap="xl">
      <CallForm form={form} numberRef={numberRef} />
      <CallHistory onRedial={redial} />
      <RepeatCallModal />
      <RecordingPlayer />
    </Stack>
  );
}
