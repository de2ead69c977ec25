import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { AppError } from '../../../../contract/result';
import type { PhoneSummary } from '../../../../contract/schemas/phones';
import { useHoldScreen } from '../../ui/leave-guard';
import { useWaitForAnswer } from '../../ui/wait-for-answer';
import { SendButton } from '../../ui/SendButton';
import { ChangeLines } from '../../ui/ConfirmChanges';
import { PasswordCell } from './PasswordCell';
import { useRevealedPasswords } from '../../ui/revealed-passwords';
import { resetPhonePassword } from './store';

/** A password is never shown as a change, only that it changes. */
const PASSWORD_CHANGE = [{ field: 'SIP password', current: '(set)', next: 'changed' }];

type Step = { is: 'confirm' } | { is: 'sending' } | { is: 'done'; password: string } | { is: 'failed'; error: AppError };

/**
 * Resets one phone's SIP password after the operator confirms what it costs (the phone must be set
 * up again), then shows the new one masked with reveal and copy. The request goes once per
 * confirmation; neither the dialog nor the screen can be left while it is under way, or the only
 * copy of the new password would be lost with them.
 */
interface ResetPasswordDialogProps {
  phone: PhoneSummary;
  /** The profile the phone was listed under: main refuses the reset when another one is active now. */
  profileId: string;
  onClose: () => void;
  onSent: (account: string) => void;
}

export function ResetPasswordDialog({ phone, profileId, onClose, onSent }: ResetPasswordDialogProps) {
  const [step, setStep] = useState<Step>({ is: 'confirm' });
  const { revealed, reveal, hide } = useRevealedPasswords();
  const sending = step.is === 'sending';
  const who = `${phone.phoneName} (${phone.account})`;
  const waiting = useWaitForAnswer(sending);
  useHoldScreen(sending, waiting.ask);

  const reset = async () => {
    setStep({ is: 'sending' });
    const result = await resetPhonePassword(phone.account, profileId);
    // Whatever the answer, a password revealed before is no longer to be trusted.
    onSent(phone.account);
    setStep(result.ok ? { is: 'done', password: result.value } : { is: 'failed', error: result.error });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      closeOnEscape={!sending}
      closeOnClickOutside={!sending}
      withCloseButton={!sending}
      title={step.is === 'done' ? `New SIP password of ${who}` : `Reset the SIP password of ${who}?`}
    >
      {step.is === 'done' ? (
        <Stack>
          <Text size="sm">The old password no longer works. Enter this one in the phone, or provision it again, before it can register and place calls.</Text>
          <PasswordCell
            account={phone.account}
            profileId={profileId}
            label="new password"
            revealed={revealed[phone.account]}
            onReveal={(password) => reveal(phone.account, password)}
            onHide={() => hide(phone.account)}
            read={async () => ({ ok: true, value: step.password })}
          />
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              Done
            </Button>
          </Group>
        </Stack>
      ) : step.is === 'failed' ? (
        <Stack>
          <Alert color="red" variant="light" title={step.error.message} role="alert">
            {step.error.hint ?? 'Refresh the phone list before trying again.'}
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>
              Back to the list
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          {waiting.asked && (
            <Alert color="yellow" variant="light" role="alert">
              The password reset of {who} is being sent to ITNIO and cannot be taken back. Wait for ITNIO&apos;s answer: the new password is shown only here.
            </Alert>
          )}
          <Text size="sm">
            ITNIO gives the phone a new password at once and the current one stops working: the phone drops its registration and cannot place calls until it is set up
            again with the new password.
          </Text>
          <ChangeLines changes={PASSWORD_CHANGE} label={`Changes to ${who}`} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={sending} data-autofocus>
              Cancel
            </Button>
            <SendButton type="button" color="red" onClick={() => void reset()} sending={sending}>
              Reset password
            </SendButton>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
