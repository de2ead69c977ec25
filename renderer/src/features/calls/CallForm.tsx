import { Autocomplete, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { CALLEE_DIGITS } from '../../../../contract/schemas/callee';
import { CALL_NOTE_MAX, CALLER_ID_DIGITS } from '../../../../contract/schemas/calls';
import { errorWords, sentence } from '../../i18n/said';
import { clockTime } from '../../ui/format';
import { focusFirstError, putOnField } from '../../ui/field-errors';
import { PhoneNumberPreview } from '../../ui/PhoneNumberPreview';
import { loadPhonesOrToast, usePhones } from '../phones/store';
import { activeProfile, useProfiles } from '../profiles/store';
import { SendButton } from '../../ui/SendButton';
import type { CallForm as Form } from './call-form';
import { CalleeSuggestions } from './CalleeSuggestions';
import { CalleeName } from './CalleeName';
import { CountryPicker } from './CountryPicker';
import { DialPad } from './DialPad';
import { PlaceResultPanel } from './PlaceResultPanel';
import { useDialer } from './store';

/** The dialer: number (pad, typing or paste), who rings first, caller ID, note, and Call. */
export function CallForm({ form, numberRef, callRef }: { form: Form; numberRef: RefObject<HTMLInputElement | null>; callRef: RefObject<HTMLButtonElement | null> }) {
  const { t } = useTranslation('calls');
  const { placing, lastResult, place, setHomeCountry } = useDialer();
  const { directory: phones, loadError: phonesError, loading: phonesLoading } = usePhones(useShallow(({ directory, loadError, loading }) => ({ directory, loadError, loading })));
  const defaultCallerId = useProfiles((state) => activeProfile(state.list)?.defaultCallerId);

  const accounts = useMemo(
    () => (phones?.phones ?? []).map((phone) => ({ value: phone.account, label: `${phone.account} · ${phone.phoneName} (${phone.groupName})` })),
    [phones],
  );
  const callerIds = useMemo(
    () => [...new Set([defaultCallerId, ...(phones?.phones ?? []).map((phone) => phone.displayNum)].filter((id): id is string => Boolean(id)))],
    [phones, defaultCallerId],
  );

  // The Call button is disabled while a call is placed, which drops the keyboard focus to the
  // page; give it back to the number so the next call can be typed and sent with Enter.
  const wasPlacing = useRef(false);
  useEffect(() => {
    if (wasPlacing.current && !placing && document.activeElement === document.body) numberRef.current?.focus();
    wasPlacing.current = placing;
  }, [placing, numberRef]);

  // Stable, so the memoised dial pad stays as it is while the rest of the form re-renders.
  const { setFieldValue } = form;
  // The type-ahead follows the keyboard only: a list opened over the dial pad would take its clicks.
  const [typing, setTyping] = useState(false);
  const onKey = useCallback(
    (key: string) => {
      setTyping(false);
      setFieldValue('callee', (callee) => callee + key);
    },
    [setFieldValue],
  );
  const onBackspace = useCallback(() => setFieldValue('callee', (callee) => callee.slice(0, -1)), [setFieldValue]);
  const onClear = useCallback(() => setFieldValue('callee', ''), [setFieldValue]);
  const onPointerPress = useCallback(() => numberRef.current?.focus(), [numberRef]);

  const submit = form.onSubmit(
    async (values) => {
      // The phone was picked from the list read under this profile; main refuses the call if another is active now.
      const pickedUnder = phones?.profileId ?? activeProfile(useProfiles.getState().list)?.id;
      const result = await place({ ...values, ...(pickedUnder ? { profileId: pickedUnder } : {}) });
      // Main's own refusal goes under its field too; ITNIO's answers stay in the result panel, with their code.
      if (result && !result.ok && result.error.kind === 'invalid-input') putOnField(form, result.error);
    },
    // Enter in the number with no phone chosen goes on to the phone picker.
    (errors) => focusFirstError(form, errors),
  );

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="place-call-heading">
      <Title order={2} size="h4" mb="sm" id="place-call-heading">
        {t('dialer.heading')}
      </Title>
      <form onSubmit={submit} noValidate aria-label={t('dialer.heading')}>
        <Group align="flex-start" gap="xl">
          <Stack w={280} gap="xs">
            <CalleeSuggestions
              typed={form.values.callee}
              active={typing}
              onPick={(number) => {
                setTyping(false);
                form.setFieldValue('callee', number);
              }}
            >
              <TextInput
                ref={numberRef}
                label={t('dialer.callee.label')}
                description={t('dialer.callee.description')}
                size="lg"
                inputMode="tel"
                autoComplete="off"
                spellCheck={false}
                placeholder="+44 20 7946 0958"
                {...form.getInputProps('callee')}
                onChange={(event) => {
                  setTyping(true);
                  form.getInputProps('callee').onChange(event);
                }}
                onBlur={(event) => {
                  setTyping(false);
                  form.getInputProps('callee').onBlur(event);
                }}
              />
            </CalleeSuggestions>
            <CalleeName written={form.values.callee} defaultCountry={form.values.defaultCountry} />
            <PhoneNumberPreview
              written={form.values.callee}
              rule={CALLEE_DIGITS}
              defaultCountry={form.values.defaultCountry}
              verb={t('dialer.callee.previewVerb')}
              refused={t('dialer.callee.previewRefused')}
              empty={t('dialer.callee.previewEmpty')}
              testId="callee-preview"
            />
            <DialPad onKey={onKey} onBackspace={onBackspace} onClear={onClear} onPointerPress={onPointerPress} />
          </Stack>
          <Stack gap="sm" style={{ flex: 1 }} miw={280} maw={520}>
            <CountryPicker
              label={t('dialer.country.label')}
              description={t('dialer.country.description')}
              placeholder={t('dialer.country.placeholder')}
              searchable
              clearable
              nothingFoundMessage={t('dialer.country.nothingFound')}
              {...form.getInputProps('defaultCountry')}
              value={form.values.defaultCountry}
              onChange={(code) => {
                form.setFieldValue('defaultCountry', code);
                setHomeCountry(code);
                // A local number refused for want of a country may be fine for the new one.
                if (form.errors.callee) form.validateField('callee');
                if (form.errors.displayNum) form.validateField('displayNum');
              }}
            />
            <Group align="flex-end" gap="xs" wrap="nowrap">
              <Select
                style={{ flex: 1 }}
                label={t('dialer.phone.label')}
                description={
                  phones ? t('dialer.phone.read', { phones: phones.phones.length, time: clockTime(phones.fetchedAt) }) : phonesLoading ? t('dialer.phone.reading') : t('dialer.phone.notRead')
                }
                placeholder={t('dialer.phone.placeholder')}
                data={accounts}
                searchable
                nothingFoundMessage={t('dialer.phone.nothingFound')}
                required
                {...form.getInputProps('account')}
                value={form.values.account || null}
                onChange={(account) => form.setFieldValue('account', account ?? '')}
              />
              <Button variant="default" loading={phonesLoading} onClick={() => void loadPhonesOrToast(true)}>
                {t('dialer.phone.refresh')}
              </Button>
            </Group>
            {phonesError && (
              <Text size="sm" c="red" role="alert">
                {sentence(errorWords(phonesError))}
              </Text>
            )}
            <Stack gap={4}>
              <Autocomplete
                label={t('dialer.callerId.label')}
                description={t('dialer.callerId.description')}
                inputMode="tel"
                autoComplete="off"
                spellCheck={false}
                data={callerIds}
                {...form.getInputProps('displayNum')}
              />
              <PhoneNumberPreview
                written={form.values.displayNum}
                rule={CALLER_ID_DIGITS}
                defaultCountry={form.values.defaultCountry}
                verb={t('dialer.callerId.previewVerb')}
                refused={t('dialer.callerId.previewRefused')}
                testId="caller-id-preview"
              />
            </Stack>
            {/* One line: ITNIO repeats the note in its call records and pushes, where a line break is refused. */}
            <TextInput
              label={t('dialer.note.label')}
              description={t('dialer.note.description', { length: form.values.calledInfo.length, max: CALL_NOTE_MAX })}
              {...form.getInputProps('calledInfo')}
            />
            <Group>
              <SendButton size="md" sending={placing} buttonRef={callRef}>
                {t('dialer.call')}
              </SendButton>
              {placing && (
                <Text size="sm" c="dimmed" role="status">
                  {t('dialer.placing')}
                </Text>
              )}
            </Group>
          </Stack>
        </Group>
      </form>
      {lastResult && !placing && (
        <Stack mt="md">
          <PlaceResultPanel result={lastResult} />
        </Stack>
      )}
    </Paper>
  );
}
