import { Alert, Badge, Button, Checkbox, Fieldset, Group, Modal, NumberInput, Paper, Stack, Switch, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useEffect } from 'react';
import { numberEditIssues, numberEditPlan } from '../../../../contract/schemas/numbers';
import { ChangeLines } from '../../ui/ConfirmChanges';
import { countOf } from '../../ui/format';
import { SendButton } from '../../ui/SendButton';
import { asksAnything, bulkPlan, useBulkEdit, type Receipt } from './bulk-store';
import { GreetingField } from './GreetingField';
import { useNumbers } from './store';

const RECEIPT_COLORS: Record<Receipt['is'], string> = { waiting: 'gray', sending: 'blue', saved: 'teal', refused: 'red', 'not sent': 'yellow' };
const RECEIPT_WORDS: Record<Receipt['is'], string> = { waiting: 'Waiting', sending: 'Sending…', saved: 'Saved', refused: 'Refused', 'not sent': 'Not sent' };

function ReceiptLine({ receipt }: { receipt: Receipt }) {
  // The badge says what became of the number; the words beside it only why, where there is a why.
  const why = receipt.is === 'refused' ? [receipt.error.message, receipt.error.hint].filter(Boolean).join(' ') : receipt.is === 'not sent' ? receipt.why : undefined;
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="receipt">
      <Badge color={RECEIPT_COLORS[receipt.is]} variant="light" miw="max-content">
        {RECEIPT_WORDS[receipt.is]}
      </Badge>
      {why && (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          <VisuallyHidden>: </VisuallyHidden>
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
      if (field === 'outIp' || field === 'voicemailMaxHangup') problems[field] ??= issue.message;
    }
  }
  if (outIp !== undefined) for (const { field, rule } of numberEditIssues({ outIp })) if (field === 'outIp') problems.outIp ??= rule;
  return problems;
}

/**
 * One IP whitelist, one voicemail setting and/or one greeting for every number ticked in the list.
 * Preview shows each number's changes against ITNIO's values now; Apply sends them one at a time,
 * in order, each once; Stop stops before the next; each number gets its receipt.
 */
export function BulkEdit() {
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
      title={`Edit ${countOf(numbers.length, 'number')}`}
      size="xl"
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          What you tick here is given to every number; the rest stays as each number has it. Each number is its own request, sent once, one after another.
        </Text>
        <Fieldset variant="unstyled" disabled={started || stage === 'previewing'}>
          <Stack gap="sm">
            <Checkbox label="Set the outbound IP whitelist" checked={fields.setOutIp} onChange={(event) => setFields({ setOutIp: event.currentTarget.checked })} />
            {fields.setOutIp && (
              <TextInput
                label="Outbound IP whitelist"
                description="IPv4 or IPv6 addresses separated by commas, at most 50 characters"
                autoComplete="off"
                value={fields.outIp}
                error={problems.outIp}
                onChange={(event) => setFields({ outIp: event.currentTarget.value })}
              />
            )}
            <Checkbox label="Set voicemail" checked={fields.setVoicemail} onChange={(event) => setFields({ setVoicemail: event.currentTarget.checked })} />
            {fields.setVoicemail && (
              <Group align="flex-start">
                <Switch label="Voicemail on" checked={fields.enableVoicemail} onChange={(event) => setFields({ enableVoicemail: event.currentTarget.checked })} mt="xs" />
                {fields.enableVoicemail && (
                  <NumberInput
                    label="Max hangup (seconds)"
                    description="1–999"
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
          <Alert color="red" variant="light" role="alert" title={previewError.message}>
            {previewError.hint ?? 'Nothing was sent.'}
          </Alert>
        )}
        {plan && (
          <Stack gap="xs" role="list" aria-label="Numbers to edit">
            {previews.map((previewed, index) => (
              <Paper key={previewed.number} withBorder p="xs" role="listitem" aria-label={previewed.number} data-testid={`bulk-${previewed.number}`}>
                <Stack gap={4}>
                  <Text size="sm" ff="monospace" fw={600}>
                    {previewed.number}
                  </Text>
                  {previewed.problem ? (
                    <Text size="sm" c="red">
                      {previewed.problem}
                    </Text>
                  ) : (
                    <ChangeLines changes={previewed.changes} label={`Changes to ${previewed.number}`} />
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
              Done
            </Button>
          ) : running ? (
            <Button color="red" variant="light" onClick={stop} disabled={stopAsked}>
              {stopAsked ? 'Stopping after this number…' : 'Stop'}
            </Button>
          ) : (
            <>
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button variant="default" onClick={() => void preview()} disabled={!ready} loading={stage === 'previewing'}>
                Preview
              </Button>
              <SendButton type="button" sending={false} onClick={() => void apply()} disabled={stage !== 'previewed' || toSend === 0}>
                {stage === 'previewed' ? `Apply to ${countOf(toSend, 'number')}` : 'Apply'}
              </SendButton>
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
