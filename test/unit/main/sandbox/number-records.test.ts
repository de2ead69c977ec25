/**
 * The sandbox's number call history (`POST /number/record/queryPage`, wider API §5.3) over real
 * HTTP with the tests' own signing client: the seeded six weeks, paging, the vendor's window and
 * two-month rules, a call rung in by a test, and the recordings its records link to.
 */
import { describe, expect, it } from 'vitest';
import { ringNumber } from '../../../../main/sandbox/state';
import { useAccount } from '../../../support/account';
import { KEY, post, SECRET, statusOf } from './client';

const sandbox = useAccount({ apiKey: KEY, apiSecret: SECRET });

const PATH = '/number/record/queryPage';
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
const query = (fromMs: number, toMs: number, current = 1, size = 100) => ({ current, size, params: { strTime: iso(fromMs), endTime: iso(toMs) } });

interface Record {
  callid: string;
  number: string;
  caller: string;
  callSource: number | string;
  callDuration: number;
  startTime: string;
  endTime: string | number;
  pay: number | string;
  sipCode: string;
  recordingFileUrl: string;
}

describe('POST /number/record/queryPage', () => {
  it('answers the seeded calls of a window, newest first, incoming and outgoing, with missed calls only on the London office', async () => {
    const now = Date.now();
    const answer = await post(sandbox, PATH, query(now - 31 * DAY, now));
    expect(answer.status).toBe('0');
    const records = answer.data.records as Record[];
    expect(records.length).toBeGreaterThan(20);
    expect(answer.data).toMatchObject({ total: records.length, current: 1, size: 100, pages: 1 });
    const starts = records.map((record) => Number(record.startTime));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    // The table's "timestamp strings": epoch seconds as digits; callSource an integer, pay a number.
    expect(records[0]).toMatchObject({ startTime: expect.stringMatching(/^\d{10}$/), endTime: expect.stringMatching(/^\d{10}$/), callSource: expect.any(Number), pay: expect.any(Number) });
    expect(new Set(records.map((record) => record.callSource))).toEqual(new Set([2, 3]));
    const missed = records.filter((record) => record.callSource === 2 && record.callDuration === 0);
    expect(missed.length).toBeGreaterThanOrEqual(2);
    expect(new Set(missed.map((record) => record.number))).toEqual(new Set(['442079460958']));
    for (const record of missed) {
      expect(['480', '487']).toContain(record.sipCode);
      expect(record.recordingFileUrl).toBe('');
    }
    // At least one missed call within the last week, which the CLI reads by default.
    expect(missed.some((record) => Number(record.startTime) * 1000 > now - 7 * DAY)).toBe(true);
  });

  it('seeds the same calls on every start', async () => {
    const now = Date.now();
    const shape = (records: Record[]) => records.map(({ callid, number, caller, callSource, callDuration, sipCode, pay }) => [callid, number, caller, callSource, callDuration, sipCode, pay]);
    const first = shape((await post(sandbox, PATH, query(now - 31 * DAY, now))).data.records);
    const { startAccount } = await import('../../../support/account');
    const other = await startAccount({ apiKey: KEY, apiSecret: SECRET });
    try {
      expect(shape((await post(other, PATH, query(now - 31 * DAY, now))).data.records)).toEqual(first);
    } finally {
      await other.close();
    }
  });

  it('pages by the size asked for, an empty page past the end', async () => {
    const now = Date.now();
    const all = (await post(sandbox, PATH, query(now - 31 * DAY, now))).data;
    const pages = Math.ceil(all.total / 10);
    const second = (await post(sandbox, PATH, query(now - 31 * DAY, now, 2, 10))).data;
    expect(second).toMatchObject({ total: all.total, size: 10, current: 2, pages });
    expect(second.records.map((record: Record) => record.callid)).toEqual(all.records.slice(10, 20).map((record: Record) => record.callid));
    expect((await post(sandbox, PATH, query(now - 31 * DAY, now, pages + 1, 10))).data.records).toEqual([]);
  });

  it('answers -22 for paging outside 1–100 or a page below 1', async () => {
    const now = Date.now();
    expect(await statusOf(sandbox, PATH, query(now - DAY, now, 1, 101))).toBe('-22');
    expect(await statusOf(sandbox, PATH, query(now - DAY, now, 1, 0))).toBe('-22');
    expect(await statusOf(sandbox, PATH, query(now - DAY, now, 0, 10))).toBe('-22');
    expect(await statusOf(sandbox, PATH, { size: 10, params: query(now - DAY, now).params })).toBe('-22');
  });

  it('answers -22 for a window over 31 days, reversed, starting over two months back, or without ISO-8601 times with an offset', async () => {
    const now = Date.now();
    expect(await statusOf(sandbox, PATH, query(now - 31 * DAY - 1000, now))).toBe('-22');
    expect(await statusOf(sandbox, PATH, query(now - 31 * DAY, now))).toBe('0');
    expect(await statusOf(sandbox, PATH, query(now, now - DAY))).toBe('-22');
    expect(await statusOf(sandbox, PATH, query(now - 64 * DAY, now - 40 * DAY))).toBe('-22');
    expect(await statusOf(sandbox, PATH, { current: 1, size: 10, params: { strTime: '2026-11-01 00:00:00', endTime: iso(now) } })).toBe('-22');
    expect(await statusOf(sandbox, PATH, { current: 1, size: 10, params: { strTime: String(Math.floor(now / 1000) - 3600), endTime: iso(now) } })).toBe('-22');
    expect(await statusOf(sandbox, PATH, { current: 1, size: 10, params: { strTime: iso(now - DAY) } })).toBe('-22');
    expect(await statusOf(sandbox, PATH, { current: 1, size: 10 })).toBe('-22');
  });

  it('lists a call rung in by a test at once: missed with no recording, or answered with one the sandbox serves', async () => {
    const missed = ringNumber(sandbox.state, { number: '447700900123', caller: '447700900999' });
    const answered = ringNumber(sandbox.state, { number: '447700900123', caller: '447700900998', at: Date.now() - 60_000, answeredSeconds: 42 });
    // Links are served once a query lists them, so getRecordingFileUrl's own are the only ones before.
    expect(sandbox.state.recordingLinks).toEqual([]);
    const now = Date.now();
    const [first, second] = (await post(sandbox, PATH, query(now - DAY, now + 1000))).data.records as Record[];
    expect(first).toMatchObject({ callid: missed.callId, number: '447700900123', caller: '447700900999', callSource: 2, callDuration: 0, sipCode: '487', recordingFileUrl: '', pay: 0 });
    expect(second).toMatchObject({ callid: answered.callId, callSource: 2, callDuration: 42, sipCode: '200' });
    expect(second!.recordingFileUrl).toMatch(new RegExp(`^${sandbox.url}/recordings/[0-9a-f]{24}\\.wav$`));

    // A direct link: a plain GET, no signature, the sandbox's WAV tone.
    const audio = await fetch(second!.recordingFileUrl);
    expect(audio.status).toBe(200);
    expect(audio.headers.get('content-type')).toBe('audio/wav');
    expect(Buffer.from(await audio.arrayBuffer()).subarray(0, 4).toString('latin1')).toBe('RIFF');
  });

  it("speaks the vendor's other shapes when switched: an ISO start, an end in epoch milliseconds, callSource and pay as strings", async () => {
    sandbox.state.answerShapes = 'other';
    const call = ringNumber(sandbox.state, { number: '12025550143', caller: '12025550101', answeredSeconds: 30 });
    const now = Date.now();
    const answer = await post(sandbox, PATH, query(now - DAY, now + 1000));
    const records = (Array.isArray(answer.data) ? answer.data : answer.data.records) as Record[];
    const record = records.find((candidate) => candidate.callid === call.callId)!;
    expect(record).toMatchObject({ startTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/), callSource: '2', pay: expect.stringMatching(/^\d+\.\d{4}$/) });
    expect(typeof record.endTime).toBe('number');
    expect(Number(record.endTime) - Date.parse(record.startTime)).toBeGreaterThan(30_000);
  });
});
