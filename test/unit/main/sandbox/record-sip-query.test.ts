/**
 * The phone call records the sandbox keeps (six weeks the seeded phones dialled themselves, and the
 * calls placed through sendSip) and `/voice/recordSipQuery` over them: the vendor's window and
 * page rules, and a long history read window by window.
 */
import { describe, expect, it } from 'vitest';
import { oldestKept } from '../../../../main/sandbox/call-records';
import { createState } from '../../../../main/sandbox/seed';
import type { Call } from '../../../../main/sandbox/state';
import { useAccount } from '../../../support/account';
import { CREDENTIALS, KEY, post, SECRET, send, statusOf } from './client';

const sandbox = useAccount({ apiKey: KEY, apiSecret: SECRET });

const DAY = 86_400_000;
const MINUTE = 60_000;
/** The vendor's window rule: at most 31 days between strTime and endTime. */
const WINDOW = 31 * DAY;

/** Now to the second: the windows' times are written in whole seconds, so the sums here match them. */
const nowSeconds = () => Math.floor(Date.now() / 1000) * 1000;

/** ISO-8601 with an offset, the instant `ms` as a clock at `offsetHours` reads it. */
function iso(ms: number, offsetHours = 0): string {
  const zone = `${offsetHours < 0 ? '-' : '+'}${String(Math.abs(offsetHours)).padStart(2, '0')}:00`;
  return `${new Date(ms + offsetHours * 3_600_000).toISOString().slice(0, 19)}${zone}`;
}

interface Row {
  voiceId: string;
  sipGroupName: string;
  phoneName: string;
  callee: string;
  code: string;
  submitTime: string;
  answerTime: string | null;
  callDuration: number;
  chargedDuration: number;
  terminationCode: string;
  cost: string;
  rate: string;
  recordingFileId: string | null;
}

const query = (from: number, to: number, page: { current?: number; size?: number } = {}, filters: Record<string, unknown> = {}) =>
  post(sandbox, '/voice/recordSipQuery', { current: page.current ?? 1, size: page.size ?? 100, params: { strTime: iso(from), endTime: iso(to), ...filters } });

/** Every page of one window, as a client reads it; also checks each page's own figures. */
async function readWindow(from: number, to: number, filters: Record<string, unknown> = {}, size = 100): Promise<Row[]> {
  const rows: Row[] = [];
  let pages = 1;
  for (let current = 1; current <= pages; current++) {
    const answer = await query(from, to, { current, size }, filters);
    expect(answer.status).toBe('0');
    expect(answer.data).toMatchObject({ current, size });
    pages = answer.data.pages;
    rows.push(...(answer.data.records as Row[]));
  }
  return rows;
}

const dialledIn = (from: number, to: number, keep: (call: Call) => boolean = () => true) =>
  sandbox.state.dialledCalls.filter((call) => call.at >= from && call.at <= to && keep(call));
const accountOf = (phoneName: string) => sandbox.state.phones.find((phone) => phone.phoneName === phoneName)!.account;
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const idsOf = (items: readonly { recordingId: string }[]) => items.map((call) => call.recordingId).sort();
const voiceIdsOf = (rows: readonly Row[]) => rows.map((row) => row.voiceId).sort();
const isNewestFirst = (rows: readonly Row[]) => rows.every((row, index) => index === 0 || Date.parse(row.submitTime) <= Date.parse(rows[index - 1]!.submitTime));

describe('the seeded phone call history', () => {
  it('holds a few thousand calls over six weeks up to an hour before the start, busy on weekdays, quiet at weekends', () => {
    const now = nowSeconds();
    const calls = sandbox.state.dialledCalls;
    expect(calls.length).toBeGreaterThan(2000);
    expect(calls.length).toBeLessThan(4000);
    expect(calls[0]!.at).toBeGreaterThanOrEqual(Math.floor(now / DAY) * DAY - 42 * DAY);
    expect(calls.at(-1)!.at).toBeLessThanOrEqual(now - 60 * MINUTE);
    expect(calls.map((call) => call.at)).toEqual(calls.map((call) => call.at).sort((a, b) => a - b));
    expect(new Set(calls.map((call) => call.recordingId)).size).toBe(calls.length);
    // Business hours, 08:00 to 18:00 UTC; a phone's last call may start a little after, once it is free.
    expect(calls.filter((call) => new Date(call.at).getUTCHours() < 8 || new Date(call.at).getUTCHours() >= 19)).toEqual([]);

    const perDay = new Map<string, number>();
    for (const call of calls.filter((call) => utcDay(call.at) !== utcDay(now))) perDay.set(utcDay(call.at), (perDay.get(utcDay(call.at)) ?? 0) + 1);
    const weekdays = [...perDay].filter(([day]) => ![0, 6].includes(new Date(day).getUTCDay())).map(([, count]) => count);
    const weekends = [...perDay].filter(([day]) => [0, 6].includes(new Date(day).getUTCDay())).map(([, count]) => count);
    expect(weekdays).toHaveLength(30);
    expect(weekends).toHaveLength(12);
    expect(Math.min(...weekdays)).toBeGreaterThanOrEqual(50);
    expect(Math.max(...weekdays)).toBeLessThanOrEqual(105);
    const average = weekdays.reduce((sum, count) => sum + count, 0) / weekdays.length;
    expect(average).toBeGreaterThan(60);
    expect(average).toBeLessThan(90);
    expect(Math.max(...weekends)).toBeLessThan(Math.min(...weekdays) / 3);
  });

  it('is dialled from every seeded phone, some far busier than others, and from no other', () => {
    const perPhone = (phoneName: string) => sandbox.state.dialledCalls.filter((call) => call.account === accountOf(phoneName)).length;
    const seeded = sandbox.state.phones.map((phone) => phone.account);
    expect(sandbox.state.dialledCalls.every((call) => seeded.includes(call.account))).toBe(true);
    for (const phone of sandbox.state.phones) expect(perPhone(phone.phoneName)).toBeGreaterThan(0);
    expect(perPhone('desk-1')).toBeGreaterThan(3 * perPhone('desk-3'));
    expect(perPhone('support-1')).toBeGreaterThan(5 * perPhone('dock-2'));
  });

  it('is the same on every run, and a day holds the same calls whichever day the sandbox starts', () => {
    const now = Date.parse('2026-03-18T15:30:00Z');
    const today = createState(CREDENTIALS, true, now).dialledCalls;
    expect(createState(CREDENTIALS, true, now).dialledCalls).toEqual(today);
    const tomorrow = createState(CREDENTIALS, true, now + DAY).dialledCalls;
    const bothSee = (call: Call) => call.at >= Date.parse('2026-02-05T00:00:00Z') && call.at < Date.parse('2026-03-18T00:00:00Z');
    expect(tomorrow.filter(bothSee)).toEqual(today.filter(bothSee));
    expect(today.filter(bothSee).length).toBeGreaterThan(2000);
    // Today's calls appear as the day goes on: an hour later, more of them.
    expect(createState(CREDENTIALS, true, now + 60 * MINUTE).dialledCalls.length).toBeGreaterThan(today.length);
  });

  it('reads as realistic records: mostly answered and billed per started minute at the route’s rate, the rest busy, unanswered or failed and free', async () => {
    const now = nowSeconds();
    const rows = await readWindow(now - WINDOW, now);
    expect(rows).toHaveLength(dialledIn(now - WINDOW, now).length);
    const byCode = (code: string) => rows.filter((row) => row.terminationCode === code);
    expect(new Set(rows.map((row) => row.terminationCode))).toEqual(new Set(['200', '480', '486', '404', '503']));
    expect(byCode('200').length / rows.length).toBeGreaterThan(0.6);
    expect(byCode('200').length / rows.length).toBeLessThan(0.85);
    expect(byCode('480').length).toBeGreaterThan(byCode('404').length);
    expect(byCode('486').length).toBeGreaterThan(byCode('503').length);

    const countries = new Set(sandbox.state.rates.map((rate) => rate.country));
    const isBilledAnswer = (row: Row) =>
      row.callDuration >= 20 &&
      row.callDuration <= 15 * 60 &&
      row.chargedDuration === Math.ceil(row.callDuration / 60) * 60 &&
      row.cost === ((Number(row.rate) * row.chargedDuration) / 60).toFixed(4) &&
      row.answerTime !== null &&
      row.recordingFileId === `${row.voiceId}.wav`;
    const isFreeMiss = (row: Row) =>
      row.callDuration === 0 && row.chargedDuration === 0 && row.cost === '0.0000' && row.answerTime === null && row.recordingFileId === null;
    expect(rows.filter((row) => !/^\d{7,15}$/.test(row.callee) || !countries.has(row.code))).toEqual([]);
    expect(rows.filter((row) => (row.terminationCode === '200' ? !isBilledAnswer(row) : !isFreeMiss(row)))).toEqual([]);
    expect(new Set(rows.map((row) => row.code)).size).toBeGreaterThanOrEqual(4);
  });

  it('answers a dialled call by its id, and its recording when it was answered', async () => {
    const get = async (path: string) => JSON.parse((await send(sandbox, path, undefined, { method: 'GET' })).text);
    const answered = sandbox.state.dialledCalls.find((call) => call.course?.ending === 'answered')!;
    const busy = sandbox.state.dialledCalls.find((call) => call.course?.ending === 'busy')!;
    expect((await get(`/voice/recordSip/${answered.recordingId}`)).data).toMatchObject({ voiceId: answered.recordingId, callee: answered.callee, terminationCode: '200' });
    expect((await get(`/voice/recordSip/${busy.recordingId}`)).data).toMatchObject({ voiceId: busy.recordingId, terminationCode: '486', recordingFileId: null });
    expect((await get(`/voice/getRecordingFileUrl?recordingFileId=${answered.recordingId}.wav&sourceType=sip`)).status).toBe('0');
    expect((await get(`/voice/getRecordingFileUrl?recordingFileId=${busy.recordingId}.wav&sourceType=sip`)).status).toBe('-22');
  });
});

describe('POST /voice/recordSipQuery', () => {
  const placeCall = async (callee: string) => {
    const placed = await post(sandbox, '/voice/sendSip', { callee, account: sandbox.state.phones[0]!.account, appId: sandbox.state.appId });
    expect(placed.status).toBe('0');
    return placed.data as string;
  };

  it('lists placed calls beside the history once filed, newest first, filtered by phone', async () => {
    sandbox.state.cdrDelayMs = 0;
    const first = await placeCall('447700900123');
    sandbox.state.calls[0]!.at -= 60_000;
    const second = await placeCall('12025550143');
    // The seeded history ends an hour before the sandbox started: the last ten minutes hold only these.
    const now = nowSeconds();
    const recent = (filters: Record<string, unknown> = {}) => query(now - 10 * MINUTE, now + 1000, { size: 10 }, filters);
    const answer = await recent();
    expect(answer.status).toBe('0');
    expect(answer.data).toMatchObject({ total: 2, current: 1, size: 10, pages: 1 });
    expect(answer.data.records.map((record: Row) => record.voiceId)).toEqual([second, first]);
    expect((await recent({ phoneName: 'desk-2' })).data.total).toBe(0);
    expect((await recent({ sipGroupName: 'Front Office', phoneName: 'desk-1' })).data.total).toBe(2);
    expect((await query(now - DAY, now + 1000)).data.total).toBe(dialledIn(now - DAY, now).length + 2);
  });

  it('leaves out records not filed yet', async () => {
    await placeCall('447700900123');
    const now = nowSeconds();
    expect((await query(now - 10 * MINUTE, now + 1000)).data.total).toBe(0);
  });

  it('answers -22 for a window over 31 days, reversed, older than two months, missing a time, or not ISO-8601 with an offset', async () => {
    const now = nowSeconds();
    const window = (params: Record<string, unknown>) => statusOf(sandbox, '/voice/recordSipQuery', { current: 1, size: 10, params });
    expect(await window({ strTime: iso(now - WINDOW), endTime: iso(now) })).toBe('0');
    expect(await window({ strTime: iso(now - WINDOW - 1000), endTime: iso(now) })).toBe('-22');
    expect(await window({ strTime: iso(now - 32 * DAY), endTime: iso(now) })).toBe('-22');
    expect(await window({ strTime: iso(now), endTime: iso(now - DAY) })).toBe('-22');
    // Two months back by the calendar, as the vendor keeps them; the sandbox's clock reads a little later than ours.
    expect(await window({ strTime: iso(oldestKept(now) + MINUTE), endTime: iso(oldestKept(now) + DAY) })).toBe('0');
    expect(await window({ strTime: iso(oldestKept(now) - 1000), endTime: iso(oldestKept(now) + DAY) })).toBe('-22');
    expect(await window({ strTime: iso(now - 70 * DAY), endTime: iso(now - 60 * DAY) })).toBe('-22');
    expect(await window({ strTime: iso(now - DAY) })).toBe('-22');
    expect(await window({ endTime: iso(now) })).toBe('-22');
    expect(await window({ strTime: '2026-11-01 00:00:00', endTime: iso(now) })).toBe('-22');
    expect(await window({ strTime: iso(now - DAY).slice(0, 19), endTime: iso(now) })).toBe('-22');
    expect(await window({ strTime: now - DAY, endTime: now })).toBe('-22');
    expect(await statusOf(sandbox, '/voice/recordSipQuery', { current: 1, size: 10 })).toBe('-22');
  });

  it('reads a window the same whatever offset its times are written with', async () => {
    const now = nowSeconds();
    const totals = await Promise.all(
      [0, 8, -5].map(async (offset) => {
        const params = { strTime: iso(now - 3 * DAY, offset), endTime: iso(now - DAY, offset) };
        return (await post(sandbox, '/voice/recordSipQuery', { current: 1, size: 1, params })).data.total;
      }),
    );
    expect(totals).toEqual([0, 0, 0].map(() => dialledIn(now - 3 * DAY, now - DAY).length));
    expect(totals[0]).toBeGreaterThan(0);
  });

  it('holds the page to size 1–100 and current ≥ 1', async () => {
    const now = nowSeconds();
    const page = (current: unknown, size: unknown) => statusOf(sandbox, '/voice/recordSipQuery', { current, size, params: { strTime: iso(now - DAY), endTime: iso(now) } });
    expect(await page(1, 1)).toBe('0');
    expect(await page(1, 100)).toBe('0');
    for (const [current, size] of [[1, 0], [1, 101], [1, 2.5], [1, '10'], [0, 10], [-1, 10], [1.5, 10], [1, undefined], [undefined, 10]]) {
      expect({ current, size, status: await page(current, size) }).toEqual({ current, size, status: '-22' });
    }
  });

  it('pages a window: total and pages right, newest first throughout, the last page partial, a page past the end empty', async () => {
    const now = nowSeconds();
    const from = now - 10 * DAY;
    const expected = dialledIn(from, now);
    // A page size that leaves the last page partial, whatever the days' counts.
    const size = expected.length % 100 === 0 ? 99 : 100;
    const pages = Math.ceil(expected.length / size);

    const rows = await readWindow(from, now, {}, size);
    expect(rows).toHaveLength(expected.length);
    expect(voiceIdsOf(rows)).toEqual(idsOf(expected));
    expect(isNewestFirst(rows)).toBe(true);

    const last = await query(from, now, { current: pages, size });
    expect(last.data).toMatchObject({ total: expected.length, pages, current: pages, size });
    expect(last.data.records).toHaveLength(expected.length - (pages - 1) * size);
    const past = await query(from, now, { current: pages + 1, size });
    expect(past.status).toBe('0');
    expect(past.data).toMatchObject({ total: expected.length, pages, current: pages + 1, size, records: [] });
    const small = await query(from, now, { current: 3, size: 7 });
    expect(small.data).toMatchObject({ total: expected.length, pages: Math.ceil(expected.length / 7), current: 3, size: 7 });
    expect(small.data.records.map((row: Row) => row.voiceId)).toEqual(rows.slice(14, 21).map((row) => row.voiceId));
  });

  it('filters by the exact group and phone name', async () => {
    const now = nowSeconds();
    const from = now - 7 * DAY;
    const totalOf = async (filters: Record<string, unknown>) => (await query(from, now, { size: 1 }, filters)).data.total as number;
    const desks = new Set(['desk-1', 'desk-2', 'desk-3'].map(accountOf));

    const desk1 = await readWindow(from, now, { phoneName: 'desk-1' });
    expect(voiceIdsOf(desk1)).toEqual(idsOf(dialledIn(from, now, (call) => call.account === accountOf('desk-1'))));
    expect(isNewestFirst(desk1)).toBe(true);
    expect(desk1.every((row) => row.phoneName === 'desk-1' && row.sipGroupName === 'Front Office')).toBe(true);
    expect(await totalOf({ sipGroupName: 'Front Office' })).toBe(dialledIn(from, now, (call) => desks.has(call.account)).length);
    expect(await totalOf({ sipGroupName: 'Front Office', phoneName: 'desk-2' })).toBe(dialledIn(from, now, (call) => call.account === accountOf('desk-2')).length);
    expect(await totalOf({ sipGroupName: null, phoneName: '' })).toBe(dialledIn(from, now).length);
    for (const filters of [{ phoneName: 'desk' }, { phoneName: 'DESK-1' }, { phoneName: 'desk-1 ' }, { sipGroupName: 'Front' }, { sipGroupName: 'front office' }, { sipGroupName: 'Support Team', phoneName: 'desk-1' }]) {
      expect({ filters, total: await totalOf(filters) }).toEqual({ filters, total: 0 });
    }
    expect(await statusOf(sandbox, '/voice/recordSipQuery', { current: 1, size: 1, params: { strTime: iso(from), endTime: iso(now), phoneName: 7 } })).toBe('-22');
  });

  it('lists a call exactly at the end of one window and the start of the next in both: a client merging windows must dedupe by voiceId', async () => {
    const times = sandbox.state.dialledCalls.map((call) => call.at);
    const call = sandbox.state.dialledCalls.find((candidate, index) => index > 0 && times.indexOf(candidate.at) === times.lastIndexOf(candidate.at))!;
    const before = await query(call.at - DAY, call.at, { size: 1 });
    expect(before.data.records[0].voiceId).toBe(call.recordingId);
    const after = await query(call.at, call.at + DAY, { size: 1 });
    const oldest = await query(call.at, call.at + DAY, { size: 1, current: after.data.total });
    expect(oldest.data.records[0].voiceId).toBe(call.recordingId);
    // A second either side, it is in one window only.
    expect((await query(call.at - DAY, call.at - 1000, { size: 1 })).data.records[0]?.voiceId).not.toBe(call.recordingId);
    expect((await query(call.at + 1000, call.at + DAY, { size: 1 })).data.total).toBe(after.data.total - 1);
  });
});

describe('reading six weeks window by window', () => {
  it('returns every seeded call exactly once after merging by voiceId: 31 days, then the rest', async () => {
    const now = nowSeconds();
    const start = Math.floor(now / DAY) * DAY - 42 * DAY;
    expect(start).toBeGreaterThan(oldestKept(now));
    const first = await readWindow(start, start + WINDOW);
    const rest = await readWindow(start + WINDOW, now);

    const merged = new Map([...first, ...rest].map((row) => [row.voiceId, row]));
    const kept = sandbox.state.dialledCalls.filter((call) => call.at >= oldestKept(now));
    expect(kept).toHaveLength(sandbox.state.dialledCalls.length);
    expect(merged.size).toBe(kept.length);
    expect(voiceIdsOf([...merged.values()])).toEqual(idsOf(kept));
    // Read twice only what sits exactly on the seam.
    expect(first.length + rest.length - merged.size).toBe(kept.filter((call) => call.at === start + WINDOW).length);
    expect(first.length).toBeGreaterThan(rest.length);
  });
});
