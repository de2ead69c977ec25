import { Button, Group, Paper, Radio, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { CALL_LIST_LIMITS, DISPOSITIONS, type CallList, type CallListEntry, type Disposition } from '../../../../contract/schemas/contacts';
import { fieldMessage, focusFirstError, putOnField } from '../../ui/field-errors';
import { SendButton } from '../../ui/SendButton';
import { showError } from '../../ui/toasts';
import { PlaceResultPanel } from '../calls/PlaceResultPanel';
import { useDialer } from '../calls/store';
import { loadPhonesOrToast, usePhones } from '../phones/store';
import { activeProfile, useProfiles } from '../profiles/store';
import { dispositionLabel, localInputTime, writtenNumber } from './call-list-format';
import { useCallLists } from './call-lists-store';
import { NumberOwner } from './NumberOwner';
import { errorWords } from '../../i18n/said';

/**
 * The phone the list's calls ring first, from the same phone list the Dialer offers; the
 * profile's default phone until another is picked.
 */
function PhonePicker({ error, onPicked }: { error: string | undefined; onPicked: () => void }) {
  const { t } = useTranslation('contacts');
  const { directory: phones, loadError, loading } = usePhones(useShallow(({ directory, loadError, loading }) => ({ directory, loadError, loading })));
  const profile = activeProfile(useProfiles((state) => state.list));
  const { phone, setPhone } = useCallLists(useShallow(({ phone, setPhone }) => ({ phone, setPhone })));
  const profileId = profile?.id;
  const phonesRead = phones?.profileId === profileId ? phones : undefined;

  // Read once per profile unless the Dialer did already; a failed read is retried by Refresh phones.
  const unread = Boolean(profileId) && !phonesRead;
  useEffect(() => {
    if (unread) void loadPhonesOrToast(false);
  }, [profileId, unread]);
  useEffect(() => {
    if (!phone && profile?.defaultAccount && phonesRead?.phones.some((listed) => listed.account === profile.defaultAccount)) setPhone(profile.defaultAccount);
  }, [phone, phonesRead, profile?.defaultAccount, setPhone]);

  const data = useMemo(() => (phonesRead?.phones ?? []).map((listed) => ({ value: listed.account, label: `${listed.account} · ${listed.phoneName} (${listed.groupName})` })), [phonesRead]);
  return (
    <Stack gap={4}>
      <Select
        label={t('entry.phone')}
        description={loading ? t('entry.readingPhones') : t('entry.phoneAbout')}
        placeholder={t('entry.phonePlaceholder')}
        data={data}
        searchable
        nothingFoundMessage={t('entry.noPhone')}
        required
        value={phone || null}
        error={error}
        onChange={(account) => {
          setPhone(account ?? '');
          onPicked();
        }}
        maw={420}
      />
      <Group>
        <Button variant="default" size="xs" loading={loading} onClick={() => void loadPhonesOrToast(true)}>
          {t('entry.refreshPhones')}
        </Button>
      </Group>
      {loadError && (
        <Text size="sm" c="red" role="alert">
          {errorWords(loadError).message} {errorWords(loadError).hint}
        </Text>
      )}
    </Stack>
  );
}

interface DispositionValues {
  kind: Disposition | '';
  note: string;
  /** As the datetime-local input holds it. */
  callBackAt: string;
}

/** What came of the call to `entry`: chosen, with a note, saved; or the entry skipped. */
function DispositionForm({ list, entry }: { list: CallList; entry: CallListEntry }) {
  const { t } = useTranslation('contacts');
  const { dispose, skip } = useCallLists(useShallow(({ dispose, skip }) => ({ dispose, skip })));
  const [saving, setSaving] = useState(false);
  const form = useForm<DispositionValues>({
    mode: 'controlled',
    initialValues: {
      kind: entry.disposition?.kind ?? '',
      note: entry.disposition?.note ?? '',
      callBackAt: entry.disposition?.callBackAt ? localInputTime(entry.disposition.callBackAt) : '',
    },
    // The contract's rules and words; main holds the disposition to the same.
    validate: {
      kind: (kind) => (kind ? null : t('dispositionForm.kindRequired')),
      callBackAt: (value, values) => {
        if (values.kind !== 'call-back') return null;
        if (!value) return t('dispositionForm.callBackRequired');
        return Number.isNaN(new Date(value).getTime()) ? t('dispositionForm.callBackInvalid') : null;
      },
      note: (note) => (note.trim().length > CALL_LIST_LIMITS.note ? t('dispositionForm.noteTooLong', { max: CALL_LIST_LIMITS.note }) : null),
    },
  });

  const submit = form.onSubmit(async ({ kind, note, callBackAt }) => {
    if (!kind) return;
    setSaving(true);
    const answer = await dispose(list.id, entry.id, { kind, note, ...(kind === 'call-back' ? { callBackAt: new Date(callBackAt).toISOString() } : {}) });
    setSaving(false);
    if (!answer.ok && !(answer.error.kind === 'invalid-input' && putOnField(form, answer.error, { focus: true }))) showError(answer.error);
  }, (errors) => focusFirstError(form, errors));

  return (
    <form onSubmit={submit} noValidate aria-label={t('dispositionForm.label')}>
      <Stack gap="sm">
        <Radio.Group label={t('dispositionForm.kind')} required {...form.getInputProps('kind')}>
          <Group mt={4} gap="md">
            {DISPOSITIONS.map((kind) => (
              <Radio key={kind} value={kind} label={dispositionLabel(kind)} />
            ))}
          </Group>
        </Radio.Group>
        {form.values.kind === 'call-back' && (
          <TextInput type="datetime-local" label={t('dispositionForm.callBackAt')} required maw={260} {...form.getInputProps('callBackAt')} />
        )}
        <Textarea label={t('dispositionForm.note')} description={t('dispositionForm.noteAbout')} rows={2} {...form.getInputProps('note')} />
        <Group>
          <Button type="submit" loading={saving}>
            {t('dispositionForm.save')}
          </Button>
          <Button variant="default" disabled={saving} onClick={() => void skip(list.id, entry.id)}>
            {t('dispositionForm.skip')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The entry worked on now: who it is, the Call button (the Dialer's path, its repeat guard
 * included), then the disposition. The next entry is shown after a save, never dialled by itself.
 */
export function CallListEntryPanel({ list, entry }: { list: CallList; entry: CallListEntry }) {
  const { call, lastCall, phone } = useCallLists(useShallow(({ call, lastCall, phone }) => ({ call, lastCall, phone })));
  const { t } = useTranslation('contacts');
  const placing = useDialer((state) => state.placing);
  const [phoneMissing, setPhoneMissing] = useState(false);
  const written = writtenNumber(entry.digits);
  const refusedPhone = lastCall && !lastCall.ok && lastCall.error.field === 'account' ? fieldMessage(lastCall.error) : undefined;

  const placeCall = () => {
    if (!phone) return setPhoneMissing(true);
    // The phone was picked from the list read under this profile; main refuses the call if another is active now.
    const pickedUnder = usePhones.getState().directory?.profileId ?? activeProfile(useProfiles.getState().list)?.id;
    void call(entry, pickedUnder);
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="call-list-entry-heading" data-testid="call-list-current-entry">
      <Stack gap="sm">
        <Title order={3} size="h5" id="call-list-entry-heading" tabIndex={-1}>
          {t('entry.heading', { line: entry.line, who: entry.name || written })}
        </Title>
        <div>
          <Text size="xl" fw={600} ff="monospace" data-testid="call-list-entry-number">
            {written}
          </Text>
          <NumberOwner digits={entry.digits} />
          {entry.name && (
            <Text size="sm" data-testid="call-list-entry-name">
              {entry.name}
            </Text>
          )}
          {entry.note && (
            <Text size="sm" c="dimmed" data-testid="call-list-entry-note">
              {entry.note}
            </Text>
          )}
          {entry.calls.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('entry.called', { count: entry.calls.length })}
            </Text>
          )}
        </div>
        <PhonePicker error={phoneMissing ? t('entry.phoneRequired') : refusedPhone} onPicked={() => setPhoneMissing(false)} />
        <Group>
          <SendButton type="button" size="md" sending={placing} onClick={placeCall}>
            {t('entry.call', { number: written })}
          </SendButton>
          {placing && (
            <Text size="sm" c="dimmed" role="status">
              {t('entry.placing')}
            </Text>
          )}
        </Group>
        {lastCall && !placing && <PlaceResultPanel result={lastCall} />}
        <DispositionForm list={list} entry={entry} />
      </Stack>
    </Paper>
  );
}
