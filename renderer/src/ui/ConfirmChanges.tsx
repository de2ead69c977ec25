import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldChange } from '../../../contract/field-changes';
import { i18n } from '../i18n';
import { SendButton } from './SendButton';

/** "field: current → new" in the window's language; the contract's `changeLine` is English, for the CLI. */
export function changeWords({ field, current, next }: FieldChange): string {
  const value = (text: string) => text || i18n.t('shell:review.empty');
  return i18n.t('shell:review.line', { field, current: value(current), next: value(next) });
}

/** "field: current → new", one line each; "Nothing would change" for none. */
export function ChangeLines({ changes, label, empty }: { changes: readonly FieldChange[]; label: string; empty?: string }) {
  const { t } = useTranslation('shell');
  if (changes.length === 0) return <Text size="sm">{empty ?? t('review.nothing')}</Text>;
  return (
    <List size="sm" spacing={4} aria-label={label} style={{ overflowWrap: 'anywhere' }}>
      {changes.map((change) => (
        <List.Item key={change.field}>{changeWords(change)}</List.Item>
      ))}
    </List>
  );
}

interface ChangesReviewProps {
  /** The fields as just read from ITNIO → as they would be sent; undefined while being read. */
  changes: readonly FieldChange[] | undefined;
  /** Why it cannot be sent as it stands; sending is then offered no more. */
  problem?: string | undefined;
  sending: boolean;
  onCancel: () => void;
  onSend: () => void;
  sendLabel?: string;
  cancelRef?: Ref<HTMLButtonElement>;
  children?: ReactNode;
}

/**
 * The last look before a write to ITNIO: what it changes against the values just read from ITNIO.
 * Nothing to change, or a problem, leaves nothing to send. Cancel, the choice that sends nothing,
 * is marked to take the focus.
 */
export function ChangesReview({ changes, problem, sending, onCancel, onSend, sendLabel, cancelRef, children }: ChangesReviewProps) {
  const { t } = useTranslation(['shell', 'common']);
  const nothing = changes !== undefined && changes.length === 0;
  return (
    <Stack>
      {changes === undefined ? <Text size="sm">{t('review.reading')}</Text> : <ChangeLines changes={changes} label={t('review.label')} />}
      {problem && (
        <Alert color="red" variant="light" role="alert" title={t('review.problem')}>
          {problem}
        </Alert>
      )}
      {children}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} disabled={sending} data-autofocus ref={cancelRef}>
          {t('common:cancel')}
        </Button>
        <SendButton type="button" sending={sending} onClick={onSend} disabled={changes === undefined || nothing || problem !== undefined}>
          {sendLabel ?? t('review.send')}
        </SendButton>
      </Group>
    </Stack>
  );
}

interface ConfirmChangesProps extends ChangesReviewProps {
  opened: boolean;
  /** What is about to be written, e.g. "Save the settings of 442079460958?". */
  title: string;
}

/** `ChangesReview` as a dialog of its own, for a form that is not in one already. */
export function ConfirmChanges({ opened, title, onCancel, onSend, sending, ...review }: ConfirmChangesProps) {
  // The focus goes back where it was (the form's Save) at once, whichever way the dialog closes:
  // the modal's own return comes later and would move it off a field that the answer puts an error on.
  const [opener, setOpener] = useState<Element | null>(null);
  const [wasOpened, setWasOpened] = useState(opened);
  if (opened !== wasOpened) {
    setWasOpened(opened);
    // Read as the dialog opens, before it takes the focus.
    if (opened) setOpener(document.activeElement);
  }
  const returning =
    (then: () => void) =>
    (): void => {
      if (opener instanceof HTMLElement) opener.focus({ preventScroll: true });
      then();
    };
  return (
    <Modal
      opened={opened}
      onClose={returning(onCancel)}
      returnFocus={false}
      closeOnEscape={!sending}
      closeOnClickOutside={!sending}
      withCloseButton={!sending}
      title={title}
      size="lg"
    >
      <ChangesReview {...review} sending={sending} onCancel={returning(onCancel)} onSend={returning(onSend)} />
    </Modal>
  );
}
