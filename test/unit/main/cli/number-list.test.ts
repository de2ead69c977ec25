/** `switchboard numbers list` against a real sandbox. */
import { describe, expect, it } from 'vitest';
import { cliHarness } from './cli-harness';

const KEY = 'cliNumbersKey3';
const SECRET = 'cli-numbers-secret-never-printed';
/** The sandbox as the operator's account, through the automation variables. */
const harness = cliHarness({ key: KEY, secret: SECRET, homePrefix: 'sb-cli-numbers-', credentials: 'environment', freshEachTest: ['home'] });
const { cli } = harness;

describe('switchboard numbers list', () => {
  it('lists every number with country, type, state, expiry and voicemail, marking one that expires soon', async () => {
    const { code, stdout } = await cli(['numbers', 'list']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines).toHaveLength(1 + 5);
    expect(lines[0]).toMatch(/^NUMBER\s{2,}COUNTRY\s{2,}TYPE\s{2,}STATE\s{2,}EXPIRES\s{2,}VOICEMAIL\s{2,}REMARK$/);
    expect(lines[1]).toMatch(/^447700900123\s{2,}United Kingdom\s{2,}MOBILE\s{2,}in use\s{2,}\d{4}-\d{2}-\d{2}\s{2,}on\s{2,}Reception main line$/);
    expect(lines[4]).toMatch(/^13105550117\s{2,}United States\s{2,}MOBILE\s{2,}in use\s{2,}\d{4}-\d{2}-\d{2} \(in 1[12] days\)\s{2,}off$/);
    expect(lines.filter((line) => line.includes('(in '))).toHaveLength(1);
  });

  it('prints the list as JSON with --json', async () => {
    const { code, stdout } = await cli(['--json', 'numbers', 'list']);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { ok: true; value: { numbers: { number: string; enableVoicemail: boolean }[] } };
    expect(parsed.value.numbers.map(({ number, enableVoicemail }) => [number, enableVoicemail])).toEqual([
      ['447700900123', true],
      ['442079460958', false],
      ['12025550143', false],
      ['13105550117', false],
      ['493023125042', false],
    ]);
  });

  it('exits 5 when the credentials are refused', async () => {
    const refused = await cli(['numbers', 'list'], { env: { ITNIO_API_SECRET: 'wrong-secret' } });
    expect(refused.code).toBe(5);
    expect(refused.stderr).toContain('authentication failed');
  });

  it('names itself in the help', async () => {
    expect((await cli(['--help'])).stdout).toMatch(/numbers/);
  });
});
