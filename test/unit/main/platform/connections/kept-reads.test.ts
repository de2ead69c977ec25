/**
 * The last answer of every list and of the balance, kept per profile on disk (issue 16, item 4),
 * through the app's real wiring against the embedded sandbox: each successful read is kept, and a
 * later read that meets an outage answers the kept one, marked `stale` with the failure and the
 * time it was read. Refusals are answers and are never masked; nothing kept means the failure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MethodName } from '../../../../../contract/methods';
import type { AppError, ErrorKind, Result } from '../../../../../contract/result';
import type { Fault, Sandbox } from '../../../../../main/sandbox';
import { environmentOf, startAccount } from '../../../../support/account';
import { openTestApp, useTestApp, type TestApp, type TestAppOptions } from '../../../../support/app';

/** Short waits: an outage is met within the test, a retried query backs off for a millisecond. */
const TIMING: TestAppOptions = { clientTiming: { timeoutMs: 1_000, retryDelaysMs: [1, 1] } };
const app = useTestApp(TIMING);

interface Read {
  method: MethodName;
  input?: unknown;
  path: string;
  /** A status code the vendor answers this endpoint with: a refusal, not an outage. */
  refusal: string;
}

const READS: Read[] = [
  // Refreshed: the phones' own cache in memory would answer an unrefreshed list without a request.
  { method: 'phones.list', input: { refresh: true }, path: '/voice/sipQuery', refusal: '-22' },
  { method: 'numbers.list', path: '/number/queryPage', refusal: '-22' },
  { method: 'trunks.list', input: { all: true }, path: '/v3/cc/sipTrunk/query', refusal: '-22' },
  { method: 'account.balance', path: '/sms/getBalance', refusal: '-13' },
];

type Answer = Result<{ profileId: string; fetchedAt: string; stale?: AppError }>;

const read = (target: TestApp, { method, input }: Read) => target.router.dispatch(method, input) as Promise<Answer>;

async function readOk(target: TestApp, what: Read) {
  const answer = await read(target, what);
  if (!answer.ok) expect.fail(`${what.method} failed: ${answer.error.kind} ${answer.error.message}`);
  return answer.value;
}

const OUTAGES: { fault: Fault; kind: ErrorKind }[] = [
  { fault: { kind: 'reset' }, kind: 'network' },
  { fault: { kind: 'html', status: 502 }, kind: 'server' },
  { fault: { kind: 'truncated' }, kind: 'server' },
];

/** Every file kept under the data folder, with its text. */
function keptFiles(home: string): { path: string; text: string }[] {
  const root = join(home, 'last-read');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => ({ path: join(entry.parentPath, entry.name), text: readFileSync(join(entry.parentPath, entry.name), 'utf8') }));
}

describe.each(READS)('$method', (what) => {
  it.each(OUTAGES)('answers the kept answer, marked stale with the $kind failure and the time it was read, while ITNIO is out of reach ($fault.kind)', async ({ fault, kind }) => {
    const first = await readOk(app, what);
    expect(first.stale).toBeUndefined();
    app.sandbox.faults.inject({ ...fault, path: what.path });
    const during = await readOk(app, what);
    expect(during).toEqual({ ...first, stale: expect.objectContaining({ kind, message: expect.any(String) }) });
    // Still kept after the failure, and a read once ITNIO is back is fresh again.
    expect(await readOk(app, what)).toEqual(during);
    app.sandbox.faults.clear();
    const after = await readOk(app, what);
    expect(after.stale).toBeUndefined();
    expect(Date.parse(after.fetchedAt)).toBeGreaterThan(Date.parse(first.fetchedAt));
  });

  it('passes a refusal and bad credentials on: they are answers, not outages', async () => {
    await readOk(app, what);
    for (const [code, kind] of [
      [what.refusal, 'vendor'],
      ['-1', 'auth'],
    ] as const) {
      app.sandbox.faults.inject({ kind: 'status', code, path: what.path, times: 1 });
      expect(await read(app, what)).toEqual({ ok: false, error: expect.objectContaining({ kind, code }) });
    }
  });

  it('answers the failure itself when nothing was kept', async () => {
    app.sandbox.faults.inject({ kind: 'reset', path: what.path });
    expect(await read(app, what)).toEqual({ ok: false, error: expect.objectContaining({ kind: 'network' }) });
    expect(keptFiles(app.home)).toEqual([]);
  });

  it('answers the kept one after a restart, before anything was read afresh', async () => {
    const first = await readOk(app, what);
    const again = await openTestApp({ ...TIMING, home: app.home });
    try {
      again.sandbox.faults.inject({ kind: 'reset' });
      // Unrefreshed: the first list a restarted app asks for.
      const unrefreshed = { ...what, input: what.method === 'phones.list' ? undefined : what.input };
      expect(await readOk(again, unrefreshed)).toEqual({ ...first, stale: expect.objectContaining({ kind: 'network' }) });
    } finally {
      await again.close();
    }
  });
});

describe('what is kept, and for whom', () => {
  it("never answers one profile's kept list for another", async () => {
    const numbers = READS[1]!;
    const sandboxList = await readOk(app, numbers);
    const office = await app.value('profiles.save', { name: 'Office', baseUrl: 'http://127.0.0.1:9', appId: 'OfficeApp1', apiKey: 'officeKey9', apiSecret: 'office-secret-1' });
    await app.value('profiles.use', { id: office.id });
    expect(await read(app, numbers)).toEqual({ ok: false, error: expect.objectContaining({ kind: 'network' }) });
    await app.value('profiles.use', { id: 'sandbox' });
    app.sandbox.faults.inject({ kind: 'reset' });
    expect(await readOk(app, numbers)).toMatchObject({ profileId: 'sandbox', fetchedAt: sandboxList.fetchedAt, stale: { kind: 'network' } });
  });

  it('keeps a trunk list per filter and page: a list never read is not answered from another', async () => {
    const outgoing = await app.value('trunks.list', { type: 1, all: true });
    const incoming = await app.value('trunks.list', { type: 2, all: true });
    const firstPage = await app.value('trunks.list', { current: 1, size: 2 });
    expect(outgoing.records).not.toEqual(incoming.records);
    app.sandbox.faults.inject({ kind: 'reset' });
    expect(await app.value('trunks.list', { type: 1, all: true })).toEqual({ ...outgoing, stale: expect.objectContaining({ kind: 'network' }) });
    expect(await app.value('trunks.list', { type: 2, all: true })).toEqual({ ...incoming, stale: expect.objectContaining({ kind: 'network' }) });
    expect(await app.value('trunks.list', { size: 2, current: 1 })).toEqual({ ...firstPage, stale: expect.objectContaining({ kind: 'network' }) });
    expect(await app.failure('trunks.list', { current: 2, size: 2 })).toMatchObject({ kind: 'network' });
    expect(await app.failure('trunks.list', { sipTrunkName: 'Sales', all: true })).toMatchObject({ kind: 'network' });
  });

  it("shows a kept balance against the profile's warning level as it is now", async () => {
    await app.value('account.balance');
    await app.value('account.setLowBalance', { threshold: 30 });
    app.sandbox.faults.inject({ kind: 'reset' });
    expect(await app.value('account.balance')).toMatchObject({ balance: '25.00', threshold: 30, low: true, stale: { kind: 'network' } });
  });

  it('neither keeps nor answers a glance at the first phones', async () => {
    await app.value('phones.list', { limit: 5, refresh: true });
    expect(keptFiles(app.home)).toEqual([]);
    app.sandbox.faults.inject({ kind: 'reset' });
    expect(await app.failure('phones.list', { limit: 5, refresh: true })).toMatchObject({ kind: 'network' });
  });

  it('keeps no SIP password, API key or secret on disk', async () => {
    const sandbox: Sandbox = app.sandbox;
    // Every trunk registered, so each carries a password the vendor answers with.
    sandbox.state.trunks.forEach((trunk, index) => Object.assign(trunk, { sipPassword: trunk.sipPassword ?? `TrunkPw${index}x7Q` }));
    for (const what of READS) await readOk(app, what);
    await app.value('trunks.list', { type: 1, current: 1, size: 5 });
    const files = keptFiles(app.home);
    expect(files).toHaveLength(READS.length + 1);
    const secrets = [
      ...sandbox.state.phones.map((phone) => phone.password),
      ...sandbox.state.trunks.map((trunk) => trunk.sipPassword ?? ''),
      ...sandbox.state.credentials.flatMap(({ apiKey, apiSecret }) => [apiKey, apiSecret]),
    ];
    expect(secrets.filter((secret) => secret.length < 6)).toEqual([]);
    for (const { path, text } of files) {
      for (const secret of secrets) expect(text, `${path} holds a secret`).not.toContain(secret);
      expect(text).not.toMatch(/"(sip)?password"/i);
    }
  });

  it('keeps nothing read with the ITNIO_* variables: they may name another account on every run', async () => {
    const account = await startAccount({ apiKey: 'envKey42', apiSecret: 'env-secret-3' });
    const automated = await openTestApp({ ...TIMING, environment: environmentOf(account) });
    try {
      for (const what of READS) expect((await readOk(automated, what)).profileId).toBe('env');
      expect(keptFiles(automated.home)).toEqual([]);
    } finally {
      await automated.close();
      await account.close();
    }
  });

  it('removes what was kept for a removed profile', async () => {
    const { apiKey, apiSecret } = app.sandbox.state.credentials[0]!;
    const office = await app.value('profiles.save', { name: 'Office', baseUrl: app.sandbox.url, appId: app.sandbox.state.appId, apiKey, apiSecret });
    await app.value('profiles.use', { id: office.id });
    await app.value('numbers.list');
    expect(existsSync(join(app.home, 'last-read', office.id))).toBe(true);
    await app.value('profiles.remove', { id: office.id });
    expect(existsSync(join(app.home, 'last-read', office.id))).toBe(false);
  });
});

describe('a phone batch that fails while ITNIO is out of reach', () => {
  it('leaves the phones the Dialer offers: the list is answered as kept, not lost', async () => {
    const before = await app.value('phones.list');
    app.sandbox.faults.inject({ kind: 'reset' });
    const created = await app.failure('phones.create', { groupName: 'Night shift', phoneName: 'night', quantity: 2, displayNum: '4420794609' });
    expect(created).toMatchObject({ kind: 'network', reachedItnio: 'maybe' });
    const after = await app.value('phones.list');
    expect(after.phones).toEqual(before.phones);
    expect(after).toMatchObject({ fetchedAt: before.fetchedAt, stale: { kind: 'network' } });
  });
});
