import { beforeEach, describe, expect, it } from 'vitest';
import { UNSAFE_TEXT_RULE } from '../../../../contract/text';
import { cliHarness } from './cli-harness';

const KEY = 'cliCallKey9';
const SECRET = 'cli-call-secret-never-printed';
const harness = cliHarness({ key: KEY, secret: SECRET, homePrefix: 'sb-cli-call-', credentials: 'environment', freshEachTest: ['home'] });
const { cli } = harness;

beforeEach(() => {
  harness.sandbox.state.balance = 25;
  harness.sandbox.requests.length = 0;
});

const sendSips = () => harness.sandbox.requests.filter((request) => request.path === '/voice/sendSip');

describe('switchboard call', () => {
  it('places a call and prints only the recording id', async () => {
    const placed = await cli(['call', '+44 20 7946 0958', '--account', '80010001', '--display-num', '447700900123', '--info', 'From a script']);
    expect(placed).toEqual({ code: 0, stdout: harness.sandbox.state.calls.at(-1)!.recordingId, stderr: '' });
    expect(sendSips().map((request) => request.body)).toEqual([
      { callee: '442079460958', account: '80010001', appId: harness.sandbox.state.appId, displayNum: '447700900123', calledInfo: 'From a script' },
    ]);
  });

  it('sends a caller ID written as people write it as the vendor’s digits, as the app does', async () => {
    expect((await cli(['call', '442079460958', '--account', '80010001', '--display-num', '+44 7700 900123'])).code).toBe(0);
    expect(sendSips().map((request) => request.body)).toEqual([expect.objectContaining({ displayNum: '447700900123' })]);
  });

  it('refuses the same call from a second run within 5 s (exit 2), sending nothing, unless --confirm-repeat', async () => {
    expect((await cli(['call', '442079460958', '--account', '80010001'])).code).toBe(0);
    const again = await cli(['call', '+44 20 7946 0958', '--account', '80010001']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^error: You called 442079460958 from phone 80010001 \d+ s ago and ITNIO placed that call \(recording id [^)]+\)\. Nothing was sent/);
    expect(again.stderr).toContain('hint: To ring them again, confirm the repeat call (switchboard call --confirm-repeat), or wait 5 seconds.');
    expect(sendSips()).toHaveLength(1);

    const meant = await cli(['call', '+44 20 7946 0958', '--account', '80010001', '--confirm-repeat']);
    expect(meant.code).toBe(0);
    expect(sendSips()).toHaveLength(2);
  });

  it('exits 2 naming the field and its rule for a bad callee or caller ID, sending nothing', async () => {
    const short = await cli(['call', '123456', '--account', '80010001']);
    expect(short).toMatchObject({ code: 2, stderr: expect.stringContaining('error: CALLEE: must be 7–15 digits, country code first (this has 6)') });
    const display = await cli(['call', '442079460958', '--account', '80010001', '--display-num', '12-34']);
    expect(display).toMatchObject({ code: 2, stderr: expect.stringContaining('error: --display-num: must be 7–15 digits, country code first (this has 4)') });
    expect((await cli(['call', '442079460958'])).code).toBe(2);
    expect(sendSips()).toEqual([]);
  });

  it('refuses an account or note holding a line break, an escape or a direction override (exit 2), sending nothing', async () => {
    for (const account of ['8001\n0001', '8001\u202e1000', '\u001b[2J80010001']) {
      const refused = await cli(['call', '442079460958', '--account', account]);
      expect(refused).toMatchObject({ code: 2, stderr: expect.stringContaining(`error: --account: ${UNSAFE_TEXT_RULE}`) });
    }
    const note = await cli(['--json', 'call', '442079460958', '--account', '80010001', '--info', 'ok\u2066then']);
    expect(note.code).toBe(2);
    expect(JSON.parse(note.stdout)).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: '--info', rule: UNSAFE_TEXT_RULE } });
    expect(sendSips()).toEqual([]);
  });

  it('exits 3 with the vendor message and hint on insufficient balance', async () => {
    harness.sandbox.state.balance = 0;
    const failed = await cli(['--json', 'call', '12025550143', '--account', '80010004']);
    expect(failed.code).toBe(3);
    expect(JSON.parse(failed.stdout)).toEqual({
      ok: false,
      error: { kind: 'vendor', code: '-10', message: 'The account balance is too low to place this call.', hint: 'Top up the ITNIO account, then place the call again.' },
    });
  });
});
