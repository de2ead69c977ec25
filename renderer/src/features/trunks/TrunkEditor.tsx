import { Alert, Badge, Button, Fieldset, Group, Paper, PasswordInput, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm, type FormErrors } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../contract/result';
import type { FieldChange } from '../../../../contract/field-changes';
import { OUTGOING, TRUNK_TYPE_NAMES, trunkEditIssues, updateTrunkInput, type AgentGroup, type TrunkRecord, type UpdateTrunkInput } from '../../../../contract/schemas/trunks';
import { i18n } from '../../i18n';
import { ChangesReview } from '../../ui/ConfirmChanges';
import { showError } from '../../ui/toasts';
import { bridge } from '../../ui/bridge';
import { putOnField, schemaRules } from '../../ui/field-errors';
import { useRevealedPasswords } from '../../ui/revealed-passwords';
import { SendButton } from '../../ui/SendButton';
import { AgentGroupsField } from './AgentGroupsField';
import { formValuesFrom, updateInputOf, type TrunkFormValues } from './form-values';
import { useTrunks } from './store';
import { errorWords, ruleWords } from '../../i18n/said';

const validateTrunk = schemaRules<UpdateTrunkInput>(updateTrunkInput);

/**
 * The same rules main enforces, ours only for values that differ from the record being edited, plus
 * one only the list knows: whether there is a password to keep.
 */
function validateEdit(record: TrunkRecord, values: TrunkFormValues): FormErrors {
  const input = updateInputOf(record, values);
  const errors = validateTrunk(input);
  for (const { field, rule } of trunkEditIssues(input, record)) errors[field] ??= ruleWords(rule);
  // A row left unpicked: said in the picker's words rather than the contract's "must be an id".
  values.groupList.forEach(({ voiceGroupId }, index) => {
    if (voiceGroupId === '') errors[`groupList.${index}.voiceGroupId`] = i18n.t('trunks:groups.pick.required');
  });
  if (record.type === OUTGOING && values.sipTrunkState && !values.sipPassword && !record.hasSipPassword) {
    errors.sipPassword ??= i18n.t('trunks:editor.sipPassword.required');
  }
  return errors;
}

/** The update on its way to the confirmation, and what it would change once main has read the trunk from ITNIO. */
interface Review {
  input: UpdateTrunkInput;
  changes?: FieldChange[];
}

interface TrunkEditorProps {
  record: TrunkRecord;
  /** The save succeeded (the store has said so and updated the list). */
  onSaved(): void;
  /** Asks to close; the screen prompts first when there are unsaved changes or a save under way. */
  onCancel(): void;
  onDirtyChange(dirty: boolean): void;
}

export function TrunkEditor({ record, onSaved, onCancel, onDirtyChange }: TrunkEditorProps) {
  const { t } = useTranslation(['trunks', 'common']);
  const outgoing = record.type === OUTGOING;
  const save = useTrunks((state) => state.save);
  const letGoOfSave = useTrunks((state) => state.letGoOfSave);
  const sending = useTrunks((state) => state.editorSave !== undefined);
  const [serverError, setServerError] = useState<AppError>();
  const [review, setReview] = useState<Review>();
  const reviewCancel = useRef<HTMLButtonElement>(null);
  const saveButton = useRef<HTMLButtonElement>(null);
  const reviewing = review !== undefined;
  const cancelled = useRef(false);
  // The review takes the focus from Save, which it hides, and gives it back when cancelled.
  useEffect(() => {
    if (reviewing) reviewCancel.current?.focus();
    else if (cancelled.current) saveButton.current?.focus();
    cancelled.current = false;
  }, [reviewing]);
  const [known, setKnown] = useState<AgentGroup[]>([]);
  const [groupsError, setGroupsError] = useState<AppError>();
  // Bumped to read the agent groups again after a failed read.
  const [groupsRead, setGroupsRead] = useState(0);
  const { revealed, reveal, hide } = useRevealedPasswords();
  const passwordKey = String(record.keyId);
  const currentPassword = revealed[passwordKey];
  const form = useForm<TrunkFormValues>({
    mode: 'controlled',
    initialValues: formValuesFrom(record),
    validate: (values) => validateEdit(record, values),
    validateInputOnBlur: true,
  });

  useEffect(() => {
    void bridge()
      .trunks.agentGroups()
      .then((result) => {
        if (result.ok) setKnown(result.value);
        setGroupsError(result.ok ? undefined : result.error);
      });
  }, [groupsRead]);

  const dirty = form.isDirty();
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  // Closed before its save is answered (another profile became active), the editor hands the answer to a toast.
  useEffect(() => letGoOfSave, [letGoOfSave]);

  const revealPassword = async () => {
    if (currentPassword !== undefined) return hide(passwordKey);
    const result = await bridge().trunks.password({ keyId: record.keyId });
    if (result.ok) reveal(passwordKey, result.value.sipPassword);
    else showError(result.error);
  };

  const showFailure = (error: AppError) => {
    if (!putOnField(form, error, { hint: true, focus: true })) setServerError(error);
  };

  // Save first shows what the edit changes against the trunk as ITNIO has it now (a review in
  // place of the buttons, the editor being a dialog already); Send sends it.
  const submit = form.onSubmit(async (values) => {
    setServerError(undefined);
    const input = updateInputOf(record, values);
    setReview({ input });
    const result = await bridge().trunks.preview(input);
    if (!result.ok) {
      setReview(undefined);
      return showFailure(result.error);
    }
    // Cancelled meanwhile, the confirmation stays closed.
    setReview((open) => (open?.input === input ? { input, changes: result.value.changes } : open));
  });

  const send = async (input: UpdateTrunkInput) => {
    setReview(undefined);
    const result = await save(record, input);
    if (!result) return;
    if (result.ok) return onSaved();
    showFailure(result.error);
  };

  const registering = outgoing && form.values.sipTrunkState;

  return (
    <form onSubmit={submit} noValidate aria-label={t('editor.label', { name: record.sipTrunkName })}>
      {/* What is on its way, or under review, stays as it was sent: the editor closes on success, taking later edits with it. */}
      <Fieldset variant="unstyled" disabled={sending || reviewing}>
        <Stack gap="sm">
          <Group gap="xs">
            <Badge variant="default">{t(`editor.badge.${TRUNK_TYPE_NAMES[record.type]}`)}</Badge>
            <Text size="sm" c="dimmed">
              {t('editor.summary', { id: record.keyId, state: record.enabled ? t('editor.enabled') : t('editor.disabled'), ip: record.ccIp || t('editor.noIp') })}
            </Text>
          </Group>
          <TextInput label={t('editor.name.label')} required description={t('editor.name.description')} {...form.getInputProps('sipTrunkName')} />
          <TextInput label={t('editor.prefix.label')} description={t('editor.prefix.description')} {...form.getInputProps('sipPrefix')} />
          {outgoing ? (
            <>
              <TextInput label={t('editor.gatewayIp.label')} required description={t('editor.gatewayIp.description')} {...form.getInputProps('sipGatewayIp')} />
              <Switch label={t('editor.registration.label')} description={t('editor.registration.description')} {...form.getInputProps('sipTrunkState', { type: 'checkbox' })} />
              {registering && (
                <>
                  <TextInput label={t('editor.sipAccount')} required autoComplete="off" {...form.getInputProps('sipAccount')} />
                  <PasswordInput
                    label={t('editor.sipPassword.label')}
                    required={!record.hasSipPassword}
                    autoComplete="new-password"
                    description={record.hasSipPassword ? t('editor.sipPassword.keep') : t('editor.sipPassword.none')}
                    {...form.getInputProps('sipPassword')}
                  />
                  {record.hasSipPassword && (
                    <Group gap="sm">
                      <Button size="xs" variant="subtle" onClick={() => void revealPassword()}>
                        {currentPassword === undefined ? t('editor.sipPassword.show') : t('editor.sipPassword.hide')}
                      </Button>
                      {currentPassword !== undefined && (
                        <Text size="sm" ff="monospace" aria-label={t('editor.sipPassword.current')} data-testid="current-sip-password">
                          {currentPassword || t('editor.sipPassword.noneSet')}
                        </Text>
                      )}
                    </Group>
                  )}
                </>
              )}
            </>
          ) : (
            <TextInput label={t('editor.whitelistIp.label')} required description={t('editor.whitelistIp.description')} {...form.getInputProps('sipWhiteIp')} />
          )}
          <AgentGroupsField form={form} incoming={!outgoing} known={known} bound={record.groupList} loadError={groupsError} onRetry={() => setGroupsRead((count) => count + 1)} />
          {serverError && (
            <Alert color="red" variant="light" title={errorWords(serverError).message} role="alert">
              {errorWords(serverError).hint ?? t('common:nothingChanged')}
            </Alert>
          )}
          {!reviewing && (
            <Group justify="flex-end">
              <Button variant="default" onClick={onCancel}>
                {t('common:cancel')}
              </Button>
              <SendButton sending={sending} buttonRef={saveButton}>
                {t('editor.save')}
              </SendButton>
            </Group>
          )}
        </Stack>
      </Fieldset>
      {review && (
        <Paper withBorder p="sm" mt="sm" role="group" aria-label={t('editor.reviewLabel', { name: record.sipTrunkName })}>
          <Text fw={600} size="sm" mb="xs">
            {t('editor.review')}
          </Text>
          <ChangesReview
            changes={review.changes}
            sending={false}
            cancelRef={reviewCancel}
            onCancel={() => {
              cancelled.current = true;
              setReview(undefined);
            }}
            onSend={() => void send(review.input)}
          />
        </Paper>
      )}
    </form>
  );
}
