import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../contract/result';
import type { PhoneSummary } from '../../../../contract/schemas/phones';
import { useHoldScreen } from '../../ui/leave-guard';
import { useWaitForAnswer } from '../../ui/wait-for-answer';
import { SendButton } from '../../ui/SendButton';
import { ChangeLines } from '../../ui/ConfirmChanges';
import { PasswordCell } from './PasswordCell';
import { useRevealedPasswords } from '../../ui/revealed-passwords';
import { resetPhonePassword } from './store';
import { errorWords } from '../../i18n/said';

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
  const { t } = useTranslation(['phones', 'common']);
  const [step, setStep] = useState<Step>({ is: 'confirm' });
  const { revealed, reveal, hide } = useRevealedPasswords();
  const sending = step.is === 'sending';
  const who = { name: phone.phoneName, account: phone.account };
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
      title={step.is === 'done' ? t('reset.doneTitle', who) : t('reset.title', who)}
    >
      {step.is === 'done' ? (
        <Stack>
          <Text size="sm">{t('reset.done')}</Text>
          <PasswordCell
            account={phone.account}
            profileId={profileId}
            label={t('reset.newPassword')}
            revealed={revealed[phone.account]}
            onReveal={(password) => reveal(phone.account, password)}
            onHide={() => hide(phone.account)}
            read={async () => ({ ok: true, value: step.password })}
          />
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              {t('common:done')}
            </Button>
          </Group>
        </Stack>
      ) : step.is === 'failed' ? (
        <Stack>
          <Alert color="red" variant="light" title={errorWords(step.error).message} role="alert">
            {errorWords(step.error).hint ?? t('reset.failedHint')}
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>
              {t('reset.back')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          {waiting.asked && (
            <Alert color="yellow" variant="light" role="alert">
              {t('reset.waiting', who)}
            </Alert>
          )}
          <Text size="sm">{t('reset.about')}</Text>
          <ChangeLines changes={[{ field: t('reset.change.field'), current: t('reset.change.current'), next: t('reset.change.next') }]} label={t('reset.changesLabel', who)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={sending} data-autofocus>
              {t('common:cancel')}
            </Button>
            <SendButton type="button" color="red" onClick={() => void reset()} sending={sending}>
              {t('reset.submit')}
            </SendButton>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
