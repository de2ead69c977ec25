import { describe, expect, it } from 'vitest';
import { UNSAFE_TEXT_RULE } from '../../../../contract/text';
import { cliHarness } from './cli-harness';

const KEY = 'cliTrunkKey';
const SECRET = 'cli-trunk-secret-never-printed';
const harness = cliHarness({
  key: KEY,
  secret: SECRET,
  homePrefix: 'sb-cli-trunks-',
  credentials: 'environment',
  freshEachTest: ['sandbox', 'home'],
  // The trunks' SIP passwords are secrets too.
  alsoSecret: (sandbox) => sandbox.state.trunks.map((t) => t.sipPassword),
});
const { cli } = harness;

const trunk = (keyId: number) => harness.sandbox.state.trunks.find((candidate) => candidate.keyId === keyId)!;
const updates = () => harness.sandbox.requests.filter((request) => request.path === '/v3/cc/sipTrunk/update');

describe('switchboard trunks list', () => {
  it('lists every trunk with its address, registration and agent groups', async () => {
    const { code, stdout } = await cli(['trunks', 'list']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines).toHaveLength(1 + 10);
    expect(lines[0]).toMatch(/^ID +NAME +TYPE +STATE +GATEWAY\/WHITELIST IP +PREFIX +REGISTRATION +GROUPS +UPDATED$/);
    expect(lines[1]).toMatch(/^2001 +LON-Out-Primary +outgoing +enabled +198\.51\.100\.10 +9 +on +101 Reception +2025-04-02 16:40:12$/);
    // An incoming trunk has no registration: its cell is empty, the prefix followed by the groups.
    expect(stdout).toMatch(/^2008 +NYC-In-Support +incoming +enabled +203\.0\.113\.50 +1 +104 Support Tier 1 \(12025550188\); 105 Support Tier 2 \(12025550189\)/m);
  });

  it('filters by --type and --name, and reads every page with --all', async () => {
    const filtered = await cli(['--json', 'trunks', 'list', '--type', 'incoming', '--name', 'lon']);
    expect(JSON.parse(filtered.stdout).value.records.map((record: { keyId: number }) => record.keyId)).toEqual([2006, 2007]);
    for (let index = 0; index < 120; index++) harness.sandbox.state.trunks.push({ ...structuredClone(trunk(2010)), keyId: 3000 + index, sipTrunkName: `Bulk-${index}` });
    const firstPage = await cli(['trunks', 'list']);
    expect(firstPage.stdout.trimEnd().split('\n')).toHaveLength(1 + 100);
    expect(firstPage.stderr).toBe('note: 100 of 130 trunks listed; --all lists every one.');
    const json = await cli(['--json', 'trunks', 'list']);
    expect(JSON.parse(json.stdout).value.records).toHaveLength(130);
    const limited = await cli(['--json', 'trunks', 'list', '--limit', '120']);
    expect(JSON.parse(limited.stdout).value.records).toHaveLength(120);
    expect(limited.stderr).toBe('note: 120 of 130 trunks listed; --limit 120 asked for no more.');
    const all = await cli(['--json', 'trunks', 'list', '--all']);
    expect(JSON.parse(all.stdout).value).toMatchObject({ total: 130, pages: 1 });
  });

  it('refuses an unknown --type with exit 2', async () => {
    const { code, stderr } = await cli(['trunks', 'list', '--type', 'sideways']);
    expect(code).toBe(2);
    expect(stderr).toContain("Allowed choices are outgoing, incoming");
  });
});

describe('switchboard trunks update', () => {
  it('changes only the given fields of an outgoing trunk, keeping its SIP password', async () => {
    const password = trunk(2001).sipPassword;
    const { code, stdout } = await cli(['trunks', 'update', '2001', '--name', 'LON-Out-Main', '--gateway-ip', '198.51.100.12']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^saved\nID +NAME +TYPE +STATE +GATEWAY\/WHITELIST IP +PREFIX +REGISTRATION +GROUPS +UPDATED\n2001 +LON-Out-Main +outgoing +enabled +198\.51\.100\.12 +9 +on +101 Reception +\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(trunk(2001)).toMatchObject({ sipTrunkName: 'LON-Out-Main', sipGatewayIp: '198.51.100.12', sipPrefix: '9', sipAccount: 'lonout01', sipPassword: password, sipTrunkState: true });
    expect(trunk(2001).groupList).toEqual([{ voiceGroupId: 101, number: null }]);
  });

  it('previews a new SIP password as "changed", never the password, and sends nothing', async () => {
    const run = await cli(['trunks', 'update', '2001', '--sip-password-stdin', '--dry-run'], { stdin: 'N3w-Registr4\n' });
    expect(run).toMatchObject({ code: 0, stdout: 'trunk 2001 would change:\n  SIP password: (set) → changed\ndry run: nothing was sent' });
    expect(run.stdout + run.stderr).not.toContain('N3w-Registr4');
    expect(updates()).toEqual([]);
  });

  it('turns registration on with an account and the password from stdin', async () => {
    const { code } = await cli(['trunks', 'update', '2004', '--registration', 'on', '--sip-account', 'fraout01', '--sip-password-stdin'], { stdin: 'Fr4-Registr\n' });
    expect(code).toBe(0);
    expect(trunk(2004)).toMatchObject({ sipTrunkState: true, sipAccount: 'fraout01', sipPassword: 'Fr4-Registr' });
  });

  it('asks for the missing password with exit 2 when registration goes on for a trunk without one', async () => {
    const { code, stderr } = await cli(['trunks', 'update', '2004', '--registration', 'on', '--sip-account', 'fraout01']);
    expect(code).toBe(2);
    expect(stderr).toContain('error: --sip-password-stdin: is required when registration is on');
    expect(updates()).toHaveLength(0);
  });

  it('replaces the agent groups of an incoming trunk; a group given without a number keeps its number', async () => {
    const { code } = await cli(['trunks', 'update', '2008', '--group', '104', '--group', '103:13105550177', '--whitelist-ip', '203.0.113.51']);
    expect(code).toBe(0);
    expect(trunk(2008)).toMatchObject({
      sipWhiteIp: '203.0.113.51',
      groupList: [
        { voiceGroupId: 104, number: '12025550188' },
        { voiceGroupId: 103, number: '13105550177' },
      ],
    });
  });

  it('exits 2 naming the field for a group without a number on an incoming trunk, and for a bad --group', async () => {
    const missing = await cli(['trunks', 'update', '2008', '--group', '103']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('error: --group: is required');
    const malformed = await cli(['trunks', 'update', '2008', '--group', 'sales']);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('--group: "sales" must be VOICEGROUPID or VOICEGROUPID:NUMBER');
    expect(updates()).toHaveLength(0);
  });

  it('exits 2 for a key id that is not a trunk', async () => {
    expect((await cli(['trunks', 'update', 'abc'])).code).toBe(2);
    const unknown = await cli(['--json', 'trunks', 'update', '9999']);
    expect(unknown.code).toBe(2);
    expect(JSON.parse(unknown.stdout)).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'keyId' } });
  });

  describe('a value read from ITNIO that our own rules would refuse', () => {
    // The vendor's own sample gateway: no IP address, yet a value ITNIO documents and may hold.
    const VENDOR_SAMPLE_GATEWAY = '12.325.353.2';

    it('renames the trunk all the same, sending the stored gateway back as read', async () => {
      trunk(2001).sipGatewayIp = VENDOR_SAMPLE_GATEWAY;
      const { code, stdout } = await cli(['trunks', 'update', '2001', '--name', 'LON-Out-Main']);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^saved\nID +NAME +TYPE +STATE +GATEWAY\/WHITELIST IP +PREFIX +REGISTRATION +GROUPS +UPDATED\n2001 +LON-Out-Main +outgoing +enabled +12\.325\.353\.2 {2}/);
      expect(updates().map((request) => request.body)).toMatchObject([{ sipTrunkName: 'LON-Out-Main', sipGatewayIp: VENDOR_SAMPLE_GATEWAY }]);
    });

    it('is refused when typed as a new gateway: exit 2 with the IP rule, nothing sent', async () => {
      const { code, stderr } = await cli(['trunks', 'update', '2004', '--gateway-ip', VENDOR_SAMPLE_GATEWAY]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^error: --gateway-ip: must be one IP address/);
      expect(updates()).toHaveLength(0);
    });
  });

  it.each([
    [['--name', 'LON\u001b[2J'], '--name'],
    [['--prefix', '9\u202e0'], '--prefix'],
    [['--sip-account', 'lon\nout01'], '--sip-account'],
  ])('exits 2 for control or direction characters in %j, naming the option, and sends nothing', async (options, field) => {
    const { code, stderr } = await cli(['trunks', 'update', '2001', ...options]);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(`error: ${field}: ${UNSAFE_TEXT_RULE}`);
    expect(updates()).toHaveLength(0);
  });

  it('exits 3 with the vendor’s message and hint for a duplicate name (-47)', async () => {
    const { code, stderr } = await cli(['trunks', 'update', '2004', '--name', 'LON-In-Sales']);
    expect(code).toBe(3);
    expect(stderr).toBe('error: Another trunk already has this name.\nhint: Choose a name no other trunk uses.');
    expect(updates()).toHaveLength(1);
  });
});
