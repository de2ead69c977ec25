import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountBalance } from '../../../../contract/schemas/account';
import type { HistoryEntry } from '../../../../contract/schemas/call-history';
import type { ListedNumber, NumberList } from '../../../../contract/schemas/numbers';
import { hasUnsafeChars } from '../../../../contract/text';
import { createNotices, NOTICE_CHECKS, type Notice, type NoticeHost } from '../../../../main/desktop/notices';
import type { Timers } from '../../../../main/desktop/timers';
import { handTimers } from '../../../support/hand-timers';
import { sayIn, type Say } from '../../../../main/platform/speech';
import { openSettings } from '../../../../main/platform/storage/settings';
import { callRecord } from '../../../support/fixtures/call-records';
import { memoryLogger } from '../../../support/memory-log';

const TODAY = new Date('2026-12-02T09:00:00Z');
let home: string;

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'switchboard-notices-'));
});
afterEach(() => rm(home, { recursive: true, force: true }));

/** The system's notifications, the window in front or not as the test says. */
function host(options: { inFront?: boolean; supported?: boolean } = {}) {
  const shown: Notice[] = [];
  const state = { inFront: options.inFront ?? false };
  const system: NoticeHost = { supported: () => options.supported ?? true, windowInFront: () => state.inFront, show: (notice) => void shown.push(notice) };
  return { system, shown, state };
}

function notices(system: NoticeHost | undefined, timers?: Timers, say?: Say) {
  const names: Record<string, string> = { sandbox: 'Sandbox', p1: 'Night desk' };
  return createNotices({
    host: system,
    settings: openSettings(home),
    profileName: async (id) => names[id] ?? id,
    log: memoryLogger().log,
    now: () => TODAY,
    ...(timers ? { timers } : {}),
    ...(say ? { say } : {}),
  });
}

const ENTRY: HistoryEntry = { id: 'e1f2', at: '2026-12-02T08:59:00Z', profileId: 'p1', profileName: 'Night desk', callee: '442079460958', account: '80010001', request: 'placed', recordingId: '9001' };

const balance = (amount: string, threshold: number | null, extra: Partial<AccountBalance> = {}): AccountBalance => ({
  profileId: 'p1',
  balance: amount,
  gift: '0',
  credit: '0',
  fetchedAt: TODAY.toISOString(),
  threshold,
  low: threshold !== null && Number(amount) < threshold,
  ...extra,
});

const number = (digits: string, dueDate: string): ListedNumber => ({
  number: digits,
  ccode: '44',
  country: 'United Kingdom',
  type: 'FIXED',
  state: 'in use',
  dueDate,
  inboundPrefix: '',
  outIp: '',
  inIp: '',
  remark: '',
  appId: '',
  enableVoicemail: false,
  voicemailFileName: '',
  voicemailMaxHangup: null,
});
const numbers = (list: ListedNumber[], extra: Partial<NumberList> = {}): NumberList => ({ profileId: 'p1', fetchedAt: TODAY.toISOString(), numbers: list, ...extra });

describe('a call’s outcome', () => {
  it('tells how the call ended, to whom, from which phone, talk time and cost, opening its row of the history', async () => {
    const { system, shown } = host();
    await notices(system).callFiled(ENTRY, callRecord({ answered: true, callDuration: 42, cost: '0.0500', currency: 'USD', terminationCode: '200' }));
    expect(shown).toEqual([
      { kind: 'callOutcome', title: 'Answered: call to 442079460958', body: 'From phone 80010001 · 0:42 · $0.05 · Night desk', target: { to: 'call', entryId: 'e1f2' } },
    ]);
  });

  it('says nothing while the window is in front, nor once the operator turned call outcomes off', async () => {
    const { system, shown, state } = host({ inFront: true });
    const told = notices(system);
    await told.callFiled(ENTRY, callRecord({ answered: false, terminationCode: '486' }));
    expect(shown).toEqual([]);
    state.inFront = false;
    expect(await told.setSettings({ callOutcome: false })).toEqual({ available: true, kinds: { callOutcome: false, lowBalance: true, numberExpiring: true } });
    await told.callFiled(ENTRY, callRecord({ answered: false, terminationCode: '486' }));
    expect(shown).toEqual([]);
    await told.setSettings({ callOutcome: true });
    await told.callFiled(ENTRY, callRecord({ answered: false, terminationCode: '486' }));
    expect(shown.map((notice) => notice.title)).toEqual(['Busy (486): call to 442079460958']);
  });

  it('shows the vendor’s words with their escapes and direction marks as stand-ins, and cut to one short line', async () => {
    const { system, shown } = host();
    await notices(system).callFiled({ ...ENTRY, account: '8001\u202e1000' }, callRecord({ answered: false, cost: '0', terminationCode: '499', terminationReason: `\u001b]8;;https://evil.example\u0007${'x'.repeat(400)}` }));
    const [notice] = shown;
    expect(hasUnsafeChars(notice!.title)).toBe(false);
    expect(notice!.body).toBe('From phone 8001\ufffd1000 · Night desk');
    expect(notice!.title.length).toBeLessThanOrEqual(160);
    expect(notice!.title.endsWith('…')).toBe(true);
  });
});

describe('the low balance', () => {
  it('tells once when the balance goes under the level, again only after it was above it', async () => {
    const { system, shown } = host();
    const told = notices(system);
    await told.balanceRead(balance('12.00', 10));
    expect(shown).toEqual([]);
    await told.balanceRead(balance('9.50', 10));
    expect(shown).toEqual([
      { kind: 'lowBalance', title: 'Low balance: 9.50', body: 'Night desk: under your warning level of 10.00. Top up the account to keep calls going.', target: { to: 'balance' } },
    ]);
    await told.balanceRead(balance('8.00', 10));
    expect(shown).toHaveLength(1);
    await told.balanceRead(balance('30.00', 10));
    await told.balanceRead(balance('7.00', 10));
    expect(shown.map((notice) => notice.title)).toEqual(['Low balance: 9.50', 'Low balance: 7.00']);
  });

  it('tells at the first read when the balance is under the level already, and each profile on its own', async () => {
    const { system, shown } = host();
    const told = notices(system);
    await told.balanceRead(balance('3.00', 5));
    await told.balanceRead(balance('3.00', 5, { profileId: 'sandbox' }));
    expect(shown.map((notice) => notice.body.split(':')[0])).toEqual(['Night desk', 'Sandbox']);
  });

  it('takes nothing from a kept balance read during an outage, nor from a profile without a level', async () => {
    const { system, shown } = host();
    const told = notices(system);
    await told.balanceRead(balance('3.00', 5, { stale: { kind: 'network', message: 'offline' } }));
    await told.balanceRead(balance('3.00', null));
    expect(shown).toEqual([]);
    // The kept read did not count as seen: the first fresh one under the level is told.
    await told.balanceRead(balance('3.00', 5));
    expect(shown).toHaveLength(1);
  });

  it('does not tell a crossing the operator saw in the window', async () => {
    const { system, shown, state } = host({ inFront: true });
    const told = notices(system);
    await told.balanceRead(balance('3.00', 5));
    state.inFront = false;
    await told.balanceRead(balance('2.00', 5));
    expect(shown).toEqual([]);
  });
});

describe('numbers expiring', () => {
  it('tells of one number by its number and days left, opening its row', async () => {
    const { system, shown } = host();
    await notices(system).numbersRead(numbers([number('442079460958', '2027-06-01'), number('13105550117', '2026-12-14')]));
    expect(shown).toEqual([
      { kind: 'numberExpiring', title: 'Number 13105550117 expires in 12 days', body: 'Night desk: renew it in ITNIO to keep it.', target: { to: 'number', number: '13105550117' } },
    ]);
  });

  it('tells of several in one notice, the soonest first, naming three', async () => {
    const { system, shown } = host();
    const list = [number('1001', '2026-12-20'), number('1002', '2026-12-02'), number('1003', '2026-12-03'), number('1004', '2026-12-30'), number('1005', '2025-01-01')];
    await notices(system).numbersRead(numbers(list));
    expect(shown).toEqual([
      { kind: 'numberExpiring', title: '4 numbers expire within 30 days', body: 'Night desk: 1002 today, 1003 tomorrow, 1001 in 18 days and 1 more.', target: { to: 'number', number: '1002' } },
    ]);
  });

  it('tells of each number once for its due date, and again when a renewed number nears its new date', async () => {
    const { system, shown } = host();
    const told = notices(system);
    await told.numbersRead(numbers([number('1001', '2026-12-20')]));
    await told.numbersRead(numbers([number('1001', '2026-12-20'), number('1002', '2026-12-21')]));
    await told.numbersRead(numbers([number('1001', '2026-12-29'), number('1002', '2026-12-21')]));
    expect(shown.map((notice) => notice.title)).toEqual(['Number 1001 expires in 18 days', 'Number 1002 expires in 19 days', 'Number 1001 expires in 27 days']);
  });

  it('takes nothing from a kept list, and tells nothing while the window is in front', async () => {
    const { system, shown, state } = host({ inFront: true });
    const told = notices(system);
    await told.numbersRead(numbers([number('1001', '2026-12-20')], { stale: { kind: 'network', message: 'offline' } }));
    state.inFront = false;
    await told.numbersRead(numbers([number('1002', '2026-12-20')]));
    state.inFront = true;
    await told.numbersRead(numbers([number('1003', '2026-12-20')]));
    expect(shown.map((notice) => notice.title)).toEqual(['Number 1002 expires in 18 days']);
  });
});

describe('in the window’s language', () => {
  it('says a call’s outcome, a low balance and expiring numbers in Chinese, the vendor’s data as it is', async () => {
    const { system, shown } = host();
    const told = notices(system, undefined, sayIn('zh-CN'));
    await told.callFiled(ENTRY, callRecord({ answered: true, callDuration: 42, cost: '0.0500', currency: 'USD', terminationCode: '200' }));
    await told.callFiled(ENTRY, callRecord({ answered: false, terminationCode: '486' }));
    await told.balanceRead(balance('9.50', 10));
    await told.numbersRead(numbers([number('13105550117', '2026-12-14')]));
    await told.numbersRead(numbers([number('1001', '2026-12-20'), number('1002', '2026-12-02'), number('1003', '2026-12-03'), number('1004', '2026-12-30')]));
    expect(shown.map(({ title, body }) => ({ title, body }))).toEqual([
      { title: '已接通：呼叫 442079460958', body: '话机 80010001 呼出 · 0:42 · $0.05 · Night desk' },
      { title: '忙线（486）：呼叫 442079460958', body: '话机 80010001 呼出 · $0.05 · Night desk' },
      { title: '余额不足：9.50', body: 'Night desk：余额低于您设置的提醒金额 10.00。请为账户充值，以免影响通话。' },
      { title: '号码 13105550117 12 天后到期', body: 'Night desk：请在 ITNIO 续费以保留该号码。' },
      { title: '4 个号码将在 30 天内到期', body: 'Night desk：1002（今天）、1003（明天）、1001（18 天后），另有 1 个。' },
    ]);
  });

  it('says a notice in the language of the moment it is shown', async () => {
    const { system, shown } = host();
    let language: 'en' | 'zh-CN' = 'en';
    const told = notices(system, undefined, (said) => sayIn(language)(said));
    await told.balanceRead(balance('9.50', 10, { profileId: 'sandbox' }));
    language = 'zh-CN';
    await told.balanceRead(balance('9.50', 10));
    expect(shown.map((notice) => notice.title)).toEqual(['Low balance: 9.50', '余额不足：9.50']);
  });
});

describe('the settings', () => {
  it('has every kind on at first, keeps each choice in settings.json for every process, and says when the system has no notifications', async () => {
    const { system } = host();
    expect(await notices(system).settings()).toEqual({ available: true, kinds: { callOutcome: true, lowBalance: true, numberExpiring: true } });
    await notices(system).setSettings({ lowBalance: false });
    await notices(system).setSettings({ numberExpiring: false });
    expect(await notices(system).settings()).toEqual({ available: true, kinds: { callOutcome: true, lowBalance: false, numberExpiring: false } });
    expect(await notices(host({ supported: false }).system).settings()).toMatchObject({ available: false });
    expect(await notices(undefined).settings()).toMatchObject({ available: false });
  });
});

describe('the app’s own checks', () => {
  it('reads the balance and the numbers a minute after start, then each on its own interval, until stopped', async () => {
    const { timers, run } = handTimers();
    const reads: string[] = [];
    const stop = notices(host().system, timers).startChecks({ balance: async () => void reads.push('balance'), numbers: async () => void reads.push('numbers') });
    await run(NOTICE_CHECKS.firstAfterMs - 1);
    expect(reads).toEqual([]);
    await run(1);
    expect(reads).toEqual(['balance', 'numbers']);
    await run(NOTICE_CHECKS.balanceEveryMs * 2);
    expect(reads).toEqual(['balance', 'numbers', 'balance', 'balance']);
    stop();
    await run(NOTICE_CHECKS.numbersEveryMs);
    expect(reads).toHaveLength(4);
  });

  it('reads nothing for a kind turned off, and nothing at all without the system’s notifications', async () => {
    const { timers, run } = handTimers();
    const reads: string[] = [];
    const read = { balance: async () => void reads.push('balance'), numbers: async () => void reads.push('numbers') };
    const told = notices(host().system, timers);
    await told.setSettings({ lowBalance: false });
    told.startChecks(read);
    notices(undefined, timers).startChecks(read);
    notices(host({ supported: false }).system, timers).startChecks(read);
    await run(NOTICE_CHECKS.numbersEveryMs);
    expect(reads).toEqual(['numbers', 'numbers']);
  });
});
