import { Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { saveProfileInput, type ProfileSummary } from '../../../../contract/schemas/profiles';
import { putOnField } from '../../ui/field-errors';
import { showSuccess } from '../../ui/toasts';
import { useProfiles } from './store';

const validateProfile = schemaResolver(saveProfileInput, { sync: true });

const EMPTY = { name: '', baseUrl: 'https://api.itniotech.com', appId: '', apiKey: '', apiSecret: '', defaultCallerId: '', defaultAccount: '' };

/** Add (no `editing`) or edit a profile; the secret is write-only: it is never shown back. */
export function ProfileForm({ editing, onDone }: { editing?: ProfileSummary; onDone: () => void }) {
  const save = useProfiles((state) => state.save);
  const [busy, setBusy] = useState(false);
  const [serverError, setServerError] = useState<string>();
  const form = useForm({
    mode: 'controlled',
    initialValues: editing
      ? { ...EMPTY, name: editing.name, baseUrl: editing.baseUrl, appId: editing.appId, defaultCallerId: editing.defaultCallerId ?? '', defaultAccount: editing.defaultAccount ?? '' }
      : EMPTY,
    // The same schema main enforces; an edit is validated with its id, which relaxes the credentials.
    validate: (values) => validateProfile(editing ? { ...values, id: editing.id } : values),
    validateInputOnBlur: true,
    validateInputOnChange: true,
  });

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setServerError(undefined);
    const result = await save({ ...values, ...(editing ? { id: editing.id } : {}) });
    setBusy(false);
    if (result.ok) {
      showSuccess(editing ? 'Profile saved' : 'Profile added', `${result.value.name} is ready.`);
      onDone();
      return;
    }
    if (!putOnField(form, result.error)) setServerError(`${result.error.message}${result.error.hint ? ` ${result.error.hint}` : ''}`);
  });

  return (
    <form onSubmit={submit} noValidate aria-label={editing ? `Edit profile ${editing.name}` : 'Add profile'}>
      <Stack gap="sm">
        <TextInput label="Profile name" required {...form.getInputProps('name')} />
        <TextInput label="API base URL" required description="https:// (http only for this machine)" {...form.getInputProps('baseUrl')} />
        <TextInput label="App ID" required description="The voice application id from the ITNIO console" {...form.getInputProps('appId')} />
        <TextInput
          label="API key"
          required={!editing}
          autoComplete="off"
          description={editing ? `Now ${editing.apiKeyMasked}; leave empty to keep it` : undefined}
          {...form.getInputProps('apiKey')}
        />
        <PasswordInput
          label="API secret"
          required={!editing}
          autoComplete="off"
          description={editing ? 'Stored in the OS keychain; leave empty to keep it' : 'Stored in the OS keychain, never shown again'}
          {...form.getInputProps('apiSecret')}
        />
        <TextInput label="Default caller ID" description="7–15 digits, optional" {...form.getInputProps('defaultCallerId')} />
        <TextInput label="Default phone account" description="Optional" {...form.getInputProps('defaultAccount')} />
        {serverError && (
          <Text c="red" size="sm" role="alert">
            {serverError}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            {editing ? 'Save profile' : 'Add profile'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
