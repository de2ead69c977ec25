import { Button, Group, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../contract/result';
import { showError, showSuccess } from '../../ui/toasts';
import { clearsInSeconds, copyPhonePassword, phonePassword } from './store';

interface PasswordCellProps {
  account: string;
  /** The profile the phone was listed under: main copies nothing when another one is active now. */
  profileId: string;
  revealed: string | undefined;
  onReveal: (password: string) => void;
  onHide: () => void;
  /** Where a revealed password comes from; by default main's phone directory, one phone at a time. */
  read?: (account: string) => Promise<Result<string>>;
  /** What the buttons call it, e.g. "new password"; "password" by default. */
  label?: string;
}

/**
 * A phone's SIP password: masked, fetched from main one phone at a time when the operator asks to
 * see it, and masked again by the part of the screen that keeps it (useRevealedPasswords). A copy
 * is made by main, which takes it off the clipboard again.
 */
export function PasswordCell({ account, profileId, revealed, onReveal, onHide, read = phonePassword, label }: PasswordCellProps) {
  const { t } = useTranslation('phones');
  const what = label ?? t('password.password');
  const [busy, setBusy] = useState<'reveal' | 'copy'>();

  const reveal = async () => {
    setBusy('reveal');
    const password = await read(account);
    setBusy(undefined);
    if (password.ok) onReveal(password.value);
    else showError(password.error);
  };

  const copy = async () => {
    setBusy('copy');
    const copied = await copyPhonePassword(account, profileId);
    setBusy(undefined);
    if (copied.ok) showSuccess(t('password.copied', { what, account }), t('password.clearedIn', { seconds: clearsInSeconds(copied.value) }));
    else showError(copied.error);
  };

  return (
    <Group gap={4} wrap="nowrap">
      <Text ff="monospace" size="sm" w="13ch">
        {revealed ?? (
          <>
            <span aria-hidden="true">••••••••</span>
            <VisuallyHidden>{t('password.hidden')}</VisuallyHidden>
          </>
        )}
      </Text>
      <Button
        size="compact-sm"
        variant="subtle"
        // As wide for Hide as for Reveal, so Copy does not move under the pointer.
        miw="7ch"
        loading={busy === 'reveal'}
        aria-label={t(revealed === undefined ? 'password.revealLabel' : 'password.hideLabel', { what, account })}
        onClick={revealed === undefined ? () => void reveal() : onHide}
      >
        {revealed === undefined ? t('password.reveal') : t('password.hide')}
      </Button>
      <Button size="compact-sm" variant="subtle" loading={busy === 'copy'} aria-label={t('password.copyLabel', { what, account })} onClick={() => void copy()}>
        {t('password.copy')}
      </Button>
    </Group>
  );
}
