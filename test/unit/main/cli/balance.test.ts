/** `switchboard balance` against a real sandbox. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliHarness } from './cli-harness';

const KEY = 'cliBalanceKey3';
const SECRET = 'cli-balance-secret-never-printed';
/** The sandbox as the operator's account, through the automation variables. */
const harness = cliHarness({ key: KEY, secret: SECRET, homePrefix: 'sb-cli-balance-', credentials: 'environment', freshEachTest: ['home'] });
const { cli } = harness;

afterEach(() => {
  harness.sandbox.state.balance = 25;
  harness.sandbox.state.accountLocked = false;
});

describe('switchboard balance', () => {
  it('prints the balance, gift and credit', async () => {
    expect(await cli(['balance'])).toEqual({ code: 0, stdout: 'balance 25.00 (gift 0.00, credit 0.00)', stderr: '' });
  });

  it('prints the result as JSON with --json, the amounts as numbers', async () => {
    harness.sandbox.state.balance = 4.2;
    const { code, stdout } = await cli(['--json', 'balance']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      ok: true,
      value: { profileId: 'env', balance: 4.2, gift: 0, credit: 0, fetchedAt: expect.any(String), threshold: null, low: false },
    });
  });

  it('exits 3 under --min AMOUNT, saying so, and 0 at or over it; a bad amount exits 2', async () => {
    harness.sandbox.state.balance = 12.5;
    const under = await cli(['balance', '--min', '20']);
    expect(under).toMatchObject({ code: 3, stdout: '' });
    expect(under.stderr).toBe('error: The balance 12.50 is under the minimum of 20 given with --min.\nhint: Top up the ITNIO account, or lower --min.');
    const json = await cli(['--json', 'balance', '--min', '20']);
    expect(json.code).toBe(3);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, error: { kind: 'vendor', message: 'The balance 12.50 is under the minimum of 20 given with --min.' } });
    expect(await cli(['balance', '--min', '12.50'])).toMatchObject({ code: 0, stdout: 'balance 12.50 (gift 0.00, credit 0.00)' });
    const bad = await cli(['balance', '--min', 'lots']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('error: --min: "lots" must be an amount such as 20 or 12.50');
  });

  it("says when the balance is under the profile's warning level", async () => {
    writeFileSync(join(harness.home, 'profiles.json'), JSON.stringify({ version: 1, activeId: 'sandbox', profiles: [], sandbox: {}, lowBalance: { sandbox: 30, env: 20 } }));
    // The built-in Sandbox profile (no ITNIO_* variables): its own emulator, its own level.
    expect(await cli(['balance'], { credentials: 'keychain' })).toMatchObject({ code: 0, stdout: 'balance 25.00 (gift 0.00, credit 0.00)\nLOW BALANCE: under the warning level of 30.00' });
    expect((await cli(['balance'])).stdout).toBe('balance 25.00 (gift 0.00, credit 0.00); warning below 20.00');
  });

  it('exits 3 with the message and hint for a vendor code, and 4 when the server is out of reach', async () => {
    harness.sandbox.state.accountLocked = true;
    const locked = await cli(['--json', 'balance']);
    expect(locked.code).toBe(3);
    expect(JSON.parse(locked.stdout)).toMatchObject({ ok: false, error: { kind: 'vendor', code: '-13', message: expect.stringContaining('locked'), hint: expect.any(String) } });
    const unreachable = await cli(['balance'], { env: { ITNIO_BASE_URL: 'http://127.0.0.1:9' } });
    expect(unreachable.code).toBe(4);
    expect(unreachable.stderr).toMatch(/^error: .*\nhint: /);
  });

  it('names itself in the help', async () => {
    expect((await cli(['--help'])).stdout).toMatch(/balance/);
  });
});
