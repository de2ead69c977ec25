import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../../../../contract/result';
import { disposeEntryInput, type CallList, type CallListEntry } from '../../../../../../contract/schemas/contacts';
import { App } from '../../../../../../renderer/src/app/App';
import { useNavigation } from '../../../../../../renderer/src/app/navigation';
import { i18n } from '../../../../../../renderer/src/i18n';
import { useDialer } from '../../../../../../renderer/src/features/calls/store';
import { recheckAccount } from '../../../../../../renderer/src/ui/account-scope';
import { DIALER_PHONES, FIRST_RUN_PROFILES, installBridge, shellAnswers } from '../../../fake-bridge';

beforeEach(() => {
  // Toasts live in a store of their own, which would carry one test's over into the next.
  notifications.clean();
  localStorage.clear();
  useDialer.setState({ homeCountry: '' });
  useNavigation.setState({ screen: 'lists' });
});

const SANDBOX = { ...FIRST_RUN_PROFILES.profiles[0]!, defaultAccount: '80010004' };
const WORK = { id: 'work', name: 'Work', baseUrl: 'https://api.itniotech.com', appId: 'app-2', apiKeyMasked: 'bDq…q9', sandbox: false };

const entry = (id: string, line: number, digits: string, name: string, note = ''): CallListEntry => ({ id, line, digits, name, note, calls: [], skipped: false });

/** The list main makes of `leads.csv`: three numbers read, one row refused. */
const LEADS: CallList = {
  id: 'list-1',
  profileId: 'sandbox',
  name: 'Leads July',
  importedAt: '2025-07-01T09:00:00.000Z',
  entries: [entry('e1', 2, '442079460958', 'Ada Lovelace', 'Prefers mornings'), entry('e2', 3, '12025550143', 'Grace Hopper'), entry('e3', 5, '447700900123', 'Alan Turing')],
};
const REFUSED_ROW = {
  line: 4,
  name: 'Bad Row',
  result: 'refused' as const,
  reason: 'number: must be 7–15 digits, country code first (this has 3)',
  say: { reason: { key: 'rules.onField', values: { field: 'number', rule: { key: 'rules.rule.digitsCountryCodeFirst', values: { min: '7', max: '15', length: '3' } } } } } as const,
};

type Answer = (input: unknown) => Result<unknown>;

/**
 * A main holding each profile's call lists: it imports `leads.csv` when its dialog is asked,
 * places calls with new recording ids (refusing a repeat as main does when `repeatGuard`), and
 * records what each entry became. `activateElsewhere` makes another profile active, as the CLI does.
 */
function listsBridge(options: { repeatGuard?: boolean } = {}) {
  let active = 'sandbox';
  const lists: Record<string, CallList[]> = { sandbox: [], work: [{ ...LEADS, id: 'list-9', profileId: 'work', name: 'Work list' }] };
  let placed = 0;
  const summary = (list: CallList) => ({ id: list.id, name: list.name, importedAt: list.importedAt, total: list.entries.length, done: list.entries.filter((listed) => listed.disposition).length });
  const index = () => ({ profileId: active, lists: lists[active]!.map(summary) });
  const find = (input: unknown) => lists[active]!.find((list) => list.id === (input as { listId: string }).listId)!;
  const change = (input: unknown, update: (listed: CallListEntry) => CallListEntry): Result<unknown> => {
    const list = find(input);
    const entryId = (input as { entryId: string }).entryId;
    list.entries = list.entries.map((listed) => (listed.id === entryId ? update(listed) : listed));
    return { ok: true, value: structuredClone(list) };
  };
  const calls = installBridge({
    ...shellAnswers(),
    'profiles.list': () => ({ ok: true, value: { activeId: active, profiles: [SANDBOX, WORK] } }),
    'phones.list': () => ({ ok: true, value: { ...DIALER_PHONES, profileId: active } }),
    'contacts.callLists': () => ({ ok: true, value: index() }),
    'contacts.callList': (input) => ({ ok: true, value: structuredClone(find(input)) }),
    'contacts.importCallList': () => {
      lists[active]!.push(structuredClone({ ...LEADS, profileId: active }));
      return { ok: true, value: { chosen: true, list: structuredClone(LEADS), rows: [{ line: 2, name: 'Ada Lovelace', result: 'imported' }, { line: 3, name: 'Grace Hopper', result: 'imported' }, REFUSED_ROW, { line: 5, name: 'Alan Turing', result: 'imported' }], imported: 3, refused: 1 } };
    },
    'calls.place': (input) => {
      const { callee, account, confirmRepeat } = input as { callee: string; account: string; confirmRepeat?: boolean };
      const digits = callee.replace(/\D/g, '');
      if (options.repeatGuard && placed > 0 && !confirmRepeat) {
        return { ok: false, error: { kind: 'invalid-input', field: 'confirmRepeat', message: `You called ${digits} from phone ${account} 2 s ago. Nothing was sent, so they are not rung twice.` } };
      }
      placed += 1;
      return { ok: true, value: { recordingId: `rec-${placed}`, callee: digits, account, at: '2025-07-01T10:05:00.000Z' } };
    },
    'contacts.entryCalled': (input) => change(input, (listed) => ({ ...listed, calls: [...listed.calls, (input as { recordingId: string }).recordingId] })),
    'contacts.disposeEntry': (input) => {
      // Main's own parse: a call-back without its time is refused there too.
      const parsed = disposeEntryInput.safeParse(input);
      if (!parsed.success) return { ok: false, error: { kind: 'invalid-input', field: String(parsed.error.issues[0]!.path[0]), message: parsed.error.issues[0]!.message } };
      const { kind, note, callBackAt } = parsed.data;
      return change(input, (listed) => ({ ...listed, disposition: { kind, note, ...(callBackAt ? { callBackAt } : {}), at: '2025-07-01T10:06:00.000Z' } }));
    },
    'contacts.skipEntry': (input) => change(input, (listed) => ({ ...listed, skipped: true })),
    'contacts.exportCallList': () => ({ ok: true, value: { saved: true, path: '/home/op/Leads July.csv', count: 3 } }),
    'contacts.removeCallList': (input) => {
      lists[active] = lists[active]!.filter((list) => list.id !== (input as { listId: string }).listId);
      return { ok: true, value: index() };
    },
  } satisfies Partial<Record<string, Answer>>);
  const of = (method: string) => calls.filter((call) => call.method === method).map((call) => call.input);
  return { of, lists, activateElsewhere: (id: string) => (active = id) };
}

const currentNumber = () => screen.getByTestId('call-list-entry-number').textContent;

/** Imports leads.csv through main's dialog and opens the list it made. */
async function importAndOpen(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Choose CSV file…' }));
  await user.click(await screen.findByRole('button', { name: 'Open Leads July' }));
  await waitFor(() => expect(currentNumber()).toBe('+44 20 7946 0958'));
}

async function chooseDisposition(user: ReturnType<typeof userEvent.setup>, label: string) {
  await user.click(within(screen.getByRole('radiogroup', { name: /What came of the call/ })).getByRole('radio', { name: label }));
}

describe('Call lists', { timeout: 20_000 }, () => {
  it('imports a file chosen in main’s dialog and shows what became of each row', async () => {
    const { of } = listsBridge();
    const user = userEvent.setup({ delay: null });
    render(<App />);
    expect(await screen.findByText('This profile has no call lists yet. Import a CSV of numbers below.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Choose CSV file…' }));

    // Without a file the import asks main to open its own dialog.
    expect(of('contacts.importCallList')).toEqual([{}]);
    const report = await screen.findByTestId('call-list-import-report');
    expect(within(report).getByRole('status').textContent).toBe('3 entries imported, 1 refused.');
    const refused = within(report).getByText('Bad Row').closest('tr')!;
    expect(refused.textContent).toContain('Refused');
    expect(refused.textContent).toContain(REFUSED_ROW.reason);
    const listed = await screen.findByTestId('call-list-list-1');
    expect(listed.textContent).toContain('Leads July');
    expect(listed.textContent).toContain('0 / 3');

    // The reason is said from main's keys in the window's language; the column keeps the file's own name.
    await act(() => i18n.changeLanguage('zh-CN'));
    await waitFor(() => expect(within(report).getByText('Bad Row').closest('tr')!.textContent).toContain('number：必须是 7–15 位数字，国家代码在前（当前为 3 位）'));
  });

  it('sends a dropped file’s bytes with the list name given', async () => {
    const { of } = listsBridge();
    render(<App />);
    const zone = await screen.findByRole('group', { name: 'Call list drop zone' });
    fireEvent.change(screen.getByRole('textbox', { name: /List name/ }), { target: { value: 'Monday leads' } });
    const file = new File(['number,name\n+442079460958,Ada\n'], 'leads.csv', { type: 'text/csv' });
    const dataTransfer = { files: [file], items: [{ kind: 'file', type: file.type, getAsFile: () => file }], types: ['Files'] };
    await act(async () => {
      fireEvent.dragEnter(zone, { dataTransfer });
      fireEvent.drop(zone, { dataTransfer });
    });

    await waitFor(() => expect(of('contacts.importCallList')).toHaveLength(1));
    const [sent] = of('contacts.importCallList') as { file: { name: string; bytes: Uint8Array }; name: string }[];
    expect(sent!.name).toBe('Monday leads');
    expect(sent!.file.name).toBe('leads.csv');
    expect(new TextDecoder().decode(sent!.file.bytes)).toBe('number,name\n+442079460958,Ada\n');
  });

  it('works three entries: call notes the recording id, a saved disposition shows the next entry undialled, skip moves on', async () => {
    const { of } = listsBridge();
    const user = userEvent.setup({ delay: null });
    render(<App />);
    await importAndOpen(user);
    const current = screen.getByTestId('call-list-current-entry');
    expect(within(current).getByTestId('call-list-entry-name').textContent).toBe('Ada Lovelace');
    expect(within(current).getByTestId('call-list-entry-note').textContent).toBe('Prefers mornings');
    // The profile's default phone, from the phones the Dialer offers.
    await waitFor(() => expect((screen.getByRole('combobox', { name: /Phone that rings first/ }) as HTMLInputElement).value).toBe('80010004 · support-1 (Support Team)'));

    await user.click(screen.getByRole('button', { name: 'Call +44 20 7946 0958' }));
    expect((await screen.findByTestId('place-result')).textContent).toContain('Call placed');
    // Placed the Dialer's way, with the profile the phone was picked under.
    expect(of('calls.place')).toEqual([{ callee: '+442079460958', account: '80010004', profileId: 'sandbox' }]);
    await waitFor(() => expect(of('contacts.entryCalled')).toEqual([{ listId: 'list-1', entryId: 'e1', recordingId: 'rec-1' }]));

    await chooseDisposition(user, 'Answered');
    await user.type(screen.getByRole('textbox', { name: /Disposition note/ }), 'Wants a quote');
    await user.click(screen.getByRole('button', { name: 'Save disposition' }));
    await waitFor(() => expect(currentNumber()).toBe('+1 202 555 0143'));
    expect(of('contacts.disposeEntry')).toEqual([{ listId: 'list-1', entryId: 'e1', kind: 'answered', note: 'Wants a quote' }]);
    expect(screen.getByTestId('call-list-progress').textContent).toBe('1 of 3 entries done');
    // The next entry waits for the operator: shown, never dialled by itself, its form empty.
    expect(of('calls.place')).toHaveLength(1);
    expect(screen.queryByTestId('place-result')).toBeNull();
    expect(screen.getByRole('radio', { name: 'Answered' })).toHaveProperty('checked', false);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Line 3: Grace Hopper' }));

    await user.click(screen.getByRole('button', { name: 'Skip entry' }));
    await waitFor(() => expect(currentNumber()).toBe('+44 7700 900123'));
    expect(of('contacts.skipEntry')).toEqual([{ listId: 'list-1', entryId: 'e2' }]);

    await user.click(screen.getByRole('button', { name: 'Call +44 7700 900123' }));
    await waitFor(() => expect(of('contacts.entryCalled')).toContainEqual({ listId: 'list-1', entryId: 'e3', recordingId: 'rec-2' }));
    await chooseDisposition(user, 'Busy');
    await user.click(screen.getByRole('button', { name: 'Save disposition' }));

    expect(await screen.findByTestId('call-list-finished')).toBeTruthy();
    expect(screen.getByTestId('call-list-progress').textContent).toBe('2 of 3 entries done, 1 skipped');
    const table = screen.getByRole('table', { name: 'Entries' });
    expect(within(table).getByTestId('call-list-entry-2').textContent).toContain('Answered');
    expect(within(table).getByTestId('call-list-entry-2').textContent).toContain('Wants a quote');
    expect(within(table).getByTestId('call-list-entry-3').textContent).toContain('Skipped');
    expect(within(table).getByTestId('call-list-entry-5').textContent).toContain('Busy');

    // The skipped entry can be picked from the table and worked on.
    await user.click(within(table).getByRole('button', { name: 'Work on line 3, +1 202 555 0143' }));
    expect(currentNumber()).toBe('+1 202 555 0143');
  });

  it('notes a repeat call on the entry only once the operator confirms it in the Dialer’s dialog', async () => {
    const { of } = listsBridge({ repeatGuard: true });
    const user = userEvent.setup({ delay: null });
    render(<App />);
    await importAndOpen(user);
    await waitFor(() => expect((screen.getByRole('combobox', { name: /Phone that rings first/ }) as HTMLInputElement).value).not.toBe(''));
    await user.click(screen.getByRole('button', { name: 'Call +44 20 7946 0958' }));
    await waitFor(() => expect(of('contacts.entryCalled')).toHaveLength(1));

    await user.click(screen.getByRole('button', { name: 'Call +44 20 7946 0958' }));
    let dialog = await screen.findByRole('dialog', { name: 'Call again?' });
    // The safe choice has the focus.
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Don’t call' })));
    await user.click(within(dialog).getByRole('button', { name: 'Don’t call' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Call again?' })).toBeNull());
    expect(of('contacts.entryCalled')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Call +44 20 7946 0958' }));
    dialog = await screen.findByRole('dialog', { name: 'Call again?' });
    await user.click(within(dialog).getByRole('button', { name: 'Call again' }));
    await waitFor(() => expect(of('contacts.entryCalled')).toEqual([
      { listId: 'list-1', entryId: 'e1', recordingId: 'rec-1' },
      { listId: 'list-1', entryId: 'e1', recordingId: 'rec-2' },
    ]));
    expect(of('calls.place').at(-1)).toEqual(expect.objectContaining({ confirmRepeat: true }));
  });

  it('requires a time to call back, and sends it with its offset', async () => {
    const { of } = listsBridge();
    const user = userEvent.setup({ delay: null });
    render(<App />);
    await importAndOpen(user);

    await chooseDisposition(user, 'Call back');
    await user.click(screen.getByRole('button', { name: 'Save disposition' }));
    const when = await screen.findByLabelText(/^Call back at/);
    await waitFor(() => expect(when.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('is required to call back')).toBeTruthy();
    expect(document.activeElement).toBe(when);
    expect(of('contacts.disposeEntry')).toEqual([]);

    fireEvent.change(when, { target: { value: '2025-07-02T14:30' } });
    await user.click(screen.getByRole('button', { name: 'Save disposition' }));
    await waitFor(() => expect(of('contacts.disposeEntry')).toHaveLength(1));
    expect(of('contacts.disposeEntry')[0]).toEqual({ listId: 'list-1', entryId: 'e1', kind: 'call-back', note: '', callBackAt: new Date('2025-07-02T14:30').toISOString() });
    await waitFor(() => expect(currentNumber()).toBe('+1 202 555 0143'));
    expect(within(screen.getByRole('table', { name: 'Entries' })).getByTestId('call-list-entry-2').textContent).toContain('Call back at');
  });

  it('asks for a disposition before saving one', async () => {
    const { of } = listsBridge();
    const user = userEvent.setup({ delay: null });
    render(<App />);
    await importAndOpen(user);
    await user.click(screen.getByRole('button', { name: 'Save disposition' }));
    expect(await screen.findByText('is required: choose what came of the call')).toBeTruthy();
    expect(of('contacts.disposeEntry')).toEqual([]);
  });

  it('exports the list and says where it was saved', async () => {
    const { of } = listsBridge();
    const user = userEvent.setup({ delay: null });
    render(<App />);
    await importAndOpen(user);
    await user.click(screen.getByRole('button', { name: 'Export list…' }));
    expect(await screen.findByText('Call list saved')).toBeTruthy();
    expect(screen.getByText('3 entries of Leads July saved to /home/op/Leads July.csv')).toBeTruthy();
    expect(of('contacts.exportCallList')).toEqual([{ listId: 'list-1' }]);
  });

  it('removes a list only once confirmed, with Keep focused', async () => {
    const { of } = listsBridge();
    const user = userEvent.setup({ delay: null });
    render(<App />);
    await importAndOpen(user);
    await user.click(screen.getByRole('button', { name: 'Remove list' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove the call list?' });
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep the list' })));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(of('contacts.removeCallList')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Remove list' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Remove the call list?' })).getByRole('button', { name: 'Remove Leads July' }));
    expect(await screen.findByText('This profile has no call lists yet. Import a CSV of numbers below.')).toBeTruthy();
    expect(of('contacts.removeCallList')).toEqual([{ listId: 'list-1' }]);
  });

  it('drops the old profile’s lists and the open one when another profile becomes active, and reads the new one’s', async () => {
    const { of, activateElsewhere } = listsBridge();
    const user = userEvent.setup({ delay: null });
    render(<App />);
    await importAndOpen(user);
    const reads = of('contacts.callLists').length;

    activateElsewhere('work');
    act(() => recheckAccount());

    expect(await screen.findByRole('button', { name: 'Open Work list' })).toBeTruthy();
    expect(screen.queryByTestId('call-list-current-entry')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Open Leads July' })).toBeNull();
    expect(of('contacts.callLists').length).toBeGreaterThan(reads);
  });
});
