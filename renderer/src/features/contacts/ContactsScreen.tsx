import { Badge, Button, Group, Menu, Modal, Paper, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import type { Contact } from '../../../../contract/schemas/contacts';
import { countOf } from '../../ui/format';
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
  return (
    <Table.Tr data-testid={`contact-${contact.id}`}>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={600}>
            {contact.name}
          </Text>
          {contact.favourite && (
            <Badge size="sm" variant="light" color="yellow" miw="max-content">
              Favourite
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
              <Button size="compact-xs" variant="light" onClick={() => dialFromContacts(number.digits)} aria-label={`Call ${contact.name} on +${number.digits}`}>
                Call
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
          <Button size="compact-sm" variant="default" onClick={onEdit} aria-label={`Edit ${contact.name}`}>
            Edit
          </Button>
          <Button size="compact-sm" variant="subtle" color="red" onClick={onRemove} aria-label={`Remove ${contact.name}`}>
            Remove
          </Button>
        </Group>
      </RowActionsCell>
    </Table.Tr>
  );
}

/** Removing a contact asks first, with keeping it focused: the address book is every profile's. */
function RemoveContact({ contact, onClose }: { contact: Contact | undefined; onClose: () => void }) {
  const remove = useContacts((state) => state.remove);
  return (
    <Modal opened={contact !== undefined} onClose={onClose} title="Remove the contact?">
      {contact && (
        <Stack>
          <Text size="sm">
            {contact.name} and {countOf(contact.numbers.length, 'number')} are removed from the address book of this computer, for every profile. Calls to them stay in the call history.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>
              Keep the contact
            </Button>
            <Button color="red" onClick={() => void remove(contact.id).finally(onClose)}>
              Remove {contact.name}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

/** The address book of this computer: find, add, edit, call; import and export CSV and vCard. */
export function ContactsScreen() {
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
            Address book of this computer
          </Title>
          <Group gap="xs">
            <Button onClick={() => edit({})}>New contact</Button>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default" disabled={!contacts?.length}>
                  Export…
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => void exportAs('csv')}>As CSV</Menu.Item>
                <Menu.Item onClick={() => void exportAs('vcard')}>As vCard</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
        <ContactImportZone />
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-label="Address book">
        <TextInput
          label="Find a contact"
          description={contacts?.length ? `${countOf(shown.length, 'contact')} of ${contacts.length}` : loading ? 'Reading the address book…' : undefined}
          placeholder="Name, company or digits"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          mb="sm"
          maw={420}
        />
        <ReadProblem problem={loadError} readAt={undefined} what="address book" />
        {contacts && contacts.length === 0 && (
          <Text size="sm" c="dimmed">
            No contacts yet: add one, or import a file from Google Contacts, Outlook or a phone (vCard).
          </Text>
        )}
        {shown.length > 0 && (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs" aria-label="Contacts">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Numbers</Table.Th>
                  <Table.Th>Note</Table.Th>
                  <RowActionsHeader>
                    <VisuallyHidden>Actions</VisuallyHidden>
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
