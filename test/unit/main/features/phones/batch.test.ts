import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inEnglish } from '../../../../../main/platform/messages';
import { CLAIMS_FILE } from '../../../../../main/platform/storage/claims';
import { environmentOf } from '../../../../support/account';
import { openTestApp } from '../../../../support/app';
import { phonesFixture, SECRET, type PhonesFixture } from './fixture';

let fx: PhonesFixture;
beforeEach(async () => {
  fx = await phonesFixture();
});
afterEach(async () => {
  // Whatever a test did, no SIP password and no API secret reached a log line.
  const passwords = fx.sandbox.state.phones.map((phone) => phone.password);
  for (const line of fx.logLines) {
    expect(line).not.toContain(SECRET);
    for (const password of passwords) expect(line).not.toContain(password);
  }
  await fx.close();
});

const batch = { groupName: 'Night Shift', phoneName: 'night', quantity: 3, displayNum: '447700900123' };

describe('phones.create', () => {
  it('sends sipAdd once with the profile app id and answers the created phones, read back with sipQuery', async () => {
    const created = await fx.call('phones.create', batch);
    expect(fx.sipRequests('/voice/sipAdd')).toBe(1);
    expect(fx.sandbox.requests.find((request) => request.path === '/voice/sipAdd')?.body).toEqual({ ...batch, appId: 'app-7f3c21' });
    expect(created).toEqual({
      ok: true,
      value: {
        profileId: 'env',
        appId: 'app-7f3c21',
        ...batch,
        phones: [
          { account: '80010009', phoneName: 'night-1', groupName: 'Night Shift', displayNum: '447700900123' },
          { account: '80010010', phoneName: 'night-2', groupName: 'Night Shift', displayNum: '447700900123' },
          { account: '80010011', phoneName: 'night-3', groupName: 'Night Shift', displayNum: '447700900123' },
        ],
      },
    });
    expect(JSON.stringify(created)).not.toContain('password');
  });

  it('drops the cached phone list so the next read shows the new phones', async () => {
    const before = await fx.call('phones.list');
    expect(before.ok && before.value.phones).toHaveLength(8);
    await fx.call('phones.create', batch);
    const queries = fx.sipRequests('/voice/sipQuery');
    const after = await fx.call('phones.list');
    expect(after.ok && after.value.phones).toHaveLength(11);
    // The read-back filled the cache again: listing needs no further request.
    expect(fx.sipRequests('/voice/sipQuery')).toBe(queries);
    const password = await fx.call('phones.password', { account: '80010011' });
    expect(password).toEqual({ ok: true, value: { account: '80010011', password: fx.sandbox.state.phones.at(-1)?.password } });
  });

  it('sends an overridden app id as given', async () => {
    const refused = await fx.call('phones.create', { ...batch, appId: 'other-app' });
    expect(fx.sandbox.requests.find((request) => request.path === '/voice/sipAdd')?.body).toMatchObject({ appId: 'other-app' });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'vendor', code: '-22', message: expect.stringContaining('appId') } });
  });

  it('refuses bad input naming the field and the rule, and sends nothing', async () => {
    for (const [change, message] of [
      [{ groupName: 'abc' }, 'groupName: must be 4–32 characters'],
      [{ phoneName: 'p'.repeat(33) }, 'phoneName: must be 4–32 characters'],
      [{ quantity: 51 }, 'quantity: must be a whole number from 1 to 50'],
      [{ displayNum: '+447700' }, 'displayNum: must be 7–13 digits, country code first (this has 6)'],
    ] as const) {
      const result = await fx.call('phones.create', { ...batch, ...change });
      expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-input', message, field: message.split(':')[0] } });
    }
    expect(fx.sandbox.requests).toEqual([]);
  });

  it('-20 points at the group name when that group exists', async () => {
    const result = await fx.call('phones.create', { ...batch, groupName: 'Front Office' });
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'vendor',
        code: '-20',
        field: 'groupName',
        message: 'A phone group named "Front Office" already exists in this application.',
        hint: 'Choose a group name that is not used yet.',
        say: { message: { key: 'phones.groupExists.message', values: { group: 'Front Office' } }, hint: { key: 'phones.groupExists.hint' } },
      },
    });
  });

  it('-20 points at the phone name when phones already carry it', async () => {
    const result = await fx.call('phones.create', { ...batch, phoneName: 'desk' });
    expect(result).toMatchObject({ ok: false, error: { code: '-20', field: 'phoneName', message: 'Phones named "desk" already exist in this application.' } });
  });

  it('-20 keeps the vendor wording when the list cannot tell which name is taken', async () => {
    fx.sandbox.faults.inject({ kind: 'status', code: '-20', path: '/voice/sipAdd', times: 1 });
    const result = await fx.call('phones.create', batch);
    expect(result).toMatchObject({ ok: false, error: { code: '-20', field: 'groupName', message: expect.stringContaining('already exists'), hint: expect.any(String) } });
  });

  it('-23 points at the quantity, with what to change', async () => {
    fx.sandbox.state.limits.phones = fx.sandbox.state.phones.length + 2;
    const result = await fx.call('phones.create', batch);
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'vendor',
        code: '-23',
        field: 'quantity',
        message: 'The application has reached its limit of phones.',
        hint: 'Create fewer phones, or ask ITNIO support to raise the limit.',
        say: { message: { key: 'status.phoneLimit.message' }, hint: { key: 'status.phoneLimit.hint' } },
      },
    });
    expect(fx.sipRequests('/voice/sipAdd')).toBe(1);
  });

  it('never resends a batch whose answer was lost, says it may exist, and lists it on the next read', async () => {
    await fx.call('phones.list');
    // The vendor acts, then the connection breaks halfway through its answer.
    fx.sandbox.faults.inject({ kind: 'truncated', path: '/voice/sipAdd' });
    const result = await fx.call('phones.create', batch);
    expect(fx.sipRequests('/voice/sipAdd')).toBe(1);
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'server', reachedItnio: 'maybe', hint: 'Phones may have been created: refresh the phone list before creating them again.' },
    });
    const listed = await fx.call('phones.list');
    expect(listed.ok && listed.value.phones.filter((phone) => phone.groupName === 'Night Shift')).toHaveLength(3);
  });

  it('does not resend after a connection reset either', async () => {
    fx.sandbox.faults.inject({ kind: 'reset', path: '/voice/sipAdd' });
    const result = await fx.call('phones.create', batch);
    expect(result).toMatchObject({ ok: false, error: { kind: 'network', reachedItnio: 'maybe', hint: expect.stringContaining('refresh the phone list before creating them again') } });
    expect(fx.sipRequests('/voice/sipAdd')).toBe(1);
  });

  it('says plainly that nothing was created when the connection is refused', async () => {
    const port = fx.sandbox.port;
    await fx.sandbox.close();
    const result = await fx.call('phones.create', batch);
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'network',
        message: `127.0.0.1:${port} refused the connection.`,
        hint: "Nothing was sent, so no phones were created. Check the profile's base URL and port.",
        reachedItnio: 'no',
        say: {
          message: { key: 'itnio.transport.refused', values: { host: `127.0.0.1:${port}` } },
          hint: { key: 'itnio.joined', values: { first: { key: 'itnio.writes.sipAdd.notSent' }, second: { key: 'itnio.advice.refused' } } },
        },
      },
    });
  });

  it('reports success when the phones were created but could not be read back', async () => {
    fx.sandbox.faults.inject({ kind: 'html', status: 503, path: '/voice/sipQuery' });
    const result = await fx.call('phones.create', batch);
    expect(result).toMatchObject({ ok: true, value: { groupName: 'Night Shift', phones: [], readBackError: { message: expect.stringMatching(/^The phones were created, but reading them back failed/) } } });
    const warning = result.ok ? result.value.readBackError : undefined;
    // The list's error, keyed, inside the warning's own words: the window says both in its language.
    expect(warning).toEqual({
      message: 'The phones were created, but reading them back failed: The server answered HTTP 503 with an error page instead of a result.',
      hint: 'Nothing was changed. The service may be having trouble: try again in a few minutes.',
      say: {
        message: { key: 'phones.readBack.message', values: { reason: { key: 'itnio.answer.httpPage', values: { status: 503 } } } },
        hint: { key: 'itnio.joined', values: { first: { key: 'itnio.unanswered.nothingChanged' }, second: { key: 'itnio.advice.serverTrouble' } } },
      },
    });
    expect(inEnglish(warning!.say!.message)).toBe(warning!.message);
    expect(inEnglish(warning!.say!.hint!)).toBe(warning!.hint);
    expect(fx.sandbox.state.phones.filter((phone) => phone.groupName === 'Night Shift')).toHaveLength(3);
  });
});

describe('phones.exportCsv', () => {
  const csvOf = (path: string) => readFileSync(path, 'utf8').trimEnd().split('\n');

  it('saves the batch with its SIP passwords where the operator chose, readable by the owner only', async () => {
    await fx.call('phones.create', batch);
    const saved = await fx.call('phones.exportCsv', { groupName: 'Night Shift' });
    const path = join(fx.home, 'phones.csv');
    expect(saved).toEqual({ ok: true, value: { saved: true, path, rows: 3 } });
    const created = fx.sandbox.state.phones.filter((phone) => phone.groupName === 'Night Shift');
    expect(csvOf(path)).toEqual(['account,password,displayNum,groupName', ...created.map((p) => `${p.account},${p.password},447700900123,Night Shift`)]);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('saves every phone of the application when no group is named', async () => {
    await fx.call('phones.exportCsv');
    expect(csvOf(join(fx.home, 'phones.csv'))).toHaveLength(1 + 8);
  });

  it('quotes names that hold commas or quotes', async () => {
    await fx.call('phones.create', { ...batch, groupName: 'Ops, "Night"' });
    await fx.call('phones.exportCsv', { groupName: 'Ops, "Night"' });
    expect(csvOf(join(fx.home, 'phones.csv'))[1]).toMatch(/^80010009,\w{12},447700900123,"Ops, ""Night"""$/);
  });

  it('finds a batch created elsewhere since the list was cached', async () => {
    await fx.call('phones.list');
    fx.sandbox.state.phones.push({ groupName: 'Console Made', phoneName: 'cons', account: '80019999', password: 'Zx8Zx8Zx8Zx8', displayNum: '12025550143' });
    expect(await fx.call('phones.exportCsv', { groupName: 'Console Made' })).toMatchObject({ ok: true, value: { saved: true, rows: 1 } });
  });

  it('writes nothing when the operator cancels the dialog', async () => {
    fx.saveAnswer.path = undefined;
    expect(await fx.call('phones.exportCsv')).toEqual({ ok: true, value: { saved: false } });
    expect(fx.saveAnswer.asked).toBe(1);
  });

  it('names a group without phones and opens no dialog', async () => {
    const result = await fx.call('phones.exportCsv', { groupName: 'Nobody Here' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'groupName', message: 'groupName: there are no phones in group "Nobody Here"' } });
    expect(fx.saveAnswer.asked).toBe(0);
  });

  it('says so when the file cannot be written', async () => {
    fx.saveAnswer.path = join(fx.home, 'no-such-folder', 'phones.csv');
    const result = await fx.call('phones.exportCsv');
    expect(result).toMatchObject({ ok: false, error: { kind: 'file', message: 'The CSV could not be saved (ENOENT).', hint: expect.any(String) } });
  });
});

describe('phones.create from two processes at once', () => {
  it('sends one batch: the twin started meanwhile is refused and sends nothing', async () => {
    const other = await openTestApp({ home: fx.home, environment: environmentOf(fx.sandbox) });
    try {
      fx.sandbox.faults.inject({ kind: 'latency', ms: 600, path: '/voice/sipAdd', times: 1 });
      const first = fx.call('phones.create', batch);
      await expect.poll(() => existsSync(join(fx.home, CLAIMS_FILE)), { timeout: 5_000 }).toBe(true);
      const twice = await other.call('phones.create', batch);
      expect(twice).toEqual({
        ok: false,
        error: expect.objectContaining({ kind: 'invalid-input', message: expect.stringMatching(/^A batch of phones in group "Night Shift" is already being sent \(since \d\d:\d\d:\d\d UTC\)/) }),
      });
      // The window's keys say in English what the CLI prints, the group's own words included.
      expect(!twice.ok && twice.error.say?.message.values?.what).toEqual({ key: 'phones.alreadySending.batch', values: { group: 'Night Shift' } });
      expect(!twice.ok && inEnglish(twice.error.say!.message)).toBe(!twice.ok && twice.error.message);
      expect((await first).ok).toBe(true);
      expect(fx.sipRequests('/voice/sipAdd')).toBe(1);
    } finally {
      await other.close();
    }
  });

  it('refuses a batch whose form was filled under another profile than the active one', async () => {
    expect(await fx.call('phones.create', { ...batch, profileId: 'sandbox' })).toEqual({
      ok: false,
      error: {
        kind: 'invalid-input',
        field: 'profileId',
        message: 'The batch form was filled in under another profile than the active one. Nothing was sent.',
        hint: 'The active profile changed meanwhile: reload the phone list of the active profile and try again.',
        say: { message: { key: 'connections.pickedElsewhere', values: { what: { key: 'phones.picked.batchForm' } } }, hint: { key: 'phones.picked.reloadHint' } },
      },
    });
    expect(fx.sipRequests('/voice/sipAdd')).toBe(0);
  });
});
