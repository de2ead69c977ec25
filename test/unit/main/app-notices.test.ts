/**
 * The notices as the app wires them: told of what the window's own reads and the outcome checks
 * find, against the embedded sandbox, through the router as the window calls it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Notice, NoticeHost } from '../../../main/desktop/notices';
import { openTestApp, type TestApp } from '../../support/app';

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

function system() {
  const shown: Notice[] = [];
  const host: NoticeHost = { supported: () => true, windowInFront: () => false, show: (notice) => void shown.push(notice) };
  return { host, shown };
}

/** Notices are told after the answer went back: wait for them. */
const until = (condition: () => boolean) => vi.waitFor(() => expect(condition()).toBe(true), { timeout: 5_000 });

describe('app.notifications and app.setNotifications', () => {
  it('says where there are no notifications (the CLI, the preview)', async () => {
    app = await openTestApp();
    expect(await app.call('app.notifications')).toEqual({ ok: true, value: { available: false, kinds: { callOutcome: true, lowBalance: true, numberExpiring: true } } });
  });

  it('turns one kind off and keeps the others, and refuses a choice naming none or not a yes or no', async () => {
    app = await openTestApp({ notices: system().host });
    expect(await app.call('app.setNotifications', { numberExpiring: false })).toEqual({ ok: true, value: { available: true, kinds: { callOutcome: true, lowBalance: true, numberExpiring: false } } });
    expect(await app.call('app.notifications')).toMatchObject({ ok: true, value: { kinds: { numberExpiring: false } } });
    expect(await app.router.dispatch('app.setNotifications', {})).toMatchObject({ ok: false, error: { kind: 'invalid-input', message: expect.stringContaining('must name at least one kind of notification') } });
    expect(await app.router.dispatch('app.setNotifications', { lowBalance: 'off' })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'lowBalance' } });
  });
});

describe('what the app tells', () => {
  it('tells a placed call’s outcome once the check files its record, opening its row', async () => {
    const { host, shown } = system();
    app = await openTestApp({ notices: host });
    app.sandbox.state.cdrDelayMs = 0;
    expect(await app.call('calls.place', { callee: '+44 20 7946 0958', account: '80010001' })).toMatchObject({ ok: true });
    const history = await app.call('calls.history', {});
    const entry = history.ok ? history.value.entries[0]! : undefined;
    expect(await app.call('calls.checkOutcomes', { ids: [entry!.id] })).toMatchObject({ ok: true, value: { filed: 1 } });
    await until(() => shown.length > 0);
    expect(shown).toEqual([{ kind: 'callOutcome', title: 'No answer (480): call to 442079460958', body: 'From phone 80010001 · $0.05 · Sandbox', target: { to: 'call', entryId: entry!.id } }]);
  });

  it('tells the balance under the level when the window reads it, and the sandbox’s number expiring in 12 days', async () => {
    const { host, shown } = system();
    app = await openTestApp({ notices: host });
    expect(await app.call('account.setLowBalance', { threshold: 30 })).toMatchObject({ ok: true });
    expect(await app.call('account.balance')).toMatchObject({ ok: true, value: { balance: '25.00', low: true } });
    await until(() => shown.length === 1);
    expect(shown[0]).toEqual({ kind: 'lowBalance', title: 'Low balance: 25.00', body: 'Sandbox: under your warning level of 30.00. Top up the account to keep calls going.', target: { to: 'balance' } });
    expect(await app.call('numbers.list')).toMatchObject({ ok: true });
    await until(() => shown.length === 2);
    expect(shown[1]).toEqual({ kind: 'numberExpiring', title: 'Number 13105550117 expires in 12 days', body: 'Sandbox: renew it in ITNIO to keep it.', target: { to: 'number', number: '13105550117' } });
    // Read again: nothing new to tell.
    await app.call('account.balance');
    await app.call('numbers.list');
    await new Promise((settled) => setTimeout(settled, 50));
    expect(shown).toHaveLength(2);
  });
});
