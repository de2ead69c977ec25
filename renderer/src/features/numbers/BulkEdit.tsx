import { Alert, Badge, Button, Checkbox, Fieldset, Group, Modal, NumberInput, Paper, Stack, Switch, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { numberEditIssues, numberEditPlan } from '../../../../contract/schemas/numbers';
import { ChangeLines } from '../../ui/ConfirmChanges';
import { SendButton } from '../../ui/SendButton';
import { asksAnything, bulkPlan, useBulkEdit, type Receipt } from './bulk-store';
import { GreetingField } from './GreetingField';
import { useNumbers } from './store';
import { errorWords, inWindowLanguage, ruleWords, sentence } from '../../i18n/said';

const RECEIPT_COLORS: Record<Receipt['is'], string> = { waiting: 'gray', sending: 'blue', saved: 'teal', refused: 'red', 'not sent': 'yellow' };
const RECEIPT_WORDS = {
  waiting: 'bulk.receipt.waiting',
  sending: 'bulk.receipt.sending',
  saved: 'bulk.receipt.saved',
  refused: 'bulk.receipt.refused',
  'not sent': 'bulk.receipt.notSent',
} as const satisfies Record<Receipt['is'], string>;

const NOT_SENT_REASONS = {
  unchanged: 'bulk.notSent.unchanged',
  unsendable: 'bulk.notSent.unsendable',
  stopped: 'bulk.notSent.stopped',
  switched: 'bulk.notSent.switched',
} as const;

function ReceiptLine({ receipt }: { receipt: Receipt }) {
  const { t } = useTranslation('numbers');
  // The badge says what became of the number; the words beside it only why, where there is a why.
  const notSent = receipt.is === 'not sent' ? receipt.why : undefined;
  const why =
    receipt.is === 'refused'
      ? sentence(errorWords(receipt.error))
      : notSent && ('problem' in notSent ? inWindowLanguage(notSent.problem, notSent.say?.problem) : t(NOT_SENT_REASONS[notSent.reason]));
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="receipt">
      <Badge color={RECEIPT_COLORS[receipt.is]} variant="light" miw="max-content">
        {t(RECEIPT_WORDS[receipt.is])}
      </Badge>
      {why && (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          <VisuallyHidden>{t('bulk.receipt.separator')}</VisuallyHidden>
          {why}
        </Text>
      )}
    </Group>
  );
}

/** The same rules main holds the plan to, under the fields they concern, before anything is asked of main. */
function planProblems(outIp: string | undefined, plan: ReturnType<typeof bulkPlan>): Partial<Record<'outIp' | 'voicemailMaxHangup', string>> {
  const problems: Partial<Record<'outIp' | 'voicemailMaxHangup', string>> = {};
  const checked = numberEditPlan.safeParse(plan);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = issue.path[0];
      if (field === 'outIp' || field === 'voicemailMaxHangup') problems[field] ??= ruleWords(issue.message);
    }
  }
  if (outIp !== undefined) for (const { field, rule } of numberEditIssues({ outIp })) if (field === 'outIp') problems.outIp ??= ruleWords(rule);
  return problems;
}

/**
 * One IP whitelist, one voicemail setting and/or one greeting for every number ticked in the list.
 * Preview shows each number's changes against ITNIO's values now; Apply sends them one at a time,
 * in order, each once; Stop stops before the next; each number gets its receipt.
 */
export function BulkEdit() {
  const { t } = useTranslation(['numbers', 'common']);
  const { opened, numbers, fields, stage, plan, previewError, receipts, stopAsked, close, setFields, greetingChanged, preview, apply, stop } = useBulkEdit();
  const greetingId = useNumbers((state) => state.greeting?.staged.greetingId);
  const running = stage === 'running';
  const started = running || stage === 'done';

  // A greeting added or removed after Preview leaves the preview out of date.
  useEffect(() => greetingChanged(), [greetingId, greetingChanged]);

  const asked = bulkPlan(numbers, fields, greetingId);
  const problems = planProblems(fields.setOutIp ? fields.outIp : undefined, asked);
  const ready = asksAnything(fields, greetingId) && Object.keys(problems).length === 0;
  const previews = plan?.previews ?? [];
  const toSend = previews.filter((previewed) => previewed.input && !previewed.problem && previewed.changes.length > 0).length;

  return (
    <Modal
      opened={opened}
      onClose={close}
      closeOnEscape={!running}
      closeOnClickOutside={!running}
      withCloseButton={!running}
      title={t('editCount', { count: numbers.length })}
      size="xl"
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('bulk.about')}
        </Text>
        <Fieldset variant="unstyled" disabled={started || stage === 'previewing'}>
          <Stack gap="sm">
            <Checkbox label={t('bulk.setOutIp')} checked={fields.setOutIp} onChange={(event) => setFields({ setOutIp: event.currentTarget.checked })} />
            {fields.setOutIp && (
              <TextInput
                label={t('form.outIp')}
                description={t('form.outIpHelp')}
                autoComplete="off"
                value={fields.outIp}
                error={problems.outIp}
                onChange={(event) => setFields({ outIp: event.currentTarget.value })}
              />
            )}
            <Checkbox label={t('bulk.setVoicemail')} checked={fields.setVoicemail} onChange={(event) => setFields({ setVoicemail: event.currentTarget.checked })} />
            {fields.setVoicemail && (
              <Group align="flex-start">
                <Switch label={t('form.voicemailOn')} checked={fields.enableVoicemail} onChange={(event) => setFields({ enableVoicemail: event.currentTarget.checked })} mt="xs" />
                {fields.enableVoicemail && (
                  <NumberInput
                    label={t('form.maxHangup')}
                    description={t('bulk.maxHangupHelp')}
                    required
                    allowDecimal={false}
                    allowNegative={false}
                    clampBehavior="none"
                    maw={200}
                    value={fields.voicemailMaxHangup}
                    error={problems.voicemailMaxHangup}
                    onChange={(value) => setFields({ voicemailMaxHangup: value })}
                  />
                )}
              </Group>
            )}
            <GreetingField />
          </Stack>
        </Fieldset>
        {previewError && (
          <Alert color="red" variant="light" role="alert" title={errorWords(previewError).message}>
            {errorWords(previewError).hint ?? t('common:nothingSent')}
          </Alert>
        )}
        {plan && (
          <Stack gap="xs" role="list" aria-label={t('bulk.toEdit')}>
            {previews.map((previewed, index) => (
              <Paper key={previewed.number} withBorder p="xs" role="listitem" aria-label={previewed.number} data-testid={`bulk-${previewed.number}`}>
                <Stack gap={4}>
                  <Text size="sm" ff="monospace" fw={600}>
                    {previewed.number}
                  </Text>
                  {previewed.problem ? (
                    <Text size="sm" c="red">
                      {inWindowLanguage(previewed.problem, previewed.say?.problem)}
                    </Text>
                  ) : (
                    <ChangeLines changes={previewed.changes} label={t('bulk.changesTo', { number: previewed.number })} />
                  )}
                  {receipts[index] && <ReceiptLine receipt={receipts[index]} />}
                </Stack>
              </Paper>
            ))}
          </Stack>
        )}
        <Group justify="flex-end">
          {stage === 'done' ? (
            <Button onClick={close} data-autofocus>
              {t('common:done')}
            </Button>
          ) : running ? (
            <Button color="red" variant="light" onClick={stop} disabled={stopAsked}>
              {stopAsked ? t('bulk.stopping') : t('bulk.stop')}
            </Button>
          ) : (
            <>
              <Button variant="default" onClick={close}>
                {t('common:cancel')}
              </Button>
              <Button variant="default" onClick={() => void preview()} disabled={!ready} loading={stage === 'previewing'}>
                {t('bulk.preview')}
              </Button>
              <SendButton type="button" sending={false} onClick={() => void apply()} disabled={stage !== 'previewed' || toSend === 0}>
                {stage === 'previewed' ? t('bulk.applyTo', { count: toSend }) : t('bulk.apply')}
              </SendButton>
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
