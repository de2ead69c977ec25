import { Alert, Fieldset, Group, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm, type FormErrors } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../contract/result';
import { BATCH_CALLER_ID_DIGITS, createPhonesInput, hasPhoneName, MAX_BATCH } from '../../../../contract/schemas/phones';
import type { ProfileSummary } from '../../../../contract/schemas/profiles';
import { i18n } from '../../i18n';
import { putOnField } from '../../ui/field-errors';
import { useHoldScreen } from '../../ui/leave-guard';
import { PhoneNumberPreview } from '../../ui/PhoneNumberPreview';
import { useWaitForAnswer, WaitForAnswer } from '../../ui/wait-for-answer';
import { SendButton } from '../../ui/SendButton';
import { usePhones } from './store';
import { errorWords } from '../../i18n/said';

const validateBatch = schemaResolver(createPhonesInput, { sync: true });

interface BatchValues {
  groupName: string;
  phoneName: string;
  quantity: number | string;
  displayNum: string;
  appId: string;
}

/**
 * Names must be unused in the application. The list already on screen answers that while the
 * operator types; ITNIO still has the last word (-20). It only knows the profile's own app.
 */
function takenNames(values: BatchValues, profile: ProfileSummary): FormErrors {
  const phones = usePhones.getState().directory?.phones;
  const appId = values.appId.trim();
  if (!phones || (appId && appId !== profile.appId)) return {};
  const groupName = values.groupName.trim();
  const phoneName = values.phoneName.trim();
  const errors: FormErrors = {};
  if (phones.some((phone) => phone.groupName === groupName)) errors.groupName = i18n.t('phones:form.groupName.taken');
  if (phones.some((phone) => hasPhoneName(phone, phoneName))) errors.phoneName = i18n.t('phones:form.phoneName.taken');
  return errors;
}

/** What a batch adds, said before it is sent as every write to ITNIO is: "phones: → 3 new in group Sales". */
function batchChange({ groupName, quantity }: BatchValues): { quantity: number; group: string } | undefined {
  const count = Number(quantity);
  const group = groupName.trim();
  return group && Number.isInteger(count) && count >= 1 && count <= MAX_BATCH ? { quantity: count, group } : undefined;
}

/** sipAdd's form: every vendor rule checked as the operator types, the vendor's refusals on the field they concern. */
export function CreatePhonesForm({ profile }: { profile: ProfileSummary }) {
  const { t } = useTranslation(['phones', 'common']);
  const create = usePhones((state) => state.create);
  const letGoOfCreate = usePhones((state) => state.letGoOfCreate);
  const creating = usePhones((state) => state.formCreate !== undefined);
  const waiting = useWaitForAnswer(creating);
  const [failure, setFailure] = useState<AppError>();
  const form = useForm<BatchValues>({
    mode: 'controlled',
    initialValues: { groupName: '', phoneName: '', quantity: 1, displayNum: profile.defaultCallerId ?? '', appId: '' },
    // Rule errors first: "is already used" only makes sense for a name that is valid.
    validate: (values) => ({ ...takenNames(values, profile), ...validateBatch(values) }),
    validateInputOnChange: true,
    validateInputOnBlur: true,
  });

  // A batch on its way cannot be called back: leaving meanwhile only says to wait for its answer.
  useHoldScreen(creating, waiting.ask);
  // Gone before its batch is answered (another profile became active), the form hands the answer to a toast.
  useEffect(() => letGoOfCreate, [letGoOfCreate]);

  const submit = form.onSubmit(async (values) => {
    setFailure(undefined);
    // The form was filled under this profile (it is keyed by it); main refuses the batch if another is active now.
    const result = await create({ ...values, quantity: Number(values.quantity), appId: values.appId.trim() || undefined, profileId: profile.id });
    if (!result) return;
    if (result.ok) {
      form.reset();
      return;
    }
    if (!putOnField(form, result.error, { hint: true, focus: true })) setFailure(result.error);
  });

  const change = batchChange(form.values);
  return (
    <>
      <form onSubmit={submit} noValidate aria-label={t('form.label')}>
        {/* What is on its way stays as it was sent: a created batch empties the form, taking later edits with it. */}
        <Fieldset variant="unstyled" disabled={creating}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
              <TextInput label={t('form.groupName.label')} required description={t('form.groupName.description')} {...form.getInputProps('groupName')} />
              <TextInput label={t('form.phoneName.label')} required description={t('form.phoneName.description')} {...form.getInputProps('phoneName')} />
              <NumberInput
                label={t('form.quantity.label')}
                required
                description={t('form.quantity.description', { max: MAX_BATCH })}
                min={1}
                max={MAX_BATCH}
                allowDecimal={false}
                allowNegative={false}
                // Out-of-range values stay as typed so the rule is shown, not silently corrected.
                clampBehavior="none"
                {...form.getInputProps('quantity')}
              />
              <Stack gap={4}>
                <TextInput
                  label={t('form.callerId.label')}
                  required
                  description={t('form.callerId.description')}
                  inputMode="tel"
                  autoComplete="off"
                  spellCheck={false}
                  {...form.getInputProps('displayNum')}
                />
                <PhoneNumberPreview
                  written={form.values.displayNum}
                  rule={BATCH_CALLER_ID_DIGITS}
                  verb={t('form.callerId.sends')}
                  refused={t('form.callerId.refused')}
                  testId="caller-id-preview"
                />
              </Stack>
              <TextInput label={t('form.appId.label')} description={t('form.appId.description', { appId: profile.appId })} placeholder={profile.appId} {...form.getInputProps('appId')} />
            </SimpleGrid>
            {failure && (
              <Alert color="red" variant="light" title={errorWords(failure).message} role="alert">
                {errorWords(failure).hint ?? t('common:nothingChanged')}
              </Alert>
            )}
            <Group justify="flex-end">
              {change && (
                <Text size="sm" data-testid="batch-change" style={{ overflowWrap: 'anywhere' }}>
                  {t('form.change', change)}
                </Text>
              )}
              <SendButton sending={creating}>{t('form.submit')}</SendButton>
            </Group>
          </Stack>
        </Fieldset>
      </form>
      <WaitForAnswer opened={waiting.asked} onClose={waiting.dismiss}>
        {t('form.waiting', { group: form.values.groupName.trim() })}
      </WaitForAnswer>
    </>
  );
}
