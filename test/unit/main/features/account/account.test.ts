import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../../../main/sandbox';
import { inEnglish } from '../../../../../main/platform/messages';
import { startAccount } from '../../../../support/account';
import { openTestApp, useTestApp } from '../../../../support/app';
import { failureForRawInput } from '../../../../support/router';

const app = useTestApp();

const storedLevels = () => {
  const file = join(app.home, 'profiles.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { lowBalance?: Record<string, number> }).lowBalance : undefined;
};

describe('account.balance', () => {
  it("reads the active profile's balance with GET /sms/getBalance", async () => {
    const balance = await app.value('account.balance');
    expect(balance).toEqual({ profileId: 'sandbox', balance: '25.00', gift: '0.00', credit: '0.00', fetchedAt: expect.any(String), threshold: null, low: false });
    expect(app.sandbox.requests.at(-1)).toMatchObject({ method: 'GET', path: '/sms/getBalance', status: '0' });
  });

  it('follows the account: a call is billed, a top-up shows', async () => {
    await app.value('calls.place', { callee: '447700900123', account: '80010001' });
    expect((await app.value('account.balance')).balance).toBe('24.95');
    app.sandbox.state.balance = 103.5;
    expect((await app.value('account.balance')).balance).toBe('103.50');
  });

  it('explains a locked account with the vendor code', async () => {
    app.sandbox.state.accountLocked = true;
    expect(await app.failure('account.balance')).toMatchObject({ kind: 'vendor', code: '-13', message: expect.stringContaining('locked'), hint: expect.any(String) });
  });

  it('refuses an answer without a readable balance instead of showing nothing', async () => {
    app.sandbox.faults.inject({ kind: 'status', code: '0', path: '/sms/getBalance', times: 1 });
    const failure = await app.failure('account.balance');
    expect(failure).toMatchObject({
      kind: 'server',
      message: "ITNIO's balance answer did not carry a readable balance.",
      say: { message: { key: 'account.unreadableBalance.message' }, hint: { key: 'account.unreadableBalance.hint' } },
    });
    expect([inEnglish(failure.say!.message), inEnglish(failure.say!.hint!)]).toEqual([failure.message, failure.hint]);
  });
});

describe('account.balanceHistory', () => {
  it('answers the balances read so far, with the warning level', async () => {
    await app.value('account.setLowBalance', { threshold: 5 });
    await app.value('account.balance');
    await app.value('calls.place', { callee: '447700900123', account: '80010001' });
    await app.value('account.balance');
    expect(await app.value('account.balanceHistory')).toEqual({
      profileId: 'sandbox',
      points: [
        { at: expect.any(String), balance: 25 },
        { at: expect.any(String), balance: 24.95 },
      ],
      threshold: 5,
      forecast: null,
      noForecast: 'few-reads',
    });
  });
});

describe('account.setLowBalance', () => {
  it('keeps the level in profiles.json and warns while the balance is under it', async () => {
    expect(await app.value('account.setLowBalance', { threshold: 30 })).toEqual({ profileId: 'sandbox', threshold: 30 });
    expect(storedLevels()).toEqual({ sandbox: 30 });
    expect(await app.value('account.balance')).toMatchObject({ balance: '25.00', threshold: 30, low: true });
    await app.value('account.setLowBalance', { threshold: 25 });
    expect(await app.value('account.balance')).toMatchObject({ threshold: 25, low: false });
  });

  it('turns the warning off with null or an empty field', async () => {
    await app.value('account.setLowBalance', { threshold: 30 });
    expect(await app.value('account.setLowBalance', { threshold: '' })).toEqual({ profileId: 'sandbox', threshold: null });
    expect(storedLevels()).toEqual({});
    await app.value('account.setLowBalance', { threshold: 40.5 });
    await app.value('account.setLowBalance', { threshold: null });
    expect(await app.value('account.balance')).toMatchObject({ threshold: null, low: false });
  });

  it.each([-1, 0.005, 1_000_001, Number.NaN, '30', true])('refuses %j, naming the field and the rule, and stores nothing', async (threshold) => {
    const error = await failureForRawInput(app.router, 'account.setLowBalance', { threshold });
    expect(error).toMatchObject({ kind: 'invalid-input', field: 'threshold', message: 'threshold: must be an amount from 0 to 1,000,000, with at most 2 decimals' });
    expect(storedLevels()).toBeUndefined();
  });

  it('survives a restart', async () => {
    await app.value('account.setLowBalance', { threshold: 12.34 });
    const again = await openTestApp({ home: app.home });
    try {
      expect(await again.value('account.balance')).toMatchObject({ threshold: 12.34 });
    } finally {
      await again.close();
    }
  });
});

describe('a second profile', () => {
  let account: Sandbox;

  beforeEach(async () => {
    account = await startAccount({ apiKey: 'officeKey9', apiSecret: 'office-secret-1' });
    account.state.balance = 7.25;
  });
  afterEach(async () => {
    await account.close();
  });

  it('has its own balance and level, and its level goes with the profile', async () => {
    await app.value('account.setLowBalance', { threshold: 30 });
    const saved = await app.value('profiles.save', { name: 'Office', baseUrl: account.url, appId: account.state.appId, apiKey: 'officeKey9', apiSecret: 'office-secret-1' });
    await app.value('profiles.use', { id: saved.id });
    expect(await app.value('account.balance')).toMatchObject({ profileId: saved.id, balance: '7.25', threshold: null, low: false });
    await app.value('account.setLowBalance', { threshold: 10 });
    expect(await app.value('account.balance')).toMatchObject({ threshold: 10, low: true });
    expect(storedLevels()).toEqual({ sandbox: 30, [saved.id]: 10 });

    await app.value('profiles.remove', { id: saved.id });
    expect(storedLevels()).toEqual({ sandbox: 30 });
    expect(await app.value('account.balance')).toMatchObject({ profileId: 'sandbox', threshold: 30, low: true });
  });

  it("has its own balance history, and the active profile's is all that is answered after it is removed", async () => {
    await app.value('account.balance');
    const saved = await app.value('profiles.save', { name: 'Office', baseUrl: account.url, appId: account.state.appId, apiKey: 'officeKey9', apiSecret: 'office-secret-1' });
    await app.value('profiles.use', { id: saved.id });
    await app.value('account.balance');
    expect(await app.value('account.balanceHistory')).toMatchObject({ profileId: saved.id, points: [{ at: expect.any(String), balance: 7.25 }] });

    await app.value('profiles.remove', { id: saved.id });
    expect(await app.value('account.balanceHistory')).toMatchObject({ profileId: 'sandbox', points: [{ at: expect.any(String), balance: 25 }] });
  });
});
