import { Alert, Button, Fieldset, Group, NumberInput, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm, type FormErrors } from '@mantine/form';
import { useEffect, useState } from 'react';
import type { AppError } from '../../../../contract/result';
import { numberEditIssues, numberSettings, type NumberEditPreviewed } from '../../../../contract/schemas/numbers';
import { ConfirmChanges } from '../../ui/ConfirmChanges';
import { putOnField } from '../../ui/field-errors';
import { useHoldScreen } from '../../ui/leave-guard';
import { WaitForAnswer } from '../../ui/wait-for-answer';
import { activeProfile, useProfiles } from '../profiles/store';
import { SendButton } from '../../ui/SendButton';
import { GreetingField } from './GreetingField';
import { EMPTY_DRAFT, useNumbers, type NumberDraft } from './store';

const validateSettings = schemaResolver(numberSettings, { sync: true });

/** The vendor's own number/edit sample sends "99"; its tables name no default. */
const USUAL_MAX_HANGUP_SECONDS = 99;

/** The same rules main enforces: ours only for values that differ from the ones ITNIO lists for the number. */
function validateDraft(draft: NumberDraft): FormErrors {
  const errors = validateSettings(draft);
  const listed = useNumbers.getState().list?.numbers.find((number) => number.number === draft.number.trim());
  for (const { field, rule } of numberEditIssues(draft, listed)) errors[field] ??= rule;
  return errors;
}

/** The draft on its way to the confirmation, and what it would change once main has read the number from ITNIO. */
interface Review {
  values: NumberDraft;
  previewed?: NumberEditPreviewed;
}

export function NumberForm() {
  const { draft, recent, greeting, list, waitAsked, setDraft, preview, save, letGoOfSave, setWaitAsked, clear, setGreetingError, chooseNumber } = useNumbers();
  const [review, setReview] = useState<Review>();
  const sending = useNumbers((state) => state.draftSave !== undefined);
  const profile = activeProfile(useProfiles((state) => state.list));
  const [saveError, setSaveError] = useState<AppError>();
  const form = useForm<NumberDraft>({
    mode: 'controlled',
    initialValues: draft,
    validate: validateDraft,
    validateInputOnBlur: true,
    onValuesChange: (values) => setDraft(values),
  });

  // A save on its way cannot be called back: leaving meanwhile only says to wait for its answer.
  useHoldScreen(sending, () => setWaitAsked(true));
  // Gone before its save is answered (another profile became active), the form hands the answer to a toast.
  useEffect(() => letGoOfSave, [letGoOfSave]);

  const showFailure = (error: AppError) => {
    // The preview names its one number as the first of a plan's numbers.
    const located = error.field?.startsWith('numbers') ? { ...error, field: 'number' } : error;
    const { field, kind } = located;
    if (field === 'greeting' || field === 'voicemailFile') setGreetingError(located);
    // Under a field the rule is enough for main's refusal; ITNIO's says what to do as well.
    else if (!putOnField(form, located, { hint: kind !== 'invalid-input' })) setSaveError(located);
  };

  // Save first shows what the draft changes against the number as ITNIO has it now; Send sends it.
  const submit = form.onSubmit(async (values) => {
    setSaveError(undefined);
    setReview({ values });
    const result = await preview(values);
    if (!result.ok) {
      setReview(undefined);
      return showFailure(result.error);
    }
    const [previewed] = result.value.previews;
    // Cancelled meanwhile, the confirmation stays closed.
    setReview((open) => (open?.values === values ? { values, ...(previewed ? { previewed } : {}) } : open));
  });

  const send = async (values: NumberDraft) => {
    setReview(undefined);
    const result = await save(values);
    if (result && !result.ok) showFailure(result.error);
  };

  const voicemailOn = form.values.enableVoicemail;
  const listedAs = (number: string) => list?.numbers.find((listed) => listed.number === number.trim());
  const currentGreeting = listedAs(form.values.number)?.voicemailFileName;
  return (
    <>
      <form onSubmit={submit} noValidate aria-label="Number settings">
        {/* What is on its way stays as it was sent, its greeting included. */}
        <Fieldset variant="unstyled" disabled={sending}>
          <Stack gap="md" maw={720}>
            <Stack gap={6}>
              <TextInput label="Number" required description="Country code and number, digits only, e.g. 442079460958" autoComplete="off" {...form.getInputProps('number')} />
              {recent.length > 0 && (
                <Group gap="xs" role="group" aria-label="Recently edited numbers">
                  <Text size="sm" c="dimmed">
                    Recent:
                  </Text>
                  {recent.map((entry) => (
                    <Button
                      key={entry.number}
                      size="compact-sm"
                      variant="light"
                      onClick={() => {
                        // A number the account lists comes with its current settings, as when chosen in the list.
                        const listed = listedAs(entry.number);
                        if (listed) chooseNumber(listed, profile?.appId);
                        else form.setFieldValue('number', entry.number);
                      }}
                    >
                      {entry.remark ? `${entry.number} · ${entry.remark}` : entry.number}
                    </Button>
                  ))}
                </Group>
              )}
            </Stack>
            <TextInput
              label="App ID"
              description={profile ? `Leave empty for this profile's app id (${profile.appId})` : "Leave empty for this profile's app id"}
              autoComplete="off"
              {...form.getInputProps('appId')}
            />
            <Fieldset legend="Routing">
              <Stack gap="sm">
                <TextInput label="Outbound IP whitelist" description="IPv4 or IPv6 addresses separated by commas, at most 50 characters" autoComplete="off" {...form.getInputProps('outIp')} />
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput label="Inbound address" description="IP or IP:port, e.g. 203.0.113.9:5060" autoComplete="off" {...form.getInputProps('inIp')} />
                  <TextInput label="Inbound prefix" description="At most 32 characters" autoComplete="off" {...form.getInputProps('inboundPrefix')} />
                </SimpleGrid>
                <TextInput label="Remark" description="At most 50 characters" {...form.getInputProps('remark')} />
              </Stack>
            </Fieldset>
            <Fieldset legend="Voicemail">
              <Stack gap="sm">
                <Switch
                  label="Voicemail on"
                  {...form.getInputProps('enableVoicemail', { type: 'checkbox' })}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    // ITNIO needs a max hangup with voicemail on: start from its usual one rather than an empty field.
                    const offered = on && form.getValues().voicemailMaxHangup === '';
                    form.setValues({ enableVoicemail: on, ...(offered ? { voicemailMaxHangup: USUAL_MAX_HANGUP_SECONDS } : {}) });
                  }}
                />
                <NumberInput
                  label="Max hangup (seconds)"
                  description={`1–999, required when voicemail is on; ITNIO's usual is ${USUAL_MAX_HANGUP_SECONDS}`}
                  required={voicemailOn}
                  allowDecimal={false}
                  allowNegative={false}
                  clampBehavior="none"
                  maw={240}
                  {...form.getInputProps('voicemailMaxHangup')}
                />
                {currentGreeting && (
                  <Text size="sm" c="dimmed">
                    Greeting on ITNIO now: {currentGreeting}. Add a file only to replace it.
                  </Text>
                )}
                <GreetingField />
              </Stack>
            </Fieldset>
            <Text size="sm" c="dimmed">
              Fields left empty are not sent: ITNIO keeps their current values.
            </Text>
            {saveError && (
              <Alert color="red" variant="outline" role="alert" title={`Not saved: ${saveError.message}`}>
                {saveError.hint}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button
                variant="default"
                onClick={() => {
                  clear();
                  form.setValues(EMPTY_DRAFT);
                  form.clearErrors();
                  setSaveError(undefined);
                }}
              >
                Clear form
              </Button>
              <SendButton sending={sending}>{greeting ? 'Save settings and greeting' : 'Save settings'}</SendButton>
            </Group>
          </Stack>
        </Fieldset>
      </form>
      <ConfirmChanges
        opened={review !== undefined}
        title={`Save the settings of ${review?.values.number.trim() ?? ''}?`}
        changes={review?.previewed?.changes}
        problem={review?.previewed?.problem}
        sending={false}
        onCancel={() => setReview(undefined)}
        onSend={() => review && void send(review.values)}
      />
      <WaitForAnswer opened={waitAsked} onClose={() => setWaitAsked(false)}>
        The settings of {form.values.number.trim()} are being sent to ITNIO and cannot be taken back.
      </WaitForAnswer>
    </>
  );
}
