import { describe, expect, it } from 'vitest';
import { phoneSetupText } from '../../../../../contract/schemas/phones';
import { openTestApp, useTestApp } from '../../../../support/app';

/** Short, so the clearing is seen within a test; the app's is 30 s (clipboard-policy.test.ts). */
const CLEAR_AFTER_MS = 300;
const REGISTRAR = { host: 'sip.example.com', port: 5060, transport: 'udp' as const };

const app = useTestApp({ clipboardClearMs: CLEAR_AFTER_MS });

const firstPhone = () => app.sandbox.state.phones[0]!;
/** Whether the clipboard holds exactly `text`; a boolean, so a failure never prints a password. */
const clipboardHolds = async (text: string) => (await app.clipboard.readText()) === text;

describe('phones.copyPassword', () => {
  it('puts the phone’s password on the clipboard, answers without it, and takes it off after the clearing time', async () => {
    const phone = firstPhone();
    const answer = await app.call('phones.copyPassword', { account: phone.account, profileId: 'sandbox' });
    expect(answer).toEqual({ ok: true, value: { clearsInMs: CLEAR_AFTER_MS } });
    expect(await clipboardHolds(phone.password)).toBe(true);
    await expect.poll(async () => (await app.clipboard.readText()) === '', { timeout: 5_000 }).toBe(true);
    expect(app.logLines.some((line) => line.includes(phone.password))).toBe(false);
  });

  it('leaves what the operator copied after it', async () => {
    await app.value('phones.copyPassword', { account: firstPhone().account });
    await app.clipboard.writeText('a callee to paste');
    await new Promise((resolve) => setTimeout(resolve, CLEAR_AFTER_MS * 2));
    expect(await app.clipboard.readText()).toBe('a callee to paste');
  });

  it('refuses a phone the profile does not have, and copies nothing', async () => {
    await app.clipboard.writeText('untouched');
    expect(await app.failure('phones.copyPassword', { account: '80019999' })).toMatchObject({ kind: 'invalid-input', field: 'account' });
    expect(await app.clipboard.readText()).toBe('untouched');
  });

  it('refuses a phone picked under another profile than the active one, and copies nothing', async () => {
    await app.clipboard.writeText('untouched');
    expect(await app.failure('phones.copyPassword', { account: firstPhone().account, profileId: 'p-elsewhere' })).toMatchObject({
      kind: 'invalid-input',
      field: 'profileId',
    });
    expect(await app.clipboard.readText()).toBe('untouched');
  });

  it('takes the password off the clipboard when another profile becomes active', async () => {
    // The app's own 30 s: only the switch may clear it here, however slow the machine is.
    const own = await openTestApp();
    try {
      const phone = own.sandbox.state.phones[0]!;
      await own.value('phones.copyPassword', { account: phone.account });
      const { apiKey, apiSecret } = own.sandbox.state.credentials[0]!;
      const office = await own.value('profiles.save', { name: 'Office', baseUrl: own.sandbox.url, appId: own.sandbox.state.appId, apiKey, apiSecret });
      // Saving a profile switches nothing.
      expect((await own.clipboard.readText()) === phone.password).toBe(true);
      await own.value('profiles.use', { id: office.id });
      expect(await own.clipboard.readText()).toBe('');
    } finally {
      await own.close();
    }
  });
});

describe('phones.copySetup', () => {
  it('copies the setup text the card shows, with the password, and clears it like a password', async () => {
    const phone = firstPhone();
    const answer = await app.call('phones.copySetup', { account: phone.account, profileId: 'sandbox', registrar: REGISTRAR });
    expect(answer).toEqual({ ok: true, value: { clearsInMs: CLEAR_AFTER_MS } });
    const text = await app.clipboard.readText();
    expect(text === phoneSetupText({ registrar: REGISTRAR, account: phone.account, password: phone.password })).toBe(true);
    expect(text.split('\n').map((line) => line.split(':')[0])).toEqual(['SIP server', 'Port', 'Transport', 'Account', 'Password']);
    await expect.poll(async () => (await app.clipboard.readText()) === '', { timeout: 5_000 }).toBe(true);
  });

  it('refuses a registrar that breaks its rule, naming the field, and copies nothing', async () => {
    await app.clipboard.writeText('untouched');
    expect(await app.failure('phones.copySetup', { account: firstPhone().account, registrar: { ...REGISTRAR, port: 70_000 } })).toMatchObject({
      kind: 'invalid-input',
      field: 'registrar.port',
      message: 'registrar.port: must be 1–65535',
    });
    expect(await app.clipboard.readText()).toBe('untouched');
  });
});

describe('quitting', () => {
  it('takes a copied password off the clipboard', async () => {
    const quitting = await openTestApp();
    const phone = quitting.sandbox.state.phones[0]!;
    await quitting.value('phones.copyPassword', { account: phone.account });
    expect((await quitting.clipboard.readText()) === phone.password).toBe(true);
    await quitting.close();
    expect(await quitting.clipboard.readText()).toBe('');
  });
});
