/**
 * The emulator contract in both of the vendor's documented answer shapes (design.md, ladder
 * step 8): the real client against the real sandbox, once speaking the usual shapes and once the
 * other ones (numeric or string status, a bare array for a page, counts as strings, `voiceGroupId`
 * for a trunk's agent group, `voicemailMaxHangup` as a string). Every endpoint must read the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../../../contract/result';
import { createItnioClient, ENDPOINTS, fetchAllPages, type ItnioClient } from '../../../../../main/platform/itnio';
import { startSandbox, type AnswerShapes, type Sandbox } from '../../../../../main/sandbox';
import { memoryLogger } from '../../../../support/memory-log';

const KEY = 'shapesKey42';
const SECRET = 'shapes-secret-never-logged-71aa';

let sandbox: Sandbox;
let client: ItnioClient;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, credentials: [{ apiKey: KEY, apiSecret: SECRET }], logger: memoryLogger().log });
  sandbox.state.cdrDelayMs = 0;
  client = createItnioClient({ baseUrl: sandbox.url, apiKey: KEY, apiSecret: SECRET, logger: memoryLogger().log });
});
afterAll(async () => {
  await client.close();
  await sandbox.close();
});

const valueOf = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`expected a value, got ${result.error.kind}: ${result.error.message}`);
  return result.value;
};

const timesOf = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).flatMap(([name, value]) => (name.endsWith('Time') ? [[name, typeof value]] : [])));

/** Each read-only endpoint's answer, read in the given shapes. */
async function readEverything(shapes: AnswerShapes) {
  sandbox.state.answerShapes = shapes;
  const appId = sandbox.state.appId;
  const recordingId = valueOf(await client.request(ENDPOINTS.sendSip, { callee: '447700900123', account: sandbox.state.phones[0]!.account, appId }));
  const record = valueOf(await client.request(ENDPOINTS.recordSip, { voiceId: recordingId }));
  // A bare array says nothing of the page size: the records and their count are what must agree.
  const listed = <T>({ total, records }: { total: number; records: T[] }) => ({ total, records });
  return {
    balance: Number(valueOf(await client.request(ENDPOINTS.getBalance, {})).balance),
    firstPhones: listed(valueOf(await client.request(ENDPOINTS.sipQuery, { current: 1, size: 3, params: { appId } }))),
    // Several pages: the counts of every page come as strings in the other shapes.
    allPhones: valueOf(await fetchAllPages((current) => client.request(ENDPOINTS.sipQuery, { current, size: 2, params: { appId } }))),
    numbers: listed(valueOf(await client.request(ENDPOINTS.numberQueryPage, { current: 1, size: 100, params: {} }))),
    trunks: listed(valueOf(await client.request(ENDPOINTS.trunkQuery, { current: 1, size: 100, params: {} }))),
    agentGroups: listed(valueOf(await client.request(ENDPOINTS.agentGroupQuery, { current: 1, size: 100, params: {} }))),
    // Two calls a moment apart: their ids and times differ, whatever the shapes.
    record: record && { ...record, voiceId: 'same call', recordingFileId: 'same recording', ...timesOf(record) },
  };
}

describe('the vendor answers in either documented shape', () => {
  it('reads every endpoint the same in the usual and the other shapes', async () => {
    const usual = await readEverything('usual');
    const other = await readEverything('other');
    // Each round places a call, which the balance pays for.
    expect(other).toEqual({ ...usual, balance: sandbox.state.balance });
    expect(usual.balance).toBeGreaterThan(other.balance);
  });

  it('reads the ids of a trunk’s agent groups from voiceGroupId as from groupId', async () => {
    sandbox.state.answerShapes = 'other';
    const trunks = valueOf(await client.request(ENDPOINTS.trunkQuery, { current: 1, size: 100, params: {} }));
    const expected = sandbox.state.trunks.map((trunk) => trunk.groupList.map(({ voiceGroupId }) => voiceGroupId));
    expect(trunks.records.map((trunk) => trunk.groupList.map(({ groupId }) => groupId))).toEqual(expected);
    expect(expected.flat().length).toBeGreaterThan(0);
  });

  it('reads a number’s voicemailMaxHangup sent as a string as the number it is', async () => {
    sandbox.state.answerShapes = 'other';
    const numbers = valueOf(await client.request(ENDPOINTS.numberQueryPage, { current: 1, size: 100, params: {} }));
    const expected = sandbox.state.numbers.map((number) => number.voicemailMaxHangup ?? null);
    expect(numbers.records.map((number) => number.voicemailMaxHangup)).toEqual(expected);
    expect(expected.some((value) => typeof value === 'number')).toBe(true);
  });

  it('sends the other shapes on the wire when switched over', async () => {
    sandbox.state.answerShapes = 'other';
    const raw = await fetch(`${sandbox.url}/v3/cc/sipTrunk/query`, { method: 'POST', body: '{}' });
    // The trunk query usually sends its status as a number; an unsigned request is refused with a string.
    expect(((await raw.json()) as { status: unknown }).status).toEqual(expect.any(String));
  });
});
