import { Button, Group, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import type { Result } from '../../../../contract/result';
import { showError, showSuccess } from '../../ui/toasts';
import { phonePassword } from './store';

interface PasswordCellProps {
  account: string;
  revealed: string | undefined;
  onReveal: (password: string) => void;
  onHide: () => void;
  /** Where the password comes from; by default main's phone directory, one phone at a time. */
  read?: (account: string) => Promise<Result<string>>;
  /** What the buttons call it, e.g. "new password"; "password" by default. */
  label?: string;
}

/**
 * A phone's SIP password: masked, fetched from main one phone at a time when the operator asks to
 * see or copy it. A revealed password lives in the list's state only until it is hidden, the list
 * is refreshed or the screen is left.
 */
export function PasswordCell({ account, revealed, onReveal, onHide, read = phonePassword, label = 'password' }: PasswordCellProps) {
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
    const password = revealed === undefined ? await read(account) : { ok: true as const, value: revealed };
    setBusy(undefined);
    if (!password.ok) return showError(password.error);
    try {
      await navigator.clipboard.writeText(password.value);
      showSuccess('Password copied', `The SIP password of ${account} is on the clipboard.`);
    } catch {
      showError({ kind: 'internal', message: `The password of ${account} could not be copied.`, hint: 'Reveal it and copy it by hand.' });
    }
  };

  return (
    <Group gap={4} wrap="nowrap">
      <Text ff="monospace" size="sm" w="13ch">
        {revealed ?? (
          <>
            <span aria-hidden="true">••••••••</span>
            <VisuallyHidden>hidden</VisuallyHidden>
          </>
        )}
      </Text>
      <Button
        size="compact-sm"
        variant="subtle"
        // As wide for Hide as for Reveal, so Copy does not move under the pointer.
        miw="7ch"
        loading={busy === 'reveal'}
        aria-label={`${revealed === undefined ? 'Reveal' : 'Hide'} ${label} of ${account}`}
        onClick={revealed === undefined ? () => void reveal() : onHide}
      >
        {revealed === undefined ? 'Reveal' : 'Hide'}
      </Button>
      <Button size="compact-sm" variant="subtle" loading={busy === 'copy'} aria-label={`Copy ${label} of ${account}`} onClick={() => void copy()}>
        Copy
      </Button>
    </Group>
  );
}
