import { describe, expect, it } from 'vitest';
import { hasUnsafeChars, neutralise, UNSAFE_TEXT_RULE } from '../../../../contract/text';
import type { Phone } from '../../../../main/sandbox/state';
import { cliHarness } from './cli-harness';

const KEY = 'cliPhones1';
const SECRET = 'cli-phones-secret-never-printed';
// 8 seeded phones and 30 in "Bulk": more than the first page of 20.
const harness = cliHarness({ key: KEY, secret: SECRET, homePrefix: 'sb-cli-phones-', credentials: 'environment', seed: { extraPhones: 30 } });
const { cli } = harness;

const passwordOf = (account: string) => harness.sandbox.state.phones.find((phone) => phone.account === account)?.password;

describe('switchboard phones', () => {
  it('lists the first page by default, saying how many there are, without passwords', async () => {
    const { code, stdout, stderr } = await cli(['phones', 'list']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^ACCOUNT\s{2,}NAME\s{2,}GROUP\s{2,}CALLER ID$/);
    expect(lines[1]).toMatch(/^80010001\s{2,}desk-1\s{2,}Front Office\s{2,}447700900123$/);
    expect(lines).toHaveLength(1 + 20);
    expect(stderr).toBe('note: 20 of 38 phones listed; --all lists every one.');
    expect(stdout).not.toContain(passwordOf('80010001'));
    expect(harness.sandbox.requests.filter((request) => request.path === '/voice/sipQuery').map((request) => request.body)).toEqual([
      { current: 1, size: 20, params: { appId: 'app-7f3c21' } },
    ]);
  });

  it('exports every phone as CSV or --json unless --limit cuts it, which stderr then says', async () => {
    const csv = await cli(['phones', 'list', '--csv']);
    expect(csv).toMatchObject({ code: 0, stderr: '' });
    expect(csv.stdout.trimEnd().split('\n')).toHaveLength(1 + 38);
    const json = await cli(['--json', 'phones', 'list']);
    expect(JSON.parse(json.stdout).value.phones).toHaveLength(38);
    expect(json.stderr).toBe('');

    const limited = await cli(['phones', 'list', '--csv', '--limit', '5']);
    expect(limited.stdout.trimEnd().split('\n')).toHaveLength(1 + 5);
    expect(limited.stderr).toBe('note: 5 of 38 phones listed; --limit 5 asked for no more.');
    const past = await cli(['--json', 'phones', 'list', '--limit', '150']);
    expect(JSON.parse(past.stdout).value.phones).toHaveLength(38);
    expect(past.stderr).toBe('');
  });

  it('refuses a --limit that is not a whole number of 1 or more, or beside --all (exit 2)', async () => {
    for (const [args, rule] of [
      [['--limit', '0'], '--limit: "0" must be a whole number of 1 or more'],
      [['--limit', 'ten'], '--limit: "ten" must be a whole number of 1 or more'],
      [['--all', '--limit', '5'], '--limit: cannot be given with --all: choose one'],
    ] as const) {
      const run = await cli(['phones', 'list', ...args]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`error: ${rule}`);
    }
  });

  it('lists every phone with --all', async () => {
    const { code, stdout } = await cli(['phones', 'list', '--all']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines).toHaveLength(1 + 38);
    expect(lines[0]).toMatch(/^ACCOUNT\s{2,}NAME\s{2,}GROUP\s{2,}CALLER ID$/);
    // One row per phone, every account once, and no count line under them.
    expect(lines.slice(1).map((line) => line.split(/\s{2,}/)[0])).toEqual(harness.sandbox.state.phones.map((phone) => phone.account));
  });

  it('prints the provisioning CSV, with passwords, only when --csv asks for it', async () => {
    const { code, stdout } = await cli(['phones', 'list', '--all', '--csv']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('account,password,displayNum,groupName');
    expect(lines[1]).toBe(`80010001,${passwordOf('80010001')},447700900123,Front Office`);
    expect(lines).toHaveLength(1 + 38);
  });

  it('--json lists without passwords', async () => {
    const { code, stdout } = await cli(['--json', 'phones', 'list']);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { ok: true; value: { phones: object[]; total: number } };
    expect(parsed.value.total).toBe(38);
    expect(parsed.value.phones[0]).toEqual({ account: '80010001', phoneName: 'desk-1', groupName: 'Front Office', displayNum: '447700900123' });
    expect(stdout).not.toContain(passwordOf('80010001'));
  });

  it('creates a batch and lists its accounts', async () => {
    const { code, stdout } = await cli(['phones', 'create', '--group', 'Late Desk', '--name', 'late', '--quantity', '2', '--display-num', '12025550143']);
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([
      'created 2 phones in group "Late Desk" (app app-7f3c21)',
      'ACCOUNT   NAME    GROUP      CALLER ID',
      '80010039  late-1  Late Desk  12025550143',
      '80010040  late-2  Late Desk  12025550143',
    ]);
  });

  it('creates a batch and prints it as CSV with --csv', async () => {
    const { code, stdout } = await cli(['phones', 'create', '--group', 'Early Desk', '--name', 'early', '--quantity', '1', '--display-num', '12025550143', '--csv']);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n')).toEqual(['account,password,displayNum,groupName', `80010041,${passwordOf('80010041')},12025550143,Early Desk`]);
  });

  it('says so, exiting 0, when the batch was created but could not be read back', async () => {
    harness.sandbox.faults.inject({ kind: 'html', status: 503, path: '/voice/sipQuery' });
    const result = await cli(['phones', 'create', '--group', 'Blind Desk', '--name', 'blind', '--quantity', '1', '--display-num', '12025550143', '--csv']);
    harness.sandbox.faults.clear();
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^created 1 phone in group "Blind Desk" \(app app-7f3c21\)\nwarning: The phones were created, but reading them back failed: /);
  });

  it('exits 2 naming the rule, and sends nothing, for a bad quantity or caller ID', async () => {
    const before = harness.sandbox.requests.length;
    const quantity = await cli(['phones', 'create', '--group', 'Bad Batch', '--name', 'badb', '--quantity', 'ten', '--display-num', '12025550143']);
    expect(quantity).toMatchObject({ code: 2, stderr: expect.stringContaining('error: --quantity: must be a whole number from 1 to 50') });
    const tooMany = await cli(['phones', 'create', '--group', 'Bad Batch', '--name', 'badb', '--quantity', '51', '--display-num', '12025550143']);
    expect(tooMany.stderr).toContain('quantity: must be a whole number from 1 to 50');
    const callerId = await cli(['phones', 'create', '--group', 'Bad Batch', '--name', 'badb', '--quantity', '5', '--display-num', '+1 20255']);
    expect(callerId).toMatchObject({ code: 2, stderr: expect.stringContaining('error: --display-num: must be 7–13 digits, country code first (this has 6)') });
    expect(harness.sandbox.requests.length).toBe(before);
  });

  it('exits 3 with the vendor message and hint when the group exists', async () => {
    const { code, stderr } = await cli(['phones', 'create', '--group', 'Front Office', '--name', 'fresh', '--quantity', '1', '--display-num', '12025550143']);
    expect(code).toBe(3);
    expect(stderr).toBe('error: A phone group named "Front Office" already exists in this application.\nhint: Choose a group name that is not used yet.');
  });

  it('refuses a group or phone name with control characters (exit 2), creating nothing', async () => {
    const before = harness.sandbox.requests.length;
    const group = await cli(['phones', 'create', '--group', 'Desk\u0000\u001b[2J', '--name', 'ctrl', '--quantity', '1', '--display-num', '12025550143']);
    expect(group).toMatchObject({ code: 2, stderr: expect.stringContaining(`error: --group: ${UNSAFE_TEXT_RULE}`) });
    const name = await cli(['phones', 'create', '--group', 'Quiet Desk', '--name', 'ctrl\u202e1', '--quantity', '1', '--display-num', '12025550143']);
    expect(name).toMatchObject({ code: 2, stderr: expect.stringContaining(`error: --name: ${UNSAFE_TEXT_RULE}`) });
    expect(harness.sandbox.requests.length).toBe(before);
    expect(harness.sandbox.state.phones.filter((phone) => phone.groupName.startsWith('Desk') || phone.groupName === 'Quiet Desk')).toEqual([]);
  });
});

describe('switchboard phones, with names ITNIO sent that a spreadsheet or a terminal would act on', () => {
  const HOSTILE_GROUPS = ['=HYPERLINK("http://x","y")', '@SUM(A1)', '+1+2', '-2+3', 'Desk\u001b[2J\u0000', 'Night\u202eShift'];
  const hostile: Phone[] = HOSTILE_GROUPS.map((groupName, i) => ({ groupName, phoneName: `odd-${i}`, account: `8001900${i}`, password: `Pw${i}x8Zx8Zx8Zx`, displayNum: '12025550143' }));
  /** Whether a terminal would act on the text beyond the output's own line feeds. */
  const acts = (text: string) => hasUnsafeChars(text.replaceAll('\n', ''));

  /** Runs the CLI with the hostile phones in the account, then takes them out again for the other tests. */
  async function withHostilePhones(argv: string[]) {
    harness.sandbox.state.phones.push(...hostile);
    try {
      return await cli(argv);
    } finally {
      harness.sandbox.state.phones.splice(-hostile.length);
    }
  }

  it('--csv makes formula cells inert and shows control characters instead of writing them', async () => {
    const { code, stdout } = await withHostilePhones(['phones', 'list', '--all', '--csv']);
    expect(code).toBe(0);
    const rows = stdout.trimEnd().split('\n').slice(-hostile.length);
    expect(rows.map((row) => row.slice(`80019000,${hostile[0]!.password},12025550143,`.length))).toEqual([
      `"'=HYPERLINK(""http://x"",""y"")"`,
      "'@SUM(A1)",
      "'+1+2",
      "'-2+3",
      'Desk␛[2J␀',
      'Night\ufffdShift',
    ]);
    expect(acts(stdout)).toBe(false);
  });

  it('lists them with the control characters made visible, in the table and under --json', async () => {
    const table = await withHostilePhones(['phones', 'list', '--all']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^80019004\s+odd-4\s+Desk␛\[2J␀\s+12025550143$/m);
    expect(table.stdout).toMatch(/^80019005\s+odd-5\s+Night\ufffdShift\s+12025550143$/m);
    expect(acts(table.stdout)).toBe(false);

    const json = await withHostilePhones(['--json', 'phones', 'list', '--all']);
    expect(acts(json.stdout)).toBe(false);
    const parsed = JSON.parse(json.stdout) as { value: { phones: { groupName: string }[] } };
    expect(parsed.value.phones.slice(-hostile.length).map((phone) => neutralise(phone.groupName))).toEqual(HOSTILE_GROUPS.map(neutralise));
  });
  it('keeps them inert in tsv, csv and a template: a tab or line break in a name never makes a column or a row', async () => {
    const tabbed: Phone = { groupName: 'Front\tDesk\nForged\t80019999', phoneName: 'tab-1', account: '80019010', password: 'Pw9x8Zx8Zx8Zx', displayNum: '12025550143' };
    harness.sandbox.state.phones.push(tabbed);
    const every = harness.sandbox.state.phones.length + hostile.length;
    try {
      const tsv = await withHostilePhones(['phones', 'list', '--fields', 'account,group', '--format', 'tsv', '--no-headers']);
      const rows = tsv.stdout.trimEnd().split('\n');
      expect(rows).toHaveLength(every);
      for (const row of rows) expect(row.split('\t')).toHaveLength(2);
      expect(rows).toContain('80019010\tFront␉Desk␊Forged␉80019999');
      expect(acts(tsv.stdout.replaceAll('\t', ''))).toBe(false);

      const template = await withHostilePhones(['phones', 'list', '--template', '{{account}}: {{group}}']);
      expect(template.stdout).toContain('80019004: Desk␛[2J␀\n');
      expect(template.stdout.trimEnd().split('\n')).toHaveLength(every);
      expect(acts(template.stdout)).toBe(false);

      const csv = await withHostilePhones(['phones', 'list', '--fields', 'group', '--format', 'csv']);
      expect(csv.stdout).toContain(`"'=HYPERLINK(""http://x"",""y"")"\n'@SUM(A1)\n`);
      expect(csv.stdout).not.toMatch(/Pw\dx8Z/);
    } finally {
      harness.sandbox.state.phones.splice(harness.sandbox.state.phones.indexOf(tabbed), 1);
    }
  });
});

describe('switchboard phones list, output options', () => {
  it('refuses options that would be ignored beside the output chosen (exit 2), reading nothing', async () => {
    const before = harness.sandbox.requests.length;
    const refused: [string[], RegExp][] = [
      [['phones', 'list', '--template', '{{account}}', '--fields', 'name'], /^error: --template: cannot be given with --fields: the template names its own fields\n/],
      [['phones', 'list', '--template', '{{account}}', '--format', 'tsv'], /^error: --template: cannot be given with --format: choose one output\n/],
      [['--json', 'phones', 'list', '--no-headers'], /"field": "--no-headers"/],
      [['phones', 'list', '--template', '{{account}}', '--no-headers'], /^error: --no-headers: applies to a table, tsv or csv only/],
    ];
    for (const [argv, said] of refused) {
      const run = await cli(argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stdout + run.stderr, argv.join(' ')).toMatch(said);
    }
    expect(harness.sandbox.requests.length).toBe(before);
  });

  it('answers as --json does, usage errors included, in the envelope on stdout', async () => {
    const [format, json] = [await cli(['phones', 'list', '--format', 'json']), await cli(['--json', 'phones', 'list'])];
    expect(JSON.parse(format.stdout).value.phones).toEqual(JSON.parse(json.stdout).value.phones);
    const unknown = await cli(['phones', 'list', '--format', 'json', '--fields', 'password']);
    expect(unknown).toMatchObject({ code: 2, stderr: '' });
    expect(JSON.parse(unknown.stdout)).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: '--fields' } });
    const usage = await cli(['phones', 'list', '--format=json', '--limit']);
    expect(usage.code).toBe(2);
    expect(JSON.parse(usage.stdout)).toMatchObject({ ok: false, error: { kind: 'invalid-input' } });
  });
});
