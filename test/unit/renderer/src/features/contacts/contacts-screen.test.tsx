import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveContactInput, type Contact } from '../../../../../../contract/schemas/contacts';
import type { HistoryEntry } from '../../../../../../contract/schemas/call-history';
import { App } from '../../../../../../renderer/src/app/App';
import { ContactModal } from '../../../../../../renderer/src/features/contacts/ContactForm';
import { ContactsScreen } from '../../../../../../renderer/src/features/contacts/ContactsScreen';
import { calleeSuggestions } from '../../../../../../renderer/src/features/calls/CalleeSuggestions';
import { useDialRequests } from '../../../../../../renderer/src/features/calls/dial-requests';
import { useNavigation } from '../../../../../../renderer/src/ui/navigation';
import { historyEntry, historyListOf } from '../../../../../support/fixtures/history';
import { DIALER_PHONES, installBridge, shellAnswers } from '../../../fake-bridge';

const ADA: Contact = {
  id: 'c-ada',
  name: 'Ada Lovelace',
  company: 'Analytical Engines',
  numbers: [
    { label: 'mobile', digits: '447700900123', country: 'GB' },
    { label: 'work', digits: '442079460958', country: 'GB' },
  ],
  note: 'Prefers mornings',
  favourite: true,
  updatedAt: '2026-11-30T09:00:00.000Z',
};
const GRACE: Contact = { id: 'c-grace', name: 'Grace Hopper', company: 'Navy', numbers: [{ label: '', digits: '12025550143', country: 'US' }], note: '', favourite: false, updatedAt: '2026-11-30T09:00:00.000Z' };

/** main's address book as the screen sees it: saves parsed with the contract schema, as the router does. */
function contactsBridge(initial: Contact[] = [ADA, GRACE], history: HistoryEntry[] = []) {
  const contacts = [...initial];
  return installBridge({
    ...shellAnswers(),
    'phones.list': () => ({ ok: true, value: DIALER_PHONES }),
    'calls.history': () => ({ ok: true, value: historyListOf(history, history) }),
    'contacts.list': () => ({ ok: true, value: { contacts: [...contacts] } }),
    'contacts.save': (input) => {
      const parsed = saveContactInput.safeParse(input);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const field = issue.path.join('.');
        return { ok: false, error: { kind: 'invalid-input', field, rule: issue.message, message: `${field}: ${issue.message}` } };
      }
      const saved: Contact = { id: `c-${contacts.length + 1}`, updatedAt: '2026-12-01T10:00:00.000Z', ...parsed.data, company: parsed.data.company, note: parsed.data.note };
      contacts.push(saved);
      return { ok: true, value: saved };
    },
    'contacts.import': () => ({
      ok: true,
      value: { chosen: true, fileName: 'google.csv', format: 'google-csv', imported: 1, merged: 0, refused: 1, rows: [{ line: 2, name: 'Alan Turing', result: 'imported' }, { line: 3, name: 'Nobody', result: 'refused', reason: 'Phone 1 - Value: is required' }] },
    }),
    'contacts.export': () => ({ ok: true, value: { saved: true, path: '/home/op/contacts.vcf', count: contacts.length } }),
  });
}

const renderScreen = () =>
  render(
    <MantineProvider>
      <ContactsScreen />
      <ContactModal />
    </MantineProvider>,
  );

describe('the Contacts screen', () => {
  beforeEach(() => useNavigation.setState({ screen: 'contacts' }));

  it('finds a contact by part of a name, a company or digits, favourites first', async () => {
    contactsBridge();
    renderScreen();
    const table = await screen.findByRole('table', { name: 'Contacts' });
    expect(within(table).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual([expect.stringContaining('Ada Lovelace'), expect.stringContaining('Grace Hopper')]);
    await userEvent.type(screen.getByLabelText('Find a contact'), 'hop');
    expect(within(table).queryByText('Ada Lovelace')).toBeNull();
    await userEvent.clear(screen.getByLabelText('Find a contact'));
    await userEvent.type(screen.getByLabelText('Find a contact'), '7946 09');
    expect(within(table).getByText('Ada Lovelace')).toBeTruthy();
    expect(within(table).queryByText('Grace Hopper')).toBeNull();
  });

  it('puts a contact’s number in the Dialer without dialling it', async () => {
    const calls = contactsBridge();
    renderScreen();
    await userEvent.click(await screen.findByRole('button', { name: 'Call Ada Lovelace on +442079460958' }));
    expect(useDialRequests.getState().pending).toBe('+442079460958');
    expect(useNavigation.getState().screen).toBe('dialer');
    expect(calls.some((call) => call.method === 'calls.place')).toBe(false);
  });

  it('adds a contact, refusing an unreadable number under its field', async () => {
    const calls = contactsBridge([]);
    renderScreen();
    await userEvent.click(await screen.findByRole('button', { name: 'New contact' }));
    const dialog = await screen.findByRole('dialog', { name: 'New contact' });
    await userEvent.type(within(dialog).getByLabelText(/^Name/), 'Alan Turing');
    await userEvent.type(within(dialog).getByLabelText(/^Number 1/), '12ab');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save contact' }));
    expect(within(dialog).getByText('may contain only digits, spaces and + - . ( ) /')).toBeTruthy();
    expect(calls.some((call) => call.method === 'contacts.save')).toBe(false);
    await userEvent.clear(within(dialog).getByLabelText(/^Number 1/));
    await userEvent.type(within(dialog).getByLabelText(/^Number 1/), '+44 20 7946 0000');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save contact' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.find((call) => call.method === 'contacts.save')?.input).toMatchObject({ name: 'Alan Turing', numbers: [{ number: '+44 20 7946 0000' }] });
    expect(await screen.findByText('+442079460000')).toBeTruthy();
  });

  it('shows each row of an import: imported, or refused and why', async () => {
    contactsBridge();
    renderScreen();
    await userEvent.click(await screen.findByRole('button', { name: 'Import from file…' }));
    const report = await screen.findByTestId('contact-import-report');
    expect(within(report).getByRole('heading').textContent).toBe('google.csv (Google Contacts CSV)');
    expect(within(report).getByRole('status').textContent).toBe('1 contact imported, 0 merged, 1 refused.');
    expect(within(report).getByText('Phone 1 - Value: is required')).toBeTruthy();
  });
});

describe('the Dialer’s type-ahead', () => {
  const recent = [historyEntry('e1', '2026-11-30T09:00:00.000Z', { callee: '33142685300', account: '80010001' }), historyEntry('e2', '2026-11-30T08:00:00.000Z', { callee: '447700900123', account: '80010001' })];

  it('offers favourites, then contacts, then recent callees, by name, company or digits, each number once', () => {
    expect(calleeSuggestions('', [ADA, GRACE], recent)).toEqual([]);
    expect(calleeSuggestions('gra', [ADA, GRACE], recent).map((s) => [s.group, s.title, s.digits])).toEqual([['Contacts', 'Grace Hopper', '12025550143']]);
    expect(calleeSuggestions('engines', [ADA, GRACE], recent).map((s) => s.digits)).toEqual(['447700900123', '442079460958']);
    // The recent call to Ada's mobile is offered once, as her favourite number.
    expect(calleeSuggestions('00', [ADA, GRACE], recent).map((s) => [s.group, s.digits])).toEqual([
      ['Favourites', '447700900123'],
      ['Favourites', '442079460958'],
      ['Recent calls', '33142685300'],
    ]);
  });

  it('fills the number from a contact found by typing part of the name, and names who it is', async () => {
    contactsBridge([ADA, GRACE]);
    render(<App />);
    const number = await screen.findByLabelText(/Number to call/);
    await userEvent.type(number, 'grace');
    expect(number.getAttribute('aria-controls')).toBeTruthy();
    // happy-dom lays nothing out, so Mantine reads every dropdown as off screen: hidden to queries.
    await userEvent.click(await screen.findByRole('option', { name: 'Grace Hopper, +12025550143', hidden: true }));
    expect((number as HTMLInputElement).value).toBe('+12025550143');
    expect((await screen.findByTestId('callee-contact')).textContent).toBe('Grace Hopper');
    // The list closed: the field no longer points at it.
    expect(number.getAttribute('aria-controls')).toBeNull();
  });
});

describe('removing a contact', () => {
  it('asks first with keeping it focused, and removes it only once confirmed', async () => {
    const removed: unknown[] = [];
    installBridge({
      ...shellAnswers(),
      'contacts.list': () => ({ ok: true, value: { contacts: removed.length ? [ADA] : [ADA, GRACE] } }),
      'contacts.remove': (input) => {
        removed.push(input);
        return { ok: true, value: { removed: true } };
      },
    });
    renderScreen();
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Grace Hopper' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove the contact?' });
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep the contact' })));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(removed).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Remove Grace Hopper' }));
    await userEvent.click(within(await screen.findByRole('dialog', { name: 'Remove the contact?' })).getByRole('button', { name: 'Remove Grace Hopper' }));
    await waitFor(() => expect(removed).toEqual([{ id: 'c-grace' }]));
    await waitFor(() => expect(screen.queryByText('Grace Hopper')).toBeNull());
  });
});
