import { Badge, Button, Group, Menu, Modal, Paper, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../contract/schemas/contacts';
import { useNavigation } from '../../ui/navigation';
import { ReadProblem } from '../../ui/ReadProblem';
import { RowActionsCell, RowActionsHeader } from '../../ui/row-actions';
import { useDialRequests } from '../calls/dial-requests';
import { ContactImportZone } from './ContactImport';
import { byFavouriteThenName, contactMatches } from './contact-search';
import { useContacts } from './contacts-store';

/** Puts a number in the Dialer and goes there: the operator still presses Call. */
export function dialFromContacts(digits: string): void {
  useDialRequests.setState({ pending: `+${digits}` });
  useNavigation.getState().go('dialer');
}

function ContactRow({ contact, onEdit, onRemove }: { contact: Contact; onEdit: () => void; onRemove: () => void }) {
  const { t } = useTranslation('contacts');
  return (
    <Table.Tr data-testid={`contact-${contact.id}`}>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={600}>
            {contact.name}
          </Text>
          {contact.favourite && (
            <Badge size="sm" variant="light" color="yellow" miw="max-content">
              {t('book.favourite')}
            </Badge>
          )}
        </Group>
        {contact.company && (
          <Text size="xs" c="dimmed">
            {contact.company}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          {contact.numbers.map((number) => (
            <Group key={number.digits} gap={6} wrap="nowrap">
              <Button size="compact-xs" variant="light" onClick={() => dialFromContacts(number.digits)} aria-label={t('book.callLabel', { name: contact.name, digits: number.digits })}>
                {t('book.call')}
              </Button>
              <Text size="sm" ff="monospace">
                +{number.digits}
              </Text>
              {number.label && (
                <Text size="xs" c="dimmed">
                  {number.label}
                </Text>
              )}
            </Group>
          ))}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Text size="sm" lineClamp={2}>
          {contact.note}
        </Text>
      </Table.Td>
      <RowActionsCell>
        <Group gap={4} wrap="nowrap">
          <Button size="compact-sm" variant="default" onClick={onEdit} aria-label={t('book.editLabel', { name: contact.name })}>
            {t('book.edit')}
          </Button>
          <Button size="compact-sm" variant="subtle" color="red" onClick={onRemove} aria-label={t('book.removeLabel', { name: contact.name })}>
            {t('book.remove')}
          </Button>
        </Group>
      </RowActionsCell>
    </Table.Tr>
  );
}

/** Removing a contact asks first, with keeping it focused: the address book is every profile's. */
function RemoveContact({ contact, onClose }: { contact: Contact | undefined; onClose: () => void }) {
  const { t } = useTranslation('contacts');
  const remove = useContacts((state) => state.remove);
  return (
    <Modal opened={contact !== undefined} onClose={onClose} title={t('removeContact.title')}>
      {contact && (
        <Stack>
          <Text size="sm">
            {t('removeContact.body', { name: contact.name, count: contact.numbers.length })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>
              {t('removeContact.keep')}
            </Button>
            <Button color="red" onClick={() => void remove(contact.id).finally(onClose)}>
              {t('removeContact.remove', { name: contact.name })}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

/** The address book of this computer: find, add, edit, call; import and export CSV and vCard. */
export function ContactsScreen() {
  const { t } = useTranslation(['contacts', 'common']);
  const { contacts, loading, loadError, load, exportAs, edit } = useContacts();
  const [removing, setRemoving] = useState<Contact>();
  const [search, setSearch] = useState('');
  useEffect(() => void load(), [load]);
  const shown = useMemo(() => (contacts ?? []).filter((contact) => contactMatches(contact, search)).sort(byFavouriteThenName), [contacts, search]);

  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="contacts-heading">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4" id="contacts-heading">
            {t('book.heading')}
          </Title>
          <Group gap="xs">
            <Button onClick={() => edit({})}>{t('book.newContact')}</Button>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default" disabled={!contacts?.length}>
                  {t('book.export')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => void exportAs('csv')}>{t('book.asCsv')}</Menu.Item>
                <Menu.Item onClick={() => void exportAs('vcard')}>{t('book.asVcard')}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
        <ContactImportZone />
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-label={t('book.label')}>
        <TextInput
          label={t('book.find')}
          description={contacts?.length ? t('book.shown', { count: shown.length, total: contacts.length }) : loading ? t('book.reading') : undefined}
          placeholder={t('book.findPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          mb="sm"
          maw={420}
        />
        <ReadProblem problem={loadError} readAt={undefined} what={t('book.what')} />
        {contacts && contacts.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('book.empty')}
          </Text>
        )}
        {shown.length > 0 && (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs" aria-label={t('book.table')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('book.name')}</Table.Th>
                  <Table.Th>{t('book.numbers')}</Table.Th>
                  <Table.Th>{t('book.note')}</Table.Th>
                  <RowActionsHeader>
                    <VisuallyHidden>{t('common:actions')}</VisuallyHidden>
                  </RowActionsHeader>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((contact) => (
                  <ContactRow key={contact.id} contact={contact} onEdit={() => edit({ contact })} onRemove={() => setRemoving(contact)} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <RemoveContact contact={removing} onClose={() => setRemoving(undefined)} />
    </Stack>
  );
}
