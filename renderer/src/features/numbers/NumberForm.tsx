import { Alert, Button, Fieldset, Group, NumberInput, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm, type FormErrors } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../contract/result';
import { numberEditIssues, numberSettings, type NumberEditPreviewed } from '../../../../contract/schemas/numbers';
import { ConfirmChanges } from '../../ui/ConfirmChanges';
import { putOnField, schemaRules } from '../../ui/field-errors';
import { useHoldScreen } from '../../ui/leave-guard';
import { WaitForAnswer } from '../../ui/wait-for-answer';
import { activeProfile, useProfiles } from '../profiles/store';
import { SendButton } from '../../ui/SendButton';
import { GreetingField } from './GreetingField';
import { EMPTY_DRAFT, useNumbers, type NumberDraft } from './store';
import { errorWords, inWindowLanguage, ruleWords } from '../../i18n/said';

const validateSettings = schemaRules<NumberDraft>(numberSettings);

/** The vendor's own number/edit sample sends "99"; its tables name no default. */
const USUAL_MAX_HANGUP_SECONDS = 99;

/** The same rules main enforces: ours only for values that differ from the ones ITNIO lists for the number. */
function validateDraft(draft: NumberDraft): FormErrors {
  const errors = validateSettings(draft);
  const listed = useNumbers.getState().list?.numbers.find((number) => number.number === draft.number.trim());
  for (const { field, rule } of numberEditIssues(draft, listed)) errors[field] ??= ruleWords(rule);
  return errors;
}

/** The draft on its way to the confirmation, and what it would change once main has read the number from ITNIO. */
interface Review {
  values: NumberDraft;
  previewed?: NumberEditPreviewed;
}

export function NumberForm() {
  const { t } = useTranslation(['numbers', 'common']);
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
      <form onSubmit={submit} noValidate aria-label={t('form.label')}>
        {/* What is on its way stays as it was sent, its greeting included. */}
        <Fieldset variant="unstyled" disabled={sending}>
          <Stack gap="md" maw={720}>
            <Stack gap={6}>
              <TextInput label={t('common:number')} required description={t('form.numberHelp')} autoComplete="off" {...form.getInputProps('number')} />
              {recent.length > 0 && (
                <Group gap="xs" role="group" aria-label={t('form.recentLabel')}>
                  <Text size="sm" c="dimmed">
                    {t('form.recent')}
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
              label={t('form.appId')}
              description={profile ? t('form.appIdHelpOf', { appId: profile.appId }) : t('form.appIdHelp')}
              autoComplete="off"
              {...form.getInputProps('appId')}
            />
            <Fieldset legend={t('form.routing')}>
              <Stack gap="sm">
                <TextInput label={t('form.outIp')} description={t('form.outIpHelp')} autoComplete="off" {...form.getInputProps('outIp')} />
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput label={t('form.inIp')} description={t('form.inIpHelp')} autoComplete="off" {...form.getInputProps('inIp')} />
                  <TextInput label={t('form.inboundPrefix')} description={t('form.inboundPrefixHelp')} autoComplete="off" {...form.getInputProps('inboundPrefix')} />
                </SimpleGrid>
                <TextInput label={t('form.remark')} description={t('form.remarkHelp')} {...form.getInputProps('remark')} />
              </Stack>
            </Fieldset>
            <Fieldset legend={t('form.voicemail')}>
              <Stack gap="sm">
                <Switch
                  label={t('form.voicemailOn')}
                  {...form.getInputProps('enableVoicemail', { type: 'checkbox' })}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    // ITNIO needs a max hangup with voicemail on: start from its usual one rather than an empty field.
                    const offered = on && form.getValues().voicemailMaxHangup === '';
                    form.setValues({ enableVoicemail: on, ...(offered ? { voicemailMaxHangup: USUAL_MAX_HANGUP_SECONDS } : {}) });
                  }}
                />
                <NumberInput
                  label={t('form.maxHangup')}
                  description={t('form.maxHangupHelp', { usual: USUAL_MAX_HANGUP_SECONDS })}
                  required={voicemailOn}
                  allowDecimal={false}
                  allowNegative={false}
                  clampBehavior="none"
                  maw={240}
                  {...form.getInputProps('voicemailMaxHangup')}
                />
                {currentGreeting && (
                  <Text size="sm" c="dimmed">
                    {t('form.greetingNow', { file: currentGreeting })}
                  </Text>
                )}
                <GreetingField />
              </Stack>
            </Fieldset>
            <Text size="sm" c="dimmed">
              {t('form.emptyKept')}
            </Text>
            {saveError && (
              <Alert color="red" variant="outline" role="alert" title={t('form.notSaved', { message: errorWords(saveError).message })}>
                {errorWords(saveError).hint}
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
                {t('form.clear')}
              </Button>
              <SendButton sending={sending}>{greeting ? t('form.saveWithGreeting') : t('form.save')}</SendButton>
            </Group>
          </Stack>
        </Fieldset>
      </form>
      <ConfirmChanges
        opened={review !== undefined}
        title={t('form.confirmTitle', { number: review?.values.number.trim() ?? '' })}
        changes={review?.previewed?.changes}
        problem={review?.previewed?.problem === undefined ? undefined : inWindowLanguage(review.previewed.problem, review.previewed.say?.problem)}
        sending={false}
        onCancel={() => setReview(undefined)}
        onSend={() => review && void send(review.values)}
      />
      <WaitForAnswer opened={waitAsked} onClose={() => setWaitAsked(false)}>
        {t('form.waiting', { number: form.values.number.trim() })}
      </WaitForAnswer>
    </>
  );
}
