import { Button, Checkbox, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CALLEE_DIGITS } from '../../../../contract/schemas/callee';
import { CONTACT_LIMITS, saveContactInput } from '../../../../contract/schemas/contacts';
import { focusFirstError, putOnField, schemaRules } from '../../ui/field-errors';
import { PhoneNumberPreview } from '../../ui/PhoneNumberPreview';
import { showError, showSuccess } from '../../ui/toasts';
import { useDialer } from '../calls/store';
import { useContacts, type ContactDraft } from './contacts-store';

interface ContactValues {
  name: string;
  company: string;
  numbers: { label: string; number: string }[];
  note: string;
  favourite: boolean;
  defaultCountry: string;
}

const resolveContact = schemaRules<ContactValues>(saveContactInput);


function initialValues(draft: ContactDraft): ContactValues {
  const defaultCountry = useDialer.getState().homeCountry;
  if ('contact' in draft) {
    const { contact } = draft;
    return {
      name: contact.name,
      company: contact.company,
      numbers: contact.numbers.map((number) => ({ label: number.label, number: `+${number.digits}` })),
      note: contact.note,
      favourite: contact.favourite,
      defaultCountry,
    };
  }
  return { name: draft.name ?? '', company: '', numbers: [{ label: '', number: draft.number ?? '' }], note: '', favourite: false, defaultCountry };
}

function ContactFields({ draft, onDone }: { draft: ContactDraft; onDone: () => void }) {
  const { t } = useTranslation(['contacts', 'common']);
  const save = useContacts((state) => state.save);
  const editing = 'contact' in draft ? draft.contact : undefined;
  const form = useForm<ContactValues>({ mode: 'controlled', initialValues: initialValues(draft), validate: (values) => resolveContact(values), validateInputOnBlur: true });

  const submit = form.onSubmit(async (values) => {
    const answer = await save({ ...values, ...(editing ? { id: editing.id } : {}) });
    if (!answer.ok) {
      if (!putOnField(form, answer.error, { focus: true })) showError(answer.error);
      return;
    }
    showSuccess(t(editing ? 'form.saved' : 'form.added', { name: answer.value.name }));
    onDone();
  }, (errors) => focusFirstError(form, errors));

  return (
    <form onSubmit={submit} noValidate aria-label={editing ? t('form.edit', { name: editing.name }) : t('form.newContact')}>
      <Stack gap="sm">
        <TextInput label={t('form.name')} required data-autofocus maxLength={CONTACT_LIMITS.name} {...form.getInputProps('name')} />
        <TextInput label={t('form.company')} maxLength={CONTACT_LIMITS.company} {...form.getInputProps('company')} />
        {form.values.numbers.map((entry, index) => (
          <Stack key={index} gap={4}>
            <Group align="flex-start" gap="xs" wrap="nowrap">
              <TextInput w={120} label={t('form.label', { n: index + 1 })} placeholder={t('form.labelPlaceholder')} {...form.getInputProps(`numbers.${index}.label`)} />
              <TextInput style={{ flex: 1 }} label={t('form.number', { n: index + 1 })} inputMode="tel" autoComplete="off" required {...form.getInputProps(`numbers.${index}.number`)} />
              {form.values.numbers.length > 1 && (
                <Button mt={24} variant="subtle" color="red" onClick={() => form.removeListItem('numbers', index)} aria-label={t('form.removeNumber', { n: index + 1 })}>
                  {t('form.remove')}
                </Button>
              )}
            </Group>
            <PhoneNumberPreview written={entry.number} rule={CALLEE_DIGITS} defaultCountry={form.values.defaultCountry} verb={t('form.previewVerb')} refused={t('form.previewRefused')} testId={`contact-number-preview-${index}`} />
          </Stack>
        ))}
        {form.values.numbers.length < CONTACT_LIMITS.numbers && (
          <Button variant="default" size="xs" onClick={() => form.insertListItem('numbers', { label: '', number: '' })} style={{ alignSelf: 'flex-start' }}>
            {t('form.addNumber')}
          </Button>
        )}
        <Textarea label={t('form.note')} rows={3} maxLength={CONTACT_LIMITS.note} {...form.getInputProps('note')} />
        <Checkbox label={t('form.favourite')} {...form.getInputProps('favourite', { type: 'checkbox' })} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:cancel')}
          </Button>
          <Button type="submit">{t('form.submit')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The contact form in a dialog: a new contact, an edit, or "Add to contacts" from a number shown
 * on any screen. One for the window, opened through the store (`useContacts.getState().edit`).
 */
export function ContactModal() {
  const draft = useContacts((state) => state.draft);
  const { t } = useTranslation('contacts');
  const onClose = useContacts((state) => state.closeDraft);
  const title = draft && 'contact' in draft ? t('form.edit', { name: draft.contact.name }) : t('form.newContact');
  return (
    <Modal opened={draft !== undefined} onClose={onClose} title={title} size="lg">
      {draft && <ContactFields draft={draft} onDone={onClose} />}
    </Modal>
  );
}
