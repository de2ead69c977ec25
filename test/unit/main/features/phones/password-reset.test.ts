import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../support/app';

const app = useTestApp();

const resets = () => app.sandbox.requests.filter((request) => request.path === '/voice/sipReset');

describe('phones.resetPassword', () => {
  it('answers the new password once, and the phone directory serves the new one afterwards', async () => {
    const phone = app.sandbox.state.phones[0]!;
    const old = await app.value('phones.password', { account: phone.account });
    expect(old.password).toBe(phone.password);
    await app.value('phones.list');

    const reset = await app.value('phones.resetPassword', { account: ` ${phone.account} ` });
    expect(reset).toEqual({ account: phone.account, password: phone.password });
    expect(reset.password).not.toBe(old.password);
    expect(resets().map((request) => request.body)).toEqual([{ account: phone.account, appId: app.sandbox.state.appId }]);
    expect(await app.value('phones.password', { account: phone.account })).toEqual({ account: phone.account, password: reset.password });
    expect(app.logLines.join('\n')).not.toContain(reset.password);
  });

  it.each(['abc', 'x'.repeat(33), ''])('refuses the account %j with the rule and sends nothing', async (account) => {
    expect(await app.failure('phones.resetPassword', { account })).toMatchObject({ kind: 'invalid-input', field: 'account', message: 'account: must be 4–32 characters' });
    expect(resets()).toHaveLength(0);
  });

  it('explains -24 for a phone the application does not have', async () => {
    expect(await app.failure('phones.resetPassword', { account: '80019999' })).toMatchObject({ kind: 'vendor', code: '-24', field: 'account' });
  });

  it('is sent once, and forgets the cached passwords even when the answer is lost', async () => {
    const phone = app.sandbox.state.phones[1]!;
    await app.value('phones.list');
    app.sandbox.faults.inject({ kind: 'truncated', path: '/voice/sipReset', times: 1 });
    expect(await app.failure('phones.resetPassword', { account: phone.account })).toMatchObject({ kind: 'server' });
    expect(resets()).toHaveLength(1);
    // The vendor changed it before the answer broke: the directory reads the phones again.
    expect(await app.value('phones.password', { account: phone.account })).toEqual({ account: phone.account, password: phone.password });
  });
});

describe('phones.resetPassword twice at once', () => {
  it('sends one reset: a second click or window meanwhile is refused, and the next one after the answer goes out', async () => {
    const account = app.sandbox.state.phones[0]!.account;
    app.sandbox.faults.inject({ kind: 'latency', ms: 400, path: '/voice/sipReset', times: 1 });
    const [first, second] = await Promise.all([app.call('phones.resetPassword', { account }), app.call('phones.resetPassword', { account })]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    expect(first.ok ? second : first).toMatchObject({ ok: false, error: { message: expect.stringContaining(`A password reset of phone ${account} is already being sent`) } });
    expect(resets()).toHaveLength(1);
    expect((await app.call('phones.resetPassword', { account })).ok).toBe(true);
    expect(resets()).toHaveLength(2);
  });

  it('refuses a reset of a phone listed under another profile than the active one', async () => {
    const account = app.sandbox.state.phones[0]!.account;
    expect(await app.failure('phones.resetPassword', { account, profileId: 'p-elsewhere' })).toMatchObject({ kind: 'invalid-input', field: 'profileId' });
    expect(resets()).toHaveLength(0);
  });
});

