import { Alert, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, Result } from '../../../../contract/result';
import type { ProfileSummary, UnsavedConnectionReport } from '../../../../contract/schemas/profiles';
import { putOnField } from '../../ui/field-errors';
import { ConnectionResult } from './ConnectionResult';
import { RegistrarFields } from './RegistrarFields';
import { testedValuesKey, testErrors, TESTED_FIELDS, toSaveInput, toTestInput, validateProfile, valuesOf, type ProfileFileFields, type ProfileValues } from './profile-values';
import { presetNamed } from '../../../../contract/schemas/policy';
import { usePolicy } from './policy';
import { useProfiles } from './store';
import { errorWords } from '../../i18n/said';

/**
 * Add (no `editing`) or edit a profile; the secret is write-only: it is never shown back. Test
 * tries the typed address and credentials without saving them.
 */
export function ProfileForm({
  editing,
  prefill,
  onSaved,
  onCancel,
}: {
  editing?: ProfileSummary;
  /** A new profile's values from an imported file or a preset of the policy; its key and secret are typed here. */
  prefill?: ProfileFileFields;
  onSaved: (profile: ProfileSummary) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['profiles', 'common']);
  const { save, testUnsaved } = useProfiles();
  const [busy, setBusy] = useState(false);
  const [serverError, setServerError] = useState<AppError>();
  const [tested, setTested] = useState<{ key: string; result: Result<UnsavedConnectionReport> }>();
  const [testing, setTesting] = useState(false);
  const problem = useRef<HTMLDivElement>(null);
  const policy = usePolicy((state) => state.policy);
  // What the policy sets is shown as it is and cannot be typed over: main would refuse it anyway.
  const preset = presetNamed(policy, editing?.name ?? prefill?.name ?? '');
  const fixedBaseUrl = preset?.baseUrl ?? policy?.baseUrl ?? undefined;
  const fixed = (field: 'name' | 'appId' | 'defaultCallerId' | 'defaultAccount') =>
    preset && (field === 'name' || preset[field] !== undefined) ? { readOnly: true, description: t('form.setByPolicy') } : {};
  const form = useForm<ProfileValues>({
    mode: 'controlled',
    initialValues: { ...valuesOf(editing ?? prefill), ...(fixedBaseUrl && !editing ? { baseUrl: fixedBaseUrl } : {}) },
    validate: (values) => validateProfile(values, editing),
    validateInputOnBlur: true,
    validateInputOnChange: true,
  });

  // A refusal no field explains (the keychain's) is read out and scrolled into view at once.
  useEffect(() => {
    if (serverError) problem.current?.focus();
  }, [serverError]);

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setServerError(undefined);
    const result = await save(toSaveInput(values, editing));
    setBusy(false);
    if (result.ok) return onSaved(result.value);
    if (!putOnField(form, result.error)) setServerError(result.error);
  });

  const test = async () => {
    const values = form.getValues();
    const errors = testErrors(values, editing);
    const wrong = TESTED_FIELDS.filter((field) => errors[field]);
    if (wrong.length > 0) {
      for (const field of wrong) form.setFieldError(field, errors[field]);
      return;
    }
    setTesting(true);
    const result = await testUnsaved(toTestInput(values, editing));
    setTesting(false);
    setTested({ key: testedValuesKey(values), result });
  };

  // A result speaks only for the values it tested: changed since, it is not shown.
  const shownTest = tested?.key === testedValuesKey(form.values) ? tested.result : undefined;

  return (
    <form onSubmit={submit} noValidate aria-label={editing ? t('form.editLabel', { name: editing.name }) : t('form.add')}>
      <Stack gap="sm">
        {serverError && (
          <Alert ref={problem} tabIndex={-1} color="red" variant="light" title={errorWords(serverError).message}>
            {errorWords(serverError).hint}
          </Alert>
        )}
        <TextInput label={t('field.name')} required {...form.getInputProps('name')} {...fixed('name')} />
        <TextInput
          label={t('field.baseUrl')}
          required
          description={fixedBaseUrl ? t('form.baseUrlFixed') : t('form.baseUrlHint')}
          readOnly={fixedBaseUrl !== undefined}
          {...form.getInputProps('baseUrl')}
        />
        <TextInput label={t('field.appId')} required description={t('form.appIdHint')} {...form.getInputProps('appId')} {...fixed('appId')} />
        <TextInput
          label={t('field.apiKey')}
          required={!editing}
          autoComplete="off"
          description={editing ? t('form.apiKeyKept', { masked: editing.apiKeyMasked }) : undefined}
          {...form.getInputProps('apiKey')}
        />
        <PasswordInput
          label={t('field.apiSecret')}
          required={!editing}
          autoComplete="off"
          description={editing ? t('form.apiSecretKept') : t('form.apiSecretNew')}
          {...form.getInputProps('apiSecret')}
        />
        <TextInput label={t('field.defaultCallerId')} description={t('form.defaultCallerIdHint')} {...form.getInputProps('defaultCallerId')} {...fixed('defaultCallerId')} />
        <TextInput label={t('field.defaultAccount')} description={t('form.optional')} {...form.getInputProps('defaultAccount')} {...fixed('defaultAccount')} />
        <RegistrarFields form={form} />
        {shownTest && <ConnectionResult result={shownTest} />}
        <Group justify="space-between">
          <Button variant="light" onClick={() => void test()} loading={testing} disabled={busy}>
            {t('connection.test')}
          </Button>
          <Group>
            <Button variant="default" onClick={onCancel} disabled={busy}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {editing ? t('form.save') : t('form.add')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
