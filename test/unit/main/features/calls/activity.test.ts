/**
 * calls.activity and calls.activityRecording: the operator's days turned into ITNIO's windows
 * (ISO-8601 with the operator's offset, at most 31 days each, within the two months ITNIO keeps),
 * every page of each read, merged, filtered and sorted; the last read kept for an outage; and the
 * recordings the records link to, fetched by main. Against the sandbox over real HTTP, and a
 * hostile vendor for answers no real one should send.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../../../../../contract/result';
import type { ActivityInput, ActivityList } from '../../../../../contract/schemas/activity';
import { earliestKeptDay } from '../../../../../contract/schemas/activity';
import { createActivityServices } from '../../../../../main/features/calls/activity';
import { keptReads } from '../../../../../main/platform/connections/kept-reads';
import { inEnglish } from '../../../../../main/platform/messages';
import { createItnioClient, type ItnioClient } from '../../../../../main/platform/itnio';
import type { Kept, ReadCache } from '../../../../../main/platform/storage/read-cache';
import { ringNumber } from '../../../../../main/sandbox/state';
import { useAccount } from '../../../../support/account';
import { json, page, startHostileVendor, success, type HostileVendor } from '../../../../support/hostile-vendor';
import { memoryLogger } from '../../../../support/memory-log';

const KEY = 'activityKey1';
const SECRET = 'activity-secret-never-logged';
const PATH = '/number/record/queryPage';
const DAY = 86_400_000;
const OFFSET = 120;

const sandbox = useAccount({ apiKey: KEY, apiSecret: SECRET });

const clients: ItnioClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

function memoryCache(): ReadCache {
  const kept = new Map<string, Kept>();
  return {
    get: async (profileId, key) => kept.get(`${profileId} ${key}`),
    put: async (profileId, key, value) => void kept.set(`${profileId} ${key}`, value),
    forget: async () => kept.clear(),
  };
}

/** The services over one signed client to `baseUrl` (the sandbox unless said), as profile p1, its reads kept in memory. */
function activityServices(baseUrl = sandbox.url) {
  const { log, lines } = memoryLogger();
  const client = createItnioClient({ baseUrl, apiKey: KEY, apiSecret: SECRET, logger: log, retryDelaysMs: [] });
  clients.push(client);
  const target = { profileId: 'p1', baseUrl, appId: 'app-7f3c21', apiKey: KEY, apiSecret: SECRET };
  const connections = { active: async () => ok({ target, client }), activeId: async () => ok('p1') };
  const services = createActivityServices({ connections, keep: keptReads({ cache: memoryCache(), activeId: connections.activeId, answerKept: true }), log });
  return {
    lines,
    activity: async (input: Partial<ActivityInput> = {}) => services['calls.activity']({ since: daysAgo(6), until: daysAgo(0), utcOffsetMinutes: OFFSET, ...input }),
    recording: (callId: string, profileId?: string) => services['calls.activityRecording']({ callId, ...(profileId ? { profileId } : {}) }),
  };
}

/** The operator's day (at OFFSET) `days` before today. */
const daysAgo = (days: number): string => new Date(Date.now() + OFFSET * 60_000 - days * DAY).toISOString().slice(0, 10);

const value = <T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
};

const windowsAsked = () => {
  const windows = sandbox.requests.filter((request) => request.path === PATH).map((request) => JSON.stringify((request.body as { params: unknown }).params));
  return [...new Set(windows)].map((text) => JSON.parse(text) as { strTime: string; endTime: string });
};

describe('calls.activity', () => {
  it('reads a 45-day range as two windows of at most 31 days, in the operator’s offset, and merges them newest first', async () => {
    const since = daysAgo(44);
    const until = daysAgo(0);
    const list = value(await activityServices().activity({ since, until }));
    const windows = windowsAsked();
    expect(windows).toHaveLength(2);
    expect(windows[0]!.strTime).toBe(`${since}T00:00:00+02:00`);
    expect(windows[1]!.endTime).toBe(`${until}T23:59:59+02:00`);
    // Each ends where the next begins, so no call falls between them.
    expect(windows[0]!.endTime).toBe(windows[1]!.strTime);
    for (const window of windows) expect(Date.parse(window.endTime) - Date.parse(window.strTime)).toBeLessThanOrEqual(31 * DAY);

    expect(list).toMatchObject({ profileId: 'p1', since, until });
    const expected = sandbox.state.numberCalls.filter((call) => call.at >= Date.parse(windows[0]!.strTime)).map((call) => call.callId);
    expect(list.records.map((record) => record.callId).sort()).toEqual(expected.sort());
    const starts = list.records.map((record) => Date.parse(record.startTime));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
  });

  it('maps the records: direction, missed and answered, cost as decimal text, a recording only where a link came', async () => {
    const list = value(await activityServices().activity());
    const missed = list.records.find((record) => record.missed)!;
    expect(missed).toMatchObject({ number: '442079460958', direction: 'incoming', answered: false, duration: 0, hasRecording: false, cost: '0' });
    expect(['480', '487']).toContain(missed.sipCode);
    const answered = list.records.find((record) => record.answered && record.direction === 'incoming')!;
    expect(answered).toMatchObject({ missed: false, sipCode: '200', hasRecording: true });
    expect(answered.cost).toMatch(/^\d+(\.\d+)?$/);
    expect(answered.duration).toBeGreaterThan(0);
    expect(JSON.stringify(list)).not.toContain('/recordings/');
  });

  it('filters by number, direction, missed and answered', async () => {
    const { activity } = activityServices();
    const range = { since: daysAgo(30), until: daysAgo(0) };
    const missed = value(await activity({ ...range, missed: true })).records;
    expect(missed.length).toBeGreaterThanOrEqual(2);
    expect(missed.every((record) => record.missed && record.direction === 'incoming' && !record.answered && record.number === '442079460958')).toBe(true);
    const us = value(await activity({ ...range, number: '12025550143' })).records;
    expect(us.length).toBeGreaterThan(0);
    expect(us.every((record) => record.number === '12025550143')).toBe(true);
    const outgoing = value(await activity({ ...range, direction: 'outgoing' })).records;
    expect(outgoing.length).toBeGreaterThan(0);
    expect(outgoing.every((record) => record.direction === 'outgoing' && !record.missed)).toBe(true);
    const answered = value(await activity({ ...range, answered: true })).records;
    expect(answered.every((record) => record.answered)).toBe(true);
    const all = value(await activity(range)).records;
    expect(answered.length + all.filter((record) => !record.answered).length).toBe(all.length);
  });

  it('shows a call rung in a moment ago as missed', async () => {
    const call = ringNumber(sandbox.state, { number: '447700900123', caller: '447700900999' });
    const [first] = value(await activityServices().activity({ missed: true })).records;
    expect(first).toMatchObject({ callId: call.callId, number: '447700900123', caller: '447700900999', missed: true });
  });

  it('refuses days before the two months ITNIO keeps, naming since, and sends nothing', async () => {
    const refused = await activityServices().activity({ since: daysAgo(70), until: daysAgo(50) });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'since', hint: expect.stringContaining('Nothing was sent') } });
    expect(!refused.ok && refused.error.rule).toContain(earliestKeptDay(Date.now(), OFFSET));
    expect(sandbox.requests.filter((request) => request.path === PATH)).toHaveLength(0);
  });

  it('reads from the first day ITNIO still keeps, starting where its records begin', async () => {
    const since = earliestKeptDay(Date.now(), OFFSET);
    expect(await activityServices().activity({ since, until: daysAgo(0) })).toMatchObject({ ok: true });
    expect(windowsAsked()).toHaveLength(2);
  });

  it('answers the last read, marked stale, when ITNIO cannot be reached; a read never made is the failure', async () => {
    const { activity } = activityServices();
    const fresh = value(await activity());
    sandbox.faults.inject({ kind: 'html', status: 502, path: PATH });
    const kept = value(await activity());
    expect(kept.stale).toMatchObject({ kind: 'server' });
    expect(kept.records).toEqual(fresh.records);
    expect(kept.fetchedAt).toBe(fresh.fetchedAt);
    expect(await activity({ missed: true })).toMatchObject({ ok: false, error: { kind: 'server' } });
  });

  it('passes a vendor refusal on in its own words', async () => {
    sandbox.faults.inject({ kind: 'status', code: '-15', path: PATH, times: 1 });
    expect(await activityServices().activity()).toMatchObject({ ok: false, error: { kind: 'vendor', code: '-15', message: expect.stringContaining('too frequent') } });
  });
});

describe('calls.activityRecording', () => {
  it('fetches the recording of an answered call read earlier, as checked audio', async () => {
    const { activity, recording } = activityServices();
    const list: ActivityList = value(await activity());
    const answered = list.records.find((record) => record.hasRecording)!;
    const audio = value(await recording(answered.callId));
    expect(audio).toMatchObject({ recordingId: answered.callId, mimeType: expect.stringMatching(/^audio\//), fileName: expect.stringMatching(/^call-ncr\d{8}\.wav$/) });
    expect(Buffer.from(audio.bytes.subarray(0, 4)).toString('latin1')).toBe('RIFF');
  });

  it('says when the call has no recording, was never read, or was read under another profile', async () => {
    const { activity, recording } = activityServices();
    const missed = value(await activity()).records.find((record) => record.missed)!;
    const none = await recording(missed.callId);
    expect(none).toMatchObject({ ok: false, error: { kind: 'vendor', message: expect.stringContaining('no recording'), say: { message: { key: 'calls.recording.none' }, hint: { key: 'calls.recording.checkAnswered' } } } });
    if (!none.ok) expect([inEnglish(none.error.say!.message), inEnglish(none.error.say!.hint!)]).toEqual([none.error.message, none.error.hint]);
    expect(await recording('ncr99999999')).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'callId' } });
    expect(await recording(missed.callId, 'p2')).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'callId' } });
  });
});

describe('against a hostile vendor', () => {
  let vendor: HostileVendor;
  beforeAll(async () => {
    vendor = await startHostileVendor();
  });
  afterEach(() => vendor.reset());
  afterAll(async () => {
    await vendor.close();
  });

  const record = (fields: Record<string, unknown>) => ({ callid: 'ncr1', number: '442079460958', caller: '447700900455', called: '442079460958', callSource: 2, callDuration: 30, startTime: '1763632800', sipCode: '200', pay: 0.05, ...fields });

  it('refuses a recording link that is not http or https, and fetches nothing', async () => {
    vendor.on(PATH, json(success(page([record({ recordingFileUrl: 'file:///etc/passwd' })]))));
    const { activity, recording } = activityServices(vendor.url);
    expect(value(await activity()).records[0]).toMatchObject({ callId: 'ncr1', hasRecording: true });
    expect(await recording('ncr1')).toMatchObject({ ok: false, error: { kind: 'server', message: expect.stringContaining('http or https') } });
  });

  it('refuses cleanly an answer with a huge or misshapen record', async () => {
    const { activity } = activityServices(vendor.url);
    vendor.on(PATH, json(success(page([record({ hangupReason: 'x'.repeat(600_000), caller: 'y'.repeat(600_000) })]))));
    expect(await activity()).toMatchObject({ ok: false, error: { kind: 'server' } });
    vendor.on(PATH, json(success(page([record({ startTime: { seconds: 1763632800 } })]))));
    expect(await activity()).toMatchObject({ ok: false, error: { kind: 'server', message: expect.stringContaining('numberRecordQuery') } });
  });

  it('leaves out, and logs, a record whose call source the docs do not name', async () => {
    vendor.on(PATH, json(success(page([record({ callSource: 7 }), record({ callid: 'ncr2', callSource: '3' })]))));
    const { activity, lines } = activityServices(vendor.url);
    expect(value(await activity()).records.map((entry) => [entry.callId, entry.direction])).toEqual([['ncr2', 'outgoing']]);
    expect(lines.some((line) => line.includes('calls.activity.unknownSource'))).toBe(true);
  });
});
