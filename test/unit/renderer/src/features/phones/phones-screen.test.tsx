import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppError, Result } from '../../../../../../contract/result';
import type { CreatedBatch, PhoneDirectory, PhoneSummary } from '../../../../../../contract/schemas/phones';
import { App } from '../../../../../../renderer/src/app/App';
import { useNavigation } from '../../../../../../renderer/src/app/navigation';
import { ROW_HEIGHT } from '../../../../../../renderer/src/features/phones/PhoneList';
import { usePhones } from '../../../../../../renderer/src/features/phones/store';
import { useProfiles } from '../../../../../../renderer/src/features/profiles/store';
import { i18n } from '../../../../../../renderer/src/i18n';
import { FIRST_RUN_PROFILES, installBridge, shellAnswers } from '../../../fake-bridge';
import { giveBoxesHeight } from '../../../viewport';

giveBoxesHeight(440);

beforeEach(() => {
  notifications.clean();
  useNavigation.setState({ screen: 'phones' });
});

const SEEDED: PhoneSummary[] = [
  ...[1, 2, 3].map((n) => ({ account: `8001000${n}`, phoneName: `desk-${n}`, groupName: 'Front Office', displayNum: '447700900123' })),
  ...[4, 5, 6].map((n) => ({ account: `8001000${n}`, phoneName: `support-${n - 3}`, groupName: 'Support Team', displayNum: '12025550143' })),
  ...[7, 8].map((n) => ({ account: `8001000${n}`, phoneName: `dock-${n - 6}`, groupName: 'Warehouse', displayNum: '493023125042' })),
];
const passwordOf = (account: string) => `Pw${account}Zq`;
const directoryOf = (phones: PhoneSummary[]): PhoneDirectory => ({ profileId: 'sandbox', fetchedAt: '2025-06-02T09:15:30.000Z', phones });

/** A bridge that keeps a phone list the way main does: sipAdd appends, list and password read it. */
function phonesBridge(
  options: {
    phones?: PhoneSummary[];
    create?: (input: { groupName: string; phoneName: string; quantity: number; displayNum: string }) => Result<CreatedBatch>;
    /** Holds the batch's answer back until it settles, as a slow ITNIO does. */
    created?: Promise<void>;
    reset?: (account: string) => Result<{ account: string; password: string }> | Promise<Result<{ account: string; password: string }>>;
  } = {},
) {
  let phones = options.phones ?? SEEDED;
  const resetTo = new Map<string, string>();
  const calls = installBridge({
    ...shellAnswers(),
    'phones.list': () => ({ ok: true, value: directoryOf(phones) }),
    'phones.password': (input) => {
      const { account } = input as { account: string };
      return { ok: true, value: { account, password: resetTo.get(account) ?? passwordOf(account) } };
    },
    'phones.copyPassword': () => ({ ok: true, value: { clearsInMs: 30_000 } }),
    // The fake bridge's answers are typed as plain Results; a pending one stands for a slow ITNIO.
    'phones.resetPassword': ((input: unknown) => {
      const { account } = input as { account: string };
      const answer = options.reset ? options.reset(account) : { ok: true as const, value: { account, password: `New${account}Xy` } };
      void Promise.resolve(answer).then((result) => result.ok && resetTo.set(account, result.value.password));
      return answer;
    }) as (input: unknown) => Result<unknown>,
    'phones.create': (async (input: unknown): Promise<Result<unknown>> => {
      await options.created;
      const batch = input as { groupName: string; phoneName: string; quantity: number; displayNum: string; appId?: string };
      if (options.create) return options.create(batch);
      const created = Array.from({ length: batch.quantity }, (_, i) => ({
        account: String(80010009 + i),
        phoneName: `${batch.phoneName}-${i + 1}`,
        groupName: batch.groupName,
        displayNum: batch.displayNum,
      }));
      phones = [...phones, ...created];
      return { ok: true, value: { profileId: 'sandbox', ...batch, appId: batch.appId ?? 'app-7f3c21', phones: created } };
    }) as unknown as (input: unknown) => Result<unknown>,
    'phones.exportCsv': (input) => ({ ok: true, value: { saved: true, path: `/home/op/phones-${(input as { groupName?: string } | undefined)?.groupName ?? 'all'}.csv`, rows: 3 } }),
  });
  return { calls, inputsOf: (method: string) => calls.filter((call) => call.method === method).map((call) => call.input) };
}

const list = () => screen.findByRole('table', { name: 'Phones' });
const form = () => screen.findByRole('form', { name: 'Create phones' });
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').filter((row) => row.getAttribute('aria-rowindex') !== '1' && !row.hasAttribute('aria-hidden'));

async function fillBatch(user: ReturnType<typeof userEvent.setup>, values: { group?: string; name?: string; quantity?: string; callerId?: string }) {
  const f = await form();
  if (values.group !== undefined) await user.type(within(f).getByLabelText(/Group name/), values.group);
  if (values.name !== undefined) await user.type(within(f).getByLabelText(/Phone name/), values.name);
  if (values.quantity !== undefined) {
    await user.clear(within(f).getByLabelText(/Quantity/));
    await user.type(within(f).getByLabelText(/Quantity/), values.quantity);
  }
  if (values.callerId !== undefined) await user.type(within(f).getByLabelText(/Caller ID/), values.callerId);
  return f;
}

describe('Phones screen: the list', () => {
  it('lists every phone with its password masked, and when the list was read', async () => {
    phonesBridge();
    render(<App />);
    const table = await list();
    expect(bodyRows(table)).toHaveLength(8);
    expect(table.getAttribute('aria-rowcount')).toBe('9');
    const first = bodyRows(table)[0]!;
    expect(first.textContent).toContain('80010001');
    expect(first.textContent).toContain('Front Office');
    expect(first.textContent).toContain('••••••••');
    expect(document.body.textContent).not.toContain(passwordOf('80010001'));
    expect(screen.getByText(/^8 phones · read from ITNIO at/)).toBeTruthy();
  });

  it('reveals one password on request, hides it again, and has main copy one without showing it', async () => {
    const { inputsOf } = phonesBridge();
    const user = userEvent.setup();
    // After setup, which puts its own clipboard stub in place.
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    render(<App />);
    await list();
    await user.click(screen.getByRole('button', { name: 'Reveal password of 80010002' }));
    expect(await screen.findByText(passwordOf('80010002'))).toBeTruthy();
    expect(inputsOf('phones.password')).toEqual([{ account: '80010002' }]);
    expect(document.body.textContent).not.toContain(passwordOf('80010001'));

    await user.click(screen.getByRole('button', { name: 'Hide password of 80010002' }));
    expect(screen.queryByText(passwordOf('80010002'))).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Copy password of 80010005' }));
    expect(await screen.findByText('The password of 80010005 is on the clipboard')).toBeTruthy();
    expect(inputsOf('phones.copyPassword')).toEqual([{ account: '80010005', profileId: 'sandbox' }]);
    expect(writeText).not.toHaveBeenCalled();
    expect(document.body.textContent).not.toContain(passwordOf('80010005'));
  });

  it('says so when main could not copy the password', async () => {
    installBridge({
      ...shellAnswers(),
      'phones.list': () => ({ ok: true, value: directoryOf(SEEDED) }),
      'phones.copyPassword': () => ({ ok: false, error: { kind: 'invalid-input', field: 'account', message: 'account: there is no phone 80010001 on this profile', hint: 'Refresh the phone list.' } }),
    });
    const user = userEvent.setup();
    render(<App />);
    await list();
    await user.click(screen.getByRole('button', { name: 'Copy password of 80010001' }));
    expect(await screen.findByText('account: there is no phone 80010001 on this profile')).toBeTruthy();
    expect(screen.getByText('Refresh the phone list.')).toBeTruthy();
  });

  it('filters by account, name or group, and by group', async () => {
    phonesBridge();
    const user = userEvent.setup();
    render(<App />);
    const table = await list();
    await user.type(screen.getByLabelText('Filter'), 'SUPPORT');
    expect(bodyRows(table).map((row) => row.firstElementChild?.textContent)).toEqual(['80010004', '80010005', '80010006']);
    expect(screen.getByText(/^3 of 8 phones match/)).toBeTruthy();
    await user.clear(screen.getByLabelText('Filter'));
    await user.type(screen.getByLabelText('Filter'), '80010008');
    expect(bodyRows(table).map((row) => row.firstElementChild?.textContent)).toEqual(['80010008']);
    await user.clear(screen.getByLabelText('Filter'));

    await user.click(screen.getByRole('combobox', { name: 'Group' }));
    await user.click(await screen.findByRole('option', { name: 'Warehouse', hidden: true }));
    expect(bodyRows(table).map((row) => row.textContent)).toEqual([expect.stringContaining('dock-1'), expect.stringContaining('dock-2')]);
    await user.type(screen.getByLabelText('Filter'), 'desk');
    expect(bodyRows(table)).toHaveLength(0);
    expect(screen.getByText('No phone matches the filter.')).toBeTruthy();
  });

  it('keeps the filter when the list is read again, so a re-read (Refresh, a batch, ITNIO back) never loses it', async () => {
    installBridge({ ...shellAnswers(), 'phones.list': () => ({ ok: true, value: { ...directoryOf(SEEDED), fetchedAt: new Date().toISOString() } }) });
    const user = userEvent.setup();
    render(<App />);
    await list();
    await user.type(screen.getByLabelText('Filter'), 'SUPPORT');
    // The next read is a later one, with a later time, so the listing is mounted anew.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await user.click(screen.getByRole('button', { name: 'Refresh the phone list' }));
    await waitFor(() => expect(screen.getByText(/^3 of 8 phones match · read from ITNIO at/)).toBeTruthy());
    expect((screen.getByLabelText('Filter') as HTMLInputElement).value).toBe('SUPPORT');
    expect(bodyRows(await list()).map((row) => row.firstElementChild?.textContent)).toEqual(['80010004', '80010005', '80010006']);
  });

  it('keeps the operator typing in the filter when a re-read lands meanwhile: the field keeps the focus and every key', async () => {
    let answerList: () => void = () => undefined;
    let reads = 0;
    installBridge({
      ...shellAnswers(),
      // The first read answers at once; the second (Refresh) waits until the operator is typing.
      'phones.list': (() => {
        reads += 1;
        const answer = { ok: true as const, value: { ...directoryOf(SEEDED), fetchedAt: new Date(Date.UTC(2025, 5, 2, 9, reads)).toISOString() } };
        return reads === 1 ? answer : new Promise((resolve) => (answerList = () => resolve(answer)));
      }) as unknown as (input: unknown) => Result<unknown>,
    });
    const user = userEvent.setup({ delay: null });
    render(<App />);
    await list();
    await user.click(screen.getByRole('button', { name: 'Refresh the phone list' }));
    await waitFor(() => expect(reads).toBe(2));
    const filter = screen.getByLabelText('Filter') as HTMLInputElement;
    await user.type(filter, 'supp');
    await act(async () => answerList());
    await waitFor(() => expect(usePhones.getState().directory?.fetchedAt).toBe('2025-06-02T09:02:00.000Z'));
    await user.keyboard('ort');
    expect(document.activeElement).toBe(screen.getByLabelText('Filter'));
    expect((screen.getByLabelText('Filter') as HTMLInputElement).value).toBe('support');
  });

  it('keeps only the rows in view in the page for thousands of phones, and follows the scroll', async () => {
    const many = Array.from({ length: 5_000 }, (_, i) => ({ account: String(80020000 + i), phoneName: `bulk-${i + 1}`, groupName: 'Bulk', displayNum: '12025550143' }));
    phonesBridge({ phones: many });
    render(<App />);
    const table = await list();
    expect(table.getAttribute('aria-rowcount')).toBe('5001');
    const rendered = bodyRows(table);
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(40);
    expect(rendered[0]?.getAttribute('aria-rowindex')).toBe('2');

    const scroller = screen.getByRole('region', { name: 'Phone list' });
    await act(async () => {
      scroller.scrollTop = 3_000 * ROW_HEIGHT;
      fireEvent.scroll(scroller);
    });
    const accounts = bodyRows(table).map((row) => row.firstElementChild?.textContent);
    expect(accounts).toContain('80023000');
    expect(accounts).not.toContain('80020000');
    expect(bodyRows(table).length).toBeLessThan(40);
  });

  it('re-reads from ITNIO on Refresh; an outage keeps the list with its time, a refusal shows with its hint', async () => {
    let failure: AppError | undefined;
    const calls = installBridge({
      ...shellAnswers(),
      'phones.list': () => (failure ? { ok: false, error: failure } : { ok: true, value: directoryOf(SEEDED) }),
    });
    const user = userEvent.setup();
    render(<App />);
    await list();
    failure = { kind: 'network', message: 'Could not reach the server.', hint: 'Check the connection.' };
    await user.click(screen.getByRole('button', { name: 'Refresh the phone list' }));
    expect((await screen.findByTestId('kept-list')).textContent).toMatch(/^Showing the phones read at .+ITNIO could not be read again \(the banner above says why\)/);
    expect(screen.getByTestId('connection-banner').textContent).toContain('Could not reach the server.');
    expect(screen.getByRole('region', { name: 'Phone list' })).toBeTruthy();

    failure = { kind: 'vendor', code: '-1', message: 'ITNIO refused the API key.', hint: 'Check the profile.' };
    await user.click(screen.getByRole('button', { name: 'Refresh the phone list' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Check the profile.');
    // A refusal is an answer: ITNIO is back, so the screen reads itself once more.
    await waitFor(() =>
      expect(calls.filter((call) => call.method === 'phones.list').map((call) => call.input)).toEqual([{ refresh: false }, { refresh: true }, { refresh: true }, { refresh: true }]),
    );
  });

  it('saves every phone as CSV through main', async () => {
    const { inputsOf } = phonesBridge();
    const user = userEvent.setup();
    render(<App />);
    await list();
    await user.click(screen.getByRole('button', { name: 'Save all as CSV…' }));
    expect(await screen.findByText('Phones saved as CSV')).toBeTruthy();
    expect(inputsOf('phones.exportCsv')).toEqual([undefined]);
  });
});

describe('Phones screen: resetting a password', () => {
  const dialog = () => screen.findByRole('dialog');

  it('asks first, saying the old password stops working, and sends nothing when cancelled', async () => {
    const { inputsOf } = phonesBridge();
    const user = userEvent.setup();
    render(<App />);
    await list();
    await user.click(screen.getByRole('button', { name: 'Reset password of 80010003' }));
    const prompt = await screen.findByRole('dialog', { name: 'Reset the SIP password of desk-3 (80010003)?' });
    // What the reset changes, the password only as changed.
    expect(within(prompt).getByRole('list', { name: 'Changes to desk-3 (80010003)' }).textContent).toBe('SIP password: (set) → changed');
    expect(prompt.textContent).toContain('the current one stops working: the phone drops its registration and cannot place calls until it is set up again');
    await user.click(within(prompt).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(inputsOf('phones.resetPassword')).toEqual([]);
  });

  it('resets once, then shows the new password masked with reveal and copy, and forgets the one revealed before', async () => {
    const { inputsOf } = phonesBridge();
    const user = userEvent.setup();
    render(<App />);
    await list();
    await user.click(screen.getByRole('button', { name: 'Reveal password of 80010003' }));
    await screen.findByText(passwordOf('80010003'));

    await user.click(screen.getByRole('button', { name: 'Reset password of 80010003' }));
    await user.click(within(await dialog()).getByRole('button', { name: 'Reset password' }));
    const done = await screen.findByRole('dialog', { name: 'New SIP password of desk-3 (80010003)' });
    expect(inputsOf('phones.resetPassword')).toEqual([{ account: '80010003', profileId: 'sandbox' }]);
    expect(done.textContent).toContain('The old password no longer works.');
    expect(done.textContent).toContain('••••••••');
    expect(document.body.textContent).not.toContain('New80010003Xy');
    // The row's old password is hidden again: it no longer works.
    expect(document.body.textContent).not.toContain(passwordOf('80010003'));

    await user.click(within(done).getByRole('button', { name: 'Reveal new password of 80010003' }));
    expect(within(done).getByText('New80010003Xy')).toBeTruthy();
    await user.click(within(done).getByRole('button', { name: 'Copy new password of 80010003' }));
    // Main copies it, from the phones it reads again after the reset.
    expect(inputsOf('phones.copyPassword')).toEqual([{ account: '80010003', profileId: 'sandbox' }]);
    // Shown from the answer itself: nothing more was asked of main.
    expect(inputsOf('phones.password')).toEqual([{ account: '80010003' }]);

    await user.click(within(done).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.body.textContent).not.toContain('New80010003Xy');
    await user.click(screen.getByRole('button', { name: 'Reveal password of 80010003' }));
    expect(await screen.findByText('New80010003Xy')).toBeTruthy();
    expect(inputsOf('phones.resetPassword')).toHaveLength(1);
  });

  it('cannot be closed while the reset is under way, so the new password is not lost', async () => {
    const { user, answer } = await resetUnderWay();
    const prompt = await dialog();
    expect((within(prompt).getByRole('button', { name: 'Cancel' }) as HTMLButtonElement).disabled).toBe(true);
    expect(within(prompt).queryByRole('button', { name: 'Close' })).toBeNull();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toBe(prompt);

    await act(async () => answer({ ok: true, value: { account: '80010004', password: 'Late4Answer' } }));
    expect(await screen.findByRole('dialog', { name: 'New SIP password of support-1 (80010004)' })).toBeTruthy();
  });

  it('shows -24 with its hint, having sent the reset once', async () => {
    const { inputsOf } = phonesBridge({
      reset: () => ({ ok: false, error: { kind: 'vendor', code: '-24', field: 'account', message: 'There is no phone with this account in the application.', hint: 'Refresh the phone list and pick the phone again.' } }),
    });
    const user = userEvent.setup();
    render(<App />);
    await list();
    await user.click(screen.getByRole('button', { name: 'Reset password of 80010008' }));
    await user.click(within(await dialog()).getByRole('button', { name: 'Reset password' }));
    const alert = await within(await dialog()).findByRole('alert');
    expect(alert.textContent).toBe('There is no phone with this account in the application.Refresh the phone list and pick the phone again.');
    expect(inputsOf('phones.resetPassword')).toEqual([{ account: '80010008', profileId: 'sandbox' }]);
    expect(within(await dialog()).queryByRole('button', { name: 'Reset password' })).toBeNull();
    await user.click(within(await dialog()).getByRole('button', { name: 'Back to the list' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

/** Main's refusal of a request picked under a profile that is no longer the active one. */
const NOT_ACTIVE = { ok: false as const, error: { kind: 'invalid-input' as const, field: 'profileId', rule: 'is not the active profile', message: 'profileId: is not the active profile' } };

describe('Phones screen: another profile became active elsewhere', () => {
  const dialog = () => screen.findByRole('dialog');

  it('a reset refused for it says so plainly, with the Cancel choice focused before', async () => {
    const { inputsOf } = phonesBridge({ reset: () => NOT_ACTIVE });
    const user = userEvent.setup();
    render(<App />);
    await list();
    const profileReads = inputsOf('profiles.list').length;
    await user.click(screen.getByRole('button', { name: 'Reset password of 80010002' }));
    const prompt = await dialog();
    await waitFor(() => expect(document.activeElement).toBe(within(prompt).getByRole('button', { name: 'Cancel' })));
    await user.click(within(prompt).getByRole('button', { name: 'Reset password' }));
    const alert = await within(await dialog()).findByRole('alert');
    expect(alert.textContent).toContain('Another profile became active since this was picked, so nothing was sent.');
    expect(alert.textContent).not.toContain('profileId');
    // The active profile is read again, which re-reads the lists if it changed.
    await waitFor(() => expect(inputsOf('profiles.list').length).toBeGreaterThan(profileReads));
  });

  it('a batch refused for it says so plainly', async () => {
    phonesBridge({ create: () => NOT_ACTIVE });
    const user = userEvent.setup();
    render(<App />);
    const f = await fillBatch(user, { group: 'Night Shift', name: 'night', callerId: '447700900123' });
    await user.click(within(f).getByRole('button', { name: 'Create phones' }));
    const alert = await within(f).findByRole('alert');
    expect(alert.textContent).toContain('Another profile became active since this was picked, so nothing was sent.');
  });
});

describe('Phones screen: creating a batch', () => {
  it('checks every rule while typing, naming it, and sends nothing while one fails', async () => {
    const { inputsOf } = phonesBridge();
    const user = userEvent.setup();
    render(<App />);
    await list();
    const f = await fillBatch(user, { group: 'abc', name: 'sip', quantity: '51', callerId: '12ab' });
    expect(within(f).getAllByText('must be 4–32 characters')).toHaveLength(2);
    expect(within(f).getByText('must be a whole number from 1 to 50')).toBeTruthy();
    expect(within(f).getByText('may contain only digits, spaces and + - . ( ) /')).toBeTruthy();
    await user.click(within(f).getByRole('button', { name: 'Create phones' }));
    expect(inputsOf('phones.create')).toEqual([]);
  });

  it('tells while typing that a group or phone name is already used', async () => {
    phonesBridge();
    const user = userEvent.setup();
    render(<App />);
    await list();
    const f = await fillBatch(user, { group: 'Front Office', name: 'desk' });
    expect(within(f).getByText('is already used by a group in this application')).toBeTruthy();
    expect(within(f).getByText('is already used by phones in this application')).toBeTruthy();
  });

  it('creates the batch, shows the created phones, lists them, and offers the batch as CSV', async () => {
    const { inputsOf } = phonesBridge();
    const user = userEvent.setup();
    render(<App />);
    const table = await list();
    const f = await fillBatch(user, { group: 'Night Shift', name: 'night', quantity: '3', callerId: '447700900123' });
    await user.click(within(f).getByRole('button', { name: 'Create phones' }));

    const created = await screen.findByRole('table', { name: 'Phones created in Night Shift' });
    expect(within(created).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual(['80010009night-1447700900123', '80010010night-2447700900123', '80010011night-3447700900123']);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Created 3 phones in Night Shift' }));
    expect(inputsOf('phones.create')).toEqual([{ groupName: 'Night Shift', phoneName: 'night', quantity: 3, displayNum: '447700900123', appId: undefined, profileId: 'sandbox' }]);
    expect(bodyRows(table)).toHaveLength(11);
    // The form is ready for the next batch.
    expect((within(f).getByLabelText(/Group name/) as HTMLInputElement).value).toBe('');

    await user.click(screen.getByRole('button', { name: 'Save Night Shift as CSV…' }));
    expect(await screen.findByText('Phones saved as CSV')).toBeTruthy();
    expect(screen.getByText(/3 phones with their SIP passwords in \/home\/op\/phones-Night Shift\.csv/)).toBeTruthy();
    expect(inputsOf('phones.exportCsv')).toEqual([{ groupName: 'Night Shift', appId: 'app-7f3c21' }]);
  });

  it('starts from the profile caller ID and sends an overridden app ID', async () => {
    const { inputsOf } = phonesBridge();
    installBridgeProfiles({ defaultCallerId: '12025550143' });
    const user = userEvent.setup();
    render(<App />);
    await list();
    const f = await form();
    expect((within(f).getByLabelText(/Caller ID/) as HTMLInputElement).value).toBe('12025550143');
    await fillBatch(user, { group: 'Other App', name: 'other' });
    await user.type(within(f).getByLabelText(/App ID/), 'app-other');
    await user.click(within(f).getByRole('button', { name: 'Create phones' }));
    await screen.findByRole('heading', { name: 'Created 1 phone in Other App' });
    expect(inputsOf('phones.create')).toEqual([{ groupName: 'Other App', phoneName: 'other', quantity: 1, displayNum: '12025550143', appId: 'app-other', profileId: 'sandbox' }]);
  });

  it.each([
    ['-20', 'groupName', /Group name/, 'A phone group named "Night Shift" already exists in this application.', 'Choose a group name that is not used yet.'],
    ['-23', 'quantity', /Quantity/, 'The application has reached its limit of phones.', 'Create fewer phones, or ask ITNIO support to raise the limit.'],
  ])('shows vendor code %s on the field it concerns, with what to change', async (code, field, label, message, hint) => {
    phonesBridge({ create: () => ({ ok: false, error: { kind: 'vendor', code, field, message, hint } }) });
    const user = userEvent.setup();
    render(<App />);
    await list();
    const f = await fillBatch(user, { group: 'Night Shift', name: 'night', quantity: '5', callerId: '447700900123' });
    await user.click(within(f).getByRole('button', { name: 'Create phones' }));
    expect(await within(f).findByText(`${message} ${hint}`)).toBeTruthy();
    const input = within(f).getByLabelText(label);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(input);
  });

  it('shows an error without a field above the button', async () => {
    phonesBridge({ create: () => ({ ok: false, error: { kind: 'network', message: 'The connection was cut before the answer arrived.', hint: 'Phones may have been created: refresh the phone list before creating them again.', reachedItnio: 'maybe' } }) });
    const user = userEvent.setup();
    render(<App />);
    await list();
    const f = await fillBatch(user, { group: 'Night Shift', name: 'night', callerId: '447700900123' });
    await user.click(within(f).getByRole('button', { name: 'Create phones' }));
    expect((await within(f).findByRole('alert')).textContent).toContain('Phones may have been created: refresh the phone list before creating them again.');
  });

  it('says when the phones were created but could not be read back', async () => {
    phonesBridge({
      create: (batch) => ({
        ok: true,
        value: { profileId: 'sandbox', appId: 'app-7f3c21', ...batch, phones: [], readBackError: { message: 'The phones were created, but reading them back failed: timeout.', hint: 'Refresh later.' } },
      }),
    });
    const user = userEvent.setup();
    render(<App />);
    await list();
    const f = await fillBatch(user, { group: 'Night Shift', name: 'night', callerId: '447700900123' });
    await user.click(within(f).getByRole('button', { name: 'Create phones' }));
    expect(await screen.findByText('The phones were created, but reading them back failed: timeout.')).toBeTruthy();
  });

  it('says the read-back warning in Chinese from its keys, and keeps words it has no keys for as main wrote them', async () => {
    phonesBridge({
      create: (batch) => ({
        ok: true,
        value: {
          profileId: 'sandbox',
          appId: 'app-7f3c21',
          ...batch,
          phones: [],
          readBackError: {
            message: 'The phones were created, but reading them back failed: The server answered HTTP 503 with an error page instead of a result.',
            hint: 'Refresh later.',
            say: { message: { key: 'phones.readBack.message', values: { reason: { key: 'itnio.answer.httpPage', values: { status: 503 } } } } },
          },
        },
      }),
    });
    const user = userEvent.setup();
    render(<App />);
    await list();
    const f = await fillBatch(user, { group: 'Night Shift', name: 'night', callerId: '447700900123' });
    await user.click(within(f).getByRole('button', { name: 'Create phones' }));
    await screen.findByText(/reading them back failed/);
    await act(() => i18n.changeLanguage('zh-CN'));
    expect(await screen.findByText('话机已创建，但重新读取话机列表失败：服务器应答了 HTTP 503 错误页面，而不是结果。')).toBeTruthy();
    expect(screen.getByText('Refresh later.')).toBeTruthy();
  });
});

/** The profile list answer with a default caller ID on the sandbox profile. */
/** A password reset of 80010004 sent and still waiting: `answer` ends it. */
async function resetUnderWay() {
  let answer!: (result: Result<{ account: string; password: string }>) => void;
  phonesBridge({ reset: () => new Promise((resolve) => (answer = resolve)) });
  const user = userEvent.setup();
  render(<App />);
  await list();
  await user.click(screen.getByRole('button', { name: 'Reset password of 80010004' }));
  await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Reset password' }));
  return { user, answer: (result: Result<{ account: string; password: string }>) => answer(result) };
}

function installBridgeProfiles(change: { defaultCallerId: string }) {
  useProfiles.setState({ list: { ...FIRST_RUN_PROFILES, profiles: FIRST_RUN_PROFILES.profiles.map((profile) => ({ ...profile, ...change })) } });
}

describe('Phones screen: a write on its way to ITNIO', () => {
  const heading = () => screen.getByRole('heading', { level: 1 }).textContent;

  it('holds the screen while a reset is under way, since the new password is shown only in its dialog', async () => {
    const { user, answer } = await resetUnderWay();

    await user.keyboard('{Control>}0{/Control}');
    const prompt = await screen.findByRole('dialog');
    expect((await within(prompt).findByRole('alert')).textContent).toBe(
      "The password reset of support-1 (80010004) is being sent to ITNIO and cannot be taken back. Wait for ITNIO's answer: the new password is shown only here.",
    );
    expect(heading()).toBe('Phones');

    await act(async () => answer({ ok: true, value: { account: '80010004', password: 'Late4Answer' } }));
    expect(await screen.findByRole('dialog', { name: 'New SIP password of support-1 (80010004)' })).toBeTruthy();
  });

  it('holds the screen while a batch is being created, and shows a failure in the form when it comes', async () => {
    let arrive!: () => void;
    phonesBridge({
      created: new Promise((resolve) => (arrive = resolve)),
      create: () => ({ ok: false, error: { kind: 'network', message: 'The connection was cut before the answer arrived.', hint: 'Phones may have been created: refresh the phone list before creating them again.', reachedItnio: 'maybe' } }),
    });
    const user = userEvent.setup();
    render(<App />);
    await list();
    const f = await fillBatch(user, { group: 'Night Shift', name: 'night', callerId: '447700900123' });
    await user.click(within(f).getByRole('button', { name: 'Create phones' }));

    await user.keyboard('{Control>}0{/Control}');
    const prompt = await screen.findByRole('dialog', { name: "Wait for ITNIO's answer" });
    expect(prompt.textContent).toContain('The new phones of group Night Shift are being sent to ITNIO and cannot be taken back.');
    expect(heading()).toBe('Phones');

    await act(async () => arrive());
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await within(f).findByRole('alert')).textContent).toContain('Phones may have been created: refresh the phone list before creating them again.');
  });
});
