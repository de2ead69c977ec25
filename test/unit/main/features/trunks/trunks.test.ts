import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodName } from '../../../../../contract/methods';
import { updateInputFrom, type TrunkRecord, type UpdateTrunkInput } from '../../../../../contract/schemas/trunks';
import { UNSAFE_TEXT_RULE } from '../../../../../contract/text';
import { folderDialogs, type FileDialogs } from '../../../../../main/platform/files/dialogs';
import { createConnections } from '../../../../../main/platform/connections/connections';
import { keptReads } from '../../../../../main/platform/connections/kept-reads';
import { createSandboxRuntime } from '../../../../../main/platform/connections/sandbox-runtime';
import { openProfileStore } from '../../../../../main/platform/connections/profile-store';
import { createRouter, type Router } from '../../../../../main/router';
import type { Sandbox } from '../../../../../main/sandbox';
import { createMemoryStore } from '../../../../../main/platform/secrets';
import { openReadCache } from '../../../../../main/platform/storage/read-cache';
import { createTrunkServices } from '../../../../../main/features/trunks';
import { openChangeJournal } from '../../../../../main/features/changes/journal';
import { createChangeRecorder } from '../../../../../main/features/changes/recorder';
import { memoryLogger } from '../../../../support/memory-log';
import { call as callMethod, okValue, savedPath, type MethodArgs } from '../../../../support/router';
import { environmentOf, startAccount } from '../../../../support/account';

const KEY = 'trunkKey31';
const SECRET = 'trunk-secret-not-for-logs';

let sandbox: Sandbox;
let home: string;
let router: Router;
let logLines: string[];
let dialogs: ReturnType<typeof folderDialogs>;
let closeConnections: () => Promise<void>;

function wire(chosenDialogs: FileDialogs = dialogs) {
  const { log, lines } = memoryLogger();
  logLines = lines;
  const connections = createConnections({
    store: openProfileStore(home),
    secrets: createMemoryStore(),
    sandbox: createSandboxRuntime(log),
    log,
    environment: environmentOf(sandbox),
  });
  closeConnections = connections.closeAll;
  const keep = keptReads({ cache: openReadCache(home, log), activeId: connections.activeId, answerKept: true });
  const changes = createChangeRecorder({ journal: openChangeJournal(home), via: 'app', profileName: async (id) => id, log });
  const services = createTrunkServices({ connections, dialogs: chosenDialogs, log, keep, changes, now: () => new Date('2025-07-01T10:00:00Z') });
  // Every other method is out of scope here; the router only ever calls the trunk ones.
  router = createRouter(services as Parameters<typeof createRouter>[0], log);
}

beforeEach(async () => {
  sandbox = await startAccount({ apiKey: KEY, apiSecret: SECRET });
  home = mkdtempSync(join(tmpdir(), 'sb-trunks-'));
  dialogs = folderDialogs(join(home, 'exports'));
  wire();
});
afterEach(async () => {
  await closeConnections();
  await sandbox.close();
  rmSync(home, { recursive: true, force: true });
});

const passwords = () => sandbox.state.trunks.map((trunk) => trunk.sipPassword).filter((password): password is string => Boolean(password));

/** Calls a method the way the renderer does and checks no SIP password came back or was logged. */
async function call<M extends MethodName>(method: M, ...input: MethodArgs<M>) {
  const result = await callMethod(router, method, ...input);
  for (const password of passwords()) {
    if (method !== 'trunks.password') expect(JSON.stringify(result)).not.toContain(password);
    expect(logLines.join('\n')).not.toContain(password);
  }
  expect(logLines.join('\n')).not.toContain(SECRET);
  return result;
}

const value = async <M extends MethodName>(method: M, ...input: MethodArgs<M>) => okValue(await call(method, ...input), method);

const sent = (path: string) => sandbox.requests.filter((request) => request.path === path);
const updates = () => sent('/v3/cc/sipTrunk/update');

async function record(keyId: number): Promise<TrunkRecord> {
  const page = await value('trunks.list', { all: true });
  const found = page.records.find((trunk) => trunk.keyId === keyId);
  if (!found) throw new Error(`no trunk ${keyId}`);
  return found;
}

describe('trunks.list', () => {
  it('reads one page of the vendor’s paging, without SIP passwords', async () => {
    const page = await value('trunks.list', { current: 2, size: 3 });
    expect(page).toMatchObject({ total: 10, pages: 4, current: 2, size: 3 });
    expect(page.records.map((trunk) => trunk.keyId)).toEqual([2004, 2005, 2006]);
    expect(sent('/v3/cc/sipTrunk/query').at(-1)?.body).toEqual({ current: 2, size: 3, params: {} });
    const first = (await record(2001)) as Record<string, unknown>;
    expect(first).not.toHaveProperty('sipPassword');
    expect(first).toMatchObject({ hasSipPassword: true, sipTrunkState: true, sipAccount: 'lonout01', sipWhiteIp: '', enabled: true, sipPrefix: '9' });
    expect((await record(2002)).hasSipPassword).toBe(false);
  });

  it('filters by type and a part of the name on the server', async () => {
    const page = await value('trunks.list', { type: 2, sipTrunkName: ' lon ', current: 1, size: 20 });
    expect(page.records.map((trunk) => trunk.keyId)).toEqual([2006, 2007]);
    expect(sent('/v3/cc/sipTrunk/query').at(-1)?.body).toEqual({ current: 1, size: 20, params: { type: 2, sipTrunkName: 'lon' } });
    expect(page.records[0]?.groupList).toEqual([{ groupId: 101, groupName: 'Reception', number: '442079460958' }]);
  });

  it('reads every page in "all" mode', async () => {
    const template = sandbox.state.trunks[9]!;
    for (let index = 0; index < 150; index++) sandbox.state.trunks.push({ ...structuredClone(template), keyId: 3000 + index, sipTrunkName: `Bulk-${index}` });
    const page = await value('trunks.list', { all: true });
    expect(page.total).toBe(160);
    expect(page.records).toHaveLength(160);
    expect(sent('/v3/cc/sipTrunk/query').map((request) => (request.body as { current: number }).current)).toEqual([1, 2]);
  });

  it('refuses a page size over 100 and sends nothing', async () => {
    const result = await call('trunks.list', { current: 1, size: 101 });
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'size', message: 'size: must be 1–100' } });
    expect(sandbox.requests).toHaveLength(0);
  });
});

describe('trunks.password', () => {
  it('reveals one trunk’s SIP password on request', async () => {
    const expected = sandbox.state.trunks.find((trunk) => trunk.keyId === 2001)?.sipPassword;
    expect(await value('trunks.password', { keyId: 2001 })).toEqual({ keyId: 2001, sipPassword: expected });
    expect(await value('trunks.password', { keyId: 2002 })).toEqual({ keyId: 2002, sipPassword: '' });
    expect(await call('trunks.password', { keyId: 9999 })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'keyId' } });
  });
});

describe('trunks.update', () => {
  const edit = async (keyId: number, fields: Partial<UpdateTrunkInput>) => ({ ...updateInputFrom(await record(keyId)), ...fields });

  it('edits an outgoing trunk, keeping its current SIP password when the field is left empty, and reads the row back', async () => {
    const before = sandbox.state.trunks.find((trunk) => trunk.keyId === 2001)!;
    const password = before.sipPassword;
    const saved = await value(
      'trunks.update',
      await edit(2001, { sipTrunkName: 'LON-Out-Main', sipPrefix: '', sipGatewayIp: '198.51.100.12', groupList: [{ voiceGroupId: 101 }, { voiceGroupId: 106 }] }),
    );
    expect(updates()).toHaveLength(1);
    expect(updates()[0]?.body).toEqual({
      keyId: 2001,
      sipTrunkName: 'LON-Out-Main',
      sipPrefix: '',
      groupList: [{ voiceGroupId: 101 }, { voiceGroupId: 106 }],
      sipGatewayIp: '198.51.100.12',
      sipTrunkState: true,
      sipAccount: 'lonout01',
      sipPassword: password,
    });
    expect(before.sipPassword).toBe(password);
    expect(saved.keyId).toBe(2001);
    expect(saved.record).toMatchObject({ keyId: 2001, sipTrunkName: 'LON-Out-Main', sipPrefix: '', sipGatewayIp: '198.51.100.12', hasSipPassword: true });
    if (!saved.record) expect.fail('the trunk was not read back');
    expect(saved.record.groupList.map((group) => group.groupId)).toEqual([101, 106]);
    expect(saved.record.updateTime).not.toBe('2025-04-02 16:40:12');
  });

  it('sends a typed password, and with registration off no account or password at all', async () => {
    await value('trunks.update', await edit(2003, { sipPassword: 'Typed-N3w' }));
    expect(sandbox.state.trunks.find((trunk) => trunk.keyId === 2003)?.sipPassword).toBe('Typed-N3w');
    await value('trunks.update', await edit(2003, { sipTrunkState: false }));
    expect(updates().at(-1)?.body).not.toHaveProperty('sipPassword');
    expect(updates().at(-1)?.body).not.toHaveProperty('sipAccount');
  });

  it('asks for a password when registration is turned on for a trunk that has none, sending nothing', async () => {
    const result = await call('trunks.update', await edit(2004, { sipTrunkState: true, sipAccount: 'fraout01' }));
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'sipPassword' } });
    expect(updates()).toHaveLength(0);
  });

  it('edits an incoming trunk with a number for every agent group', async () => {
    const saved = await value(
      'trunks.update',
      await edit(2010, { sipWhiteIp: '2001:db8::41', groupList: [{ voiceGroupId: 103, number: '13105550199' }] }),
    );
    expect(updates()[0]?.body).toEqual({
      keyId: 2010,
      sipTrunkName: 'Lab-In-Test',
      sipPrefix: '',
      groupList: [{ voiceGroupId: 103, number: '13105550199' }],
      sipWhiteIp: '2001:db8::41',
      sipTrunkState: false,
    });
    expect(saved.record).toMatchObject({ sipWhiteIp: '2001:db8::41', groupList: [{ groupId: 103, groupName: 'Sales Americas', number: '13105550199' }] });
  });

  it.each([
    ['-47', 'sipTrunkName', 2004, { sipTrunkName: 'LON-In-Sales' }],
    ['-53', 'sipGatewayIp', 2004, { sipGatewayIp: '198.51.100.10' }],
    ['-52', 'groupList', 2004, { groupList: [{ voiceGroupId: 101 }] }],
    ['-60', 'sipWhiteIp', 2008, { sipWhiteIp: '203.0.113.40' }],
    ['-59', 'groupList', 2008, { groupList: [{ voiceGroupId: 104, number: '442079460958' }] }],
    ['-61', 'groupList', 2008, { groupList: [{ voiceGroupId: 104, number: '99912345678' }] }],
  ])('passes the vendor’s %s on with its message, hint and field (%s), sent once', async (code, field, keyId, fields) => {
    const result = await call('trunks.update', await edit(keyId, fields as Partial<UpdateTrunkInput>));
    expect(result).toMatchObject({ ok: false, error: { kind: 'vendor', code, field } });
    if (!result.ok) expect(result.error.hint).toBeTruthy();
    expect(updates()).toHaveLength(1);
  });

  it('is never retried after a dropped connection', async () => {
    sandbox.faults.inject({ kind: 'reset', path: '/v3/cc/sipTrunk/update' });
    const result = await call('trunks.update', await edit(2004, { sipPrefix: '0033' }));
    expect(result.ok).toBe(false);
    expect(updates()).toHaveLength(1);
  });

  describe('values read from ITNIO against our stricter rules', () => {
    // The vendor's own sample gateway: no IP address, yet a value ITNIO documents and may hold.
    const VENDOR_SAMPLE_GATEWAY = '12.325.353.2';
    const stored = (keyId: number) => sandbox.state.trunks.find((trunk) => trunk.keyId === keyId)!;

    it('renames a trunk whose stored gateway our IP rule would refuse, sending the gateway back as read', async () => {
      stored(2001).sipGatewayIp = VENDOR_SAMPLE_GATEWAY;
      const saved = await value('trunks.update', await edit(2001, { sipTrunkName: 'LON-Out-Main' }));
      expect(updates()).toHaveLength(1);
      expect(updates()[0]?.body).toMatchObject({ sipTrunkName: 'LON-Out-Main', sipGatewayIp: VENDOR_SAMPLE_GATEWAY });
      expect(saved.record).toMatchObject({ sipTrunkName: 'LON-Out-Main', sipGatewayIp: VENDOR_SAMPLE_GATEWAY });
    });

    it('holds a gateway that differs from the one ITNIO holds to the IP rule, and sends nothing', async () => {
      const result = await call('trunks.update', await edit(2004, { sipGatewayIp: VENDOR_SAMPLE_GATEWAY }));
      expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'sipGatewayIp', message: expect.stringMatching(/^sipGatewayIp: must be one IP address/) } });
      expect(updates()).toHaveLength(0);
    });

    it('shows control characters ITNIO holds as visible stand-ins, and sends them back as read when they were left alone', async () => {
      // A name and account ITNIO holds with a terminal escape and a direction override in them.
      Object.assign(stored(2001), { sipTrunkName: 'LON\u001b[2J-Out', sipAccount: 'lon\u202eout01' });
      const shown = await record(2001);
      expect(shown).toMatchObject({ sipTrunkName: 'LON\u241b[2J-Out', sipAccount: 'lon\ufffdout01' });
      await value('trunks.update', { ...updateInputFrom(shown), sipPrefix: '77' });
      expect(updates()[0]?.body).toMatchObject({ sipTrunkName: 'LON\u001b[2J-Out', sipPrefix: '77', sipAccount: 'lon\u202eout01' });
      expect(stored(2001)).toMatchObject({ sipTrunkName: 'LON\u001b[2J-Out', sipAccount: 'lon\u202eout01' });
    });

    it.each([
      ['sipTrunkName', { sipTrunkName: 'LON\u001b[2J-Out' }],
      ['sipPrefix', { sipPrefix: '9\u202e' }],
      ['sipAccount', { sipAccount: 'lon\u0000out01' }],
    ])('refuses control and direction characters typed into %s, and sends nothing', async (field, fields) => {
      const result = await call('trunks.update', await edit(2001, fields));
      expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-input', field, message: `${field}: ${UNSAFE_TEXT_RULE}` } });
      expect(updates()).toHaveLength(0);
    });
  });

  it('refuses the other type’s fields before anything is sent', async () => {
    const result = await call('trunks.update', await edit(2008, { sipGatewayIp: '198.51.100.99' }));
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'sipGatewayIp', message: 'sipGatewayIp: is for outgoing trunks only; leave it empty' } });
    expect(updates()).toHaveLength(0);
  });
});

describe('trunks.exportCsv', () => {
  it('writes every matching trunk, in the chosen order, without passwords, through the save dialog', async () => {
    const result = await value('trunks.exportCsv', { type: 1, sort: { by: 'sipTrunkName', direction: 'asc' } });
    expect(result).toEqual({ saved: true, path: join(home, 'exports', 'sip-trunks-2025-07-01.csv'), rows: 5 });
    const csv = readFileSync(savedPath(result), 'utf8');
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('keyId,name,type,state,gateway IP,whitelist IP,call-center IP,prefix,registration,SIP account,agent groups,created,updated');
    expect(lines.slice(1).map((line) => line.split(',')[1])).toEqual(['FRA-Out-Primary', 'Legacy PBX Out', 'LON-Out-Backup', 'LON-Out-Primary', 'NYC-Out-Primary']);
    expect(lines[4]).toBe('2001,LON-Out-Primary,outgoing,enabled,198.51.100.10,,192.0.2.80,9,on,lonout01,101 Reception,2025-02-11 09:14:05,2025-04-02 16:40:12');
    for (const password of passwords()) expect(csv).not.toContain(password);
  });

  it('keeps spreadsheet formulas inert and bound numbers readable', async () => {
    sandbox.state.trunks.find((trunk) => trunk.keyId === 2008)!.sipTrunkName = '=HYPERLINK("x")';
    const csv = readFileSync(savedPath(await value('trunks.exportCsv', { sipTrunkName: 'HYPER' })), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('104 Support Tier 1 (12025550188); 105 Support Tier 2 (12025550189)');
  });

  it('writes nothing when the operator cancels the dialog', async () => {
    wire({ chooseSavePath: async () => undefined, chooseOpenPath: async () => undefined });
    expect(await value('trunks.exportCsv', {})).toEqual({ saved: false });
  });

  it('says so when the file cannot be written', async () => {
    wire({ chooseSavePath: async () => join(home, 'no-such-folder', 'trunks.csv'), chooseOpenPath: async () => undefined });
    expect(await call('trunks.exportCsv', {})).toMatchObject({ ok: false, error: { kind: 'file', message: expect.stringContaining('ENOENT') } });
  });
});
