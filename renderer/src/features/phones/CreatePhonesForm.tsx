import { Alert, Fieldset, Group, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm, type FormErrors } from '@mantine/form';
import { useEffect, useState } from 'react';
import type { AppError } from '../../../../contract/result';
import { BATCH_CALLER_ID_DIGITS, createPhonesInput, hasPhoneName, MAX_BATCH } from '../../../../contract/schemas/phones';
import type { ProfileSummary } from '../../../../contract/schemas/profiles';
import { putOnField } from '../../ui/field-errors';
import { useHoldScreen } from '../../ui/leave-guard';
import { PhoneNumberPreview } from '../../ui/PhoneNumberPreview';
import { useWaitForAnswer, WaitForAnswer } from '../../ui/wait-for-answer';
import { SendButton } from '../../ui/SendButton';
import { usePhones } from './store';

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
  if (phones.some((phone) => phone.groupName === groupName)) errors.groupName = 'is already used by a group in this application';
  if (phones.some((phone) => hasPhoneName(phone, phoneName))) errors.phoneName = 'is already used by phones in this application';
  return errors;
}

/** What a batch adds, said before it is sent as every write to ITNIO is: "phones: → 3 new in group Sales". */
function batchChange({ groupName, quantity }: BatchValues): string | undefined {
  const count = Number(quantity);
  const group = groupName.trim();
  return group && Number.isInteger(count) && count >= 1 && count <= MAX_BATCH ? `phones: → ${count} new in group ${group}` : undefined;
}

/** sipAdd's form: every vendor rule checked as the operator types, the vendor's refusals on the field they concern. */
export function CreatePhonesForm({ profile }: { profile: ProfileSummary }) {
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
      <form onSubmit={submit} noValidate aria-label="Create phones">
        {/* What is on its way stays as it was sent: a created batch empties the form, taking later edits with it. */}
        <Fieldset variant="unstyled" disabled={creating}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
              <TextInput label="Group name" required description="4–32 characters, not used yet" {...form.getInputProps('groupName')} />
              <TextInput label="Phone name" required description="4–32 characters; numbered name-1, name-2, …" {...form.getInputProps('phoneName')} />
              <NumberInput
                label="Quantity"
                required
                description={`1–${MAX_BATCH} phones`}
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
                  label="Caller ID"
                  required
                  description="Shown to the people these phones call, e.g. +44 20 7946 0958"
                  inputMode="tel"
                  autoComplete="off"
                  spellCheck={false}
                  {...form.getInputProps('displayNum')}
                />
                <PhoneNumberPreview
                  written={form.values.displayNum}
                  rule={BATCH_CALLER_ID_DIGITS}
                  verb="Sends"
                  refused="Will not be sent: the caller ID"
                  testId="caller-id-preview"
                />
              </Stack>
              <TextInput label="App ID" description={`Empty: the profile's (${profile.appId})`} placeholder={profile.appId} {...form.getInputProps('appId')} />
            </SimpleGrid>
            {failure && (
              <Alert color="red" variant="light" title={failure.message} role="alert">
                {failure.hint ?? 'Nothing was changed.'}
              </Alert>
            )}
            <Group justify="flex-end">
              {change && (
                <Text size="sm" data-testid="batch-change" style={{ overflowWrap: 'anywhere' }}>
                  {change}
                </Text>
              )}
              <SendButton sending={creating}>Create phones</SendButton>
            </Group>
          </Stack>
        </Fieldset>
      </form>
      <WaitForAnswer opened={waiting.asked} onClose={waiting.dismiss}>
        The new phones of group {form.values.groupName.trim()} are being sent to ITNIO and cannot be taken back.
      </WaitForAnswer>
    </>
  );
}
