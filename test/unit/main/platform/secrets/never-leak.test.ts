/**
 * Secrets never leak (issue 8, item 4): the operator's flows, end to end through the router the
 * window uses, with a known API secret and known SIP passwords. Afterwards every log line, every
 * answer the window got, and every file in the data folder is searched for them. Only the three
 * answers that exist to show one SIP password carry one, and only the phones' provisioning sheet
 * (a CSV of passwords by design) holds SIP passwords on disk; the API secret is nowhere.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Notice } from '../../../../../main/desktop/notices';
import { METHODS, type MethodName } from '../../../../../contract/methods';
import { updateInputFrom } from '../../../../../contract/schemas/trunks';
import type { Sandbox } from '../../../../../main/sandbox';
import { startAccount } from '../../../../support/account';
import { openTestApp, type TestApp } from '../../../../support/app';
import { wav } from '../../../../support/audio-fixtures';
import { okValue, savedPath, type MethodArgs } from '../../../../support/router';

const API_KEY = 'leakKey7f3a9c21';
const API_SECRET = 'api-secret-never-leaks-4d1f8b';
const WRONG_SECRET = 'mistyped-secret-also-private-77e2';
const TRUNK_PASSWORD = 'Trunk-Sip-Pass-5e9b';
/** The answers whose purpose is to show the operator one SIP password. */
const REVEALING = ['phones.password', 'phones.resetPassword', 'trunks.password'];

let account: Sandbox;
let app: TestApp;
let outside: string;
const answers: { method: string; text: string }[] = [];
/** Every SIP password the account has had during the run (phones reset, trunk edited). */
const sipPasswords = new Set<string>();
/** What the system's notifications were asked to show during the flows. */
const notices: Notice[] = [];
let phoneSheet = '';
let diagnostics = '';

const noteSipPasswords = () => {
  for (const phone of account.state.phones) sipPasswords.add(phone.password);
  for (const trunk of account.state.trunks) if (trunk.sipPassword) sipPasswords.add(trunk.sipPassword);
};

async function call<M extends MethodName>(method: M, ...input: MethodArgs<M>) {
  const result = await app.call(method, ...input);
  // What crosses the IPC boundary: structured-clone data, bytes included, seen here as JSON.
  answers.push({ method, text: JSON.stringify(result) });
  return result;
}

const value = async <M extends MethodName>(method: M, ...input: MethodArgs<M>) => okValue(await call(method, ...input), method);

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

beforeAll(async () => {
  account = await startAccount({ apiKey: API_KEY, apiSecret: API_SECRET });
  noteSipPasswords();
  outside = mkdtempSync(join(tmpdir(), 'switchboard-leak-files-'));
  // The log kept on disk as the app keeps it, so the diagnostics zip carries this run's lines.
  app = await openTestApp({ logFile: true, notices: { supported: () => true, windowInFront: () => false, show: (notice) => void notices.push(notice) } });

  // Profiles: add the account with its secret, test it, use it; a mistyped secret fails its test.
  const profile = await value('profiles.save', {
    name: 'Operations',
    baseUrl: account.url,
    appId: account.state.appId,
    apiKey: API_KEY,
    apiSecret: API_SECRET,
    defaultAccount: '80010001',
  });
  await value('profiles.test', { id: profile.id });
  // The Add dialog's Test: credentials typed but not saved, right and mistyped.
  await value('profiles.testUnsaved', { baseUrl: account.url, appId: account.state.appId, apiKey: API_KEY, apiSecret: API_SECRET });
  expect(await call('profiles.testUnsaved', { baseUrl: account.url, appId: account.state.appId, apiKey: API_KEY, apiSecret: WRONG_SECRET })).toMatchObject({ ok: false, error: { kind: 'auth' } });
  const typo = await value('profiles.save', { name: 'Typo', baseUrl: account.url, appId: account.state.appId, apiKey: API_KEY, apiSecret: WRONG_SECRET });
  expect(await call('profiles.test', { id: typo.id })).toMatchObject({ ok: false, error: { kind: 'auth' } });
  await value('profiles.remove', { id: typo.id });
  await value('profiles.use', { id: profile.id });
  await value('profiles.list');
  await value('app.info');
  await value('app.openExternal', { url: 'https://console.itniotech.com/' });
  // The profile as a file for other computers, and read back as the Import dialog would.
  const exported = await value('profiles.exportFile', { id: profile.id });
  if (!exported.saved) expect.fail('the profile file was not saved');
  app.dialogs.queueOpen(exported.path);
  await value('profiles.importFile');
  // Settings: links and the clipboard shortcut exist only in the installed app.
  await value('app.linkHandler');
  expect(await call('app.setLinkHandler', { handle: true })).toMatchObject({ ok: false });
  await value('app.dialShortcut');
  expect(await call('app.setDialShortcut', { accelerator: 'Control+Alt+D' })).toMatchObject({ ok: false });
  await value('app.setDesktopSettings', { keepInTray: true });
  await value('app.desktopSettings');
  await value('app.setLanguage', { choice: 'zh-CN' });
  await value('app.language');
  await value('app.setNotifications', { callOutcome: true });
  await value('app.notifications');
  await value('app.policy');
  // No feed in this app's policy: each answers the status, and nothing is looked for.
  await value('app.setUpdateChecks', { checks: 'weekly' });
  await value('app.updates');
  await value('app.checkForUpdate');
  await value('app.downloadUpdate');
  await value('app.installUpdate');
  await value('app.microphone', { recording: false });

  // Dialer: an answered call (the sandbox answers callees ending in 3), its outcome and recording once ITNIO has filed it, the history and its CSV.
  await value('phones.list', { refresh: true });
  const placed = await value('calls.place', { callee: '+44 7700 900123', account: '80010001', calledInfo: 'Renewal' });
  account.setClockOffset(account.state.cdrDelayMs + 1_000);
  await value('calls.outcome', { recordingId: placed.recordingId });
  await value('calls.checkOutcomes', { all: true });
  await value('calls.recording', { recordingId: placed.recordingId });
  await value('calls.saveRecording', { recordingId: placed.recordingId });
  await value('calls.history');
  await value('calls.exportHistory', {});

  // Phones: a batch, one password revealed and copied, a setup text copied, one reset, the provisioning sheet saved.
  await value('phones.create', { groupName: 'Leak Check', phoneName: 'leak', quantity: 3, displayNum: '447700900123' });
  noteSipPasswords();
  const created = account.state.phones.filter((phone) => phone.groupName === 'Leak Check');
  await value('phones.password', { account: created[0]!.account });
  // Copies are made in main: the window's answer says only when the clipboard is cleared.
  await value('phones.copyPassword', { account: created[0]!.account });
  await value('phones.copySetup', { account: created[2]!.account, registrar: { host: 'sip.example.com', port: 5060, transport: 'udp' } });
  await value('phones.resetPassword', { account: created[1]!.account });
  noteSipPasswords();
  phoneSheet = savedPath(await value('phones.exportCsv', { groupName: 'Leak Check' }));

  // Trunks: registration on with a SIP password, the password shown once, the list saved.
  const trunks = await value('trunks.list', { all: true });
  await value('trunks.agentGroups');
  const frankfurt = trunks.records.find((record) => record.sipTrunkName === 'FRA-Out-Primary')!;
  await value('trunks.preview', { ...updateInputFrom(frankfurt), sipTrunkState: true, sipAccount: 'fraout01', sipPassword: TRUNK_PASSWORD });
  await value('trunks.update', { ...updateInputFrom(frankfurt), sipTrunkState: true, sipAccount: 'fraout01', sipPassword: TRUNK_PASSWORD });
  noteSipPasswords();
  expect(sipPasswords).toContain(TRUNK_PASSWORD);
  await value('trunks.password', { keyId: frankfurt.keyId });
  await value('trunks.exportCsv', {});

  // Numbers: a greeting dropped, one picked in main's dialog, settings saved with it.
  const dropped = await value('numbers.stageGreeting', { name: 'welcome.wav', bytes: wav({ seconds: 1 }) });
  await value('numbers.discardGreeting', { greetingId: dropped.greetingId });
  const picked = join(outside, 'picked.wav');
  writeFileSync(picked, wav({ seconds: 2 }));
  app.dialogs.queueOpen(picked);
  const chosen = await value('numbers.pickGreeting');
  if (!chosen) expect.fail('the open dialog picked nothing');
  await value('numbers.preview', { numbers: ['442079460958', '12025550143'], remark: 'Leak check', greetingId: chosen.greeting.greetingId });
  await value('numbers.edit', { number: '442079460958', enableVoicemail: true, voicemailMaxHangup: 30, remark: 'Leak check', greetingId: chosen.greeting.greetingId });
  await value('numbers.recent');
  await value('numbers.list');

  // Changes: the journal of every write above, and the trunk's update put back (its password kept, and never journalled).
  const [trunkChange] = (await value('changes.list', { kind: 'trunk' })).entries;
  await value('changes.previewRevert', { id: trunkChange!.id });
  await value('changes.revert', { id: trunkChange!.id });
  noteSipPasswords();

  // Contacts: one saved by hand, a CSV imported, both exports; a call list worked and exported.
  const contact = await value('contacts.save', { name: 'Leak Check Contact', numbers: [{ label: 'mobile', number: '+44 7700 900123' }], note: 'Renewal' });
  await value('contacts.import', { file: { name: 'people.csv', bytes: new TextEncoder().encode('name,number\nAda Lovelace,+44 20 7946 0958\n') } });
  await value('contacts.list');
  await value('contacts.export', { format: 'csv' });
  await value('contacts.export', { format: 'vcard' });
  await value('contacts.remove', { id: contact.id });
  const imported = await value('contacts.importCallList', { file: { name: 'leads.csv', bytes: new TextEncoder().encode('number,name\n+44 20 7946 0958,Ada\n+1 202 555 0143,Grace\n') } });
  if (!imported.chosen) expect.fail('the call list was not imported');
  const [first, second] = imported.list.entries;
  await value('contacts.callLists');
  await value('contacts.callList', { listId: imported.list.id });
  await value('contacts.entryCalled', { listId: imported.list.id, entryId: first!.id, recordingId: placed.recordingId });
  await value('contacts.disposeEntry', { listId: imported.list.id, entryId: first!.id, kind: 'answered', note: 'Renews in January' });
  await value('contacts.skipEntry', { listId: imported.list.id, entryId: second!.id });
  await value('contacts.exportCallList', { listId: imported.list.id });
  await value('contacts.removeCallList', { listId: imported.list.id });
  // Activity: the numbers' calls of the last week, and an answered one's recording.
  const today = new Date().toISOString().slice(0, 10);
  const weekAgo = new Date(Date.now() - 6 * 86_400_000).toISOString().slice(0, 10);
  const activity = await value('calls.activity', { since: weekAgo, until: today, utcOffsetMinutes: 0 });
  const recorded = activity.records.find((record) => record.hasRecording);
  if (!recorded) expect.fail('no call of the week has a recording');
  await value('calls.activityRecording', { callId: recorded.callId });
  // Reports: the week counted, a table saved as CSV and a chart as a PNG (a 1×1 image).
  const period = { since: weekAgo, until: today, utcOffsetMinutes: 0 };
  await value('reports.calls', period);
  await value('reports.exportCsv', { report: period, table: 'phone' });
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  await value('reports.saveChart', { chart: 'calls per day', bytes: new Uint8Array(png) });

  // Account: the balance and its warning level; the history cleared last.
  // A level above the balance: the read is told as a notification.
  await value('account.setLowBalance', { threshold: 100_000 });
  await value('account.balance');
  await value('account.balanceHistory');
  await value('calls.clearHistory');
  noteSipPasswords();
  // Support: the diagnostics zip, made last, with the whole run's log in it.
  diagnostics = savedPath(await value('app.saveDiagnostics'));
  // Every flow of the app against a real sandbox: seconds alone, several times that on a loaded machine.
}, 60_000);

afterAll(async () => {
  await app?.close();
  await account?.close();
  rmSync(outside, { recursive: true, force: true });
});

const API_CREDENTIALS = [API_SECRET, WRONG_SECRET, API_KEY];

describe('secrets never leak', () => {
  it('ran every contract method', () => {
    const called = new Set(answers.map((answer) => answer.method));
    expect(METHODS.filter((method) => !called.has(method)), 'methods no flow here calls: add them to the flows').toEqual([]);
    // The seeded and created phones' passwords, the one replaced by the reset, the trunks'.
    expect(sipPasswords.size).toBeGreaterThan(account.state.phones.length + 1);
  });

  it('keeps the API secret, the full API key and every SIP password out of the system notifications', async () => {
    await vi.waitFor(() => expect(notices.map((notice) => notice.kind).sort()).toEqual(['callOutcome', 'lowBalance', 'numberExpiring']));
    const text = JSON.stringify(notices);
    for (const secret of [...API_CREDENTIALS, ...sipPasswords]) expect(text).not.toContain(secret);
  });

  it('keeps the API secret, the full API key and every SIP password out of the log', () => {
    expect(app.logLines.length).toBeGreaterThan(20);
    const log = app.logLines.join('\n');
    for (const secret of [...API_CREDENTIALS, ...sipPasswords]) expect(log).not.toContain(secret);
  });

  it('answers the window without them; only the three revealing methods carry a SIP password', () => {
    expect(answers.length).toBeGreaterThanOrEqual(METHODS.length);
    for (const { method, text } of answers) for (const secret of API_CREDENTIALS) expect(text, method).not.toContain(secret);
    const carrying = answers.filter(({ text }) => [...sipPasswords].some((password) => text.includes(password))).map(({ method }) => method);
    expect(new Set(carrying)).toEqual(new Set(REVEALING));
    // Each of them carries exactly the one password it was asked for.
    for (const { method, text } of answers.filter(({ method }) => REVEALING.includes(method))) {
      expect([...sipPasswords].filter((password) => text.includes(password)), method).toHaveLength(1);
    }
  });

  it('writes neither into the data folder; SIP passwords only into the phones’ provisioning sheet; greetings nowhere', () => {
    const files = filesUnder(app.home);
    const names = files.map((file) => relative(app.home, file));
    // The change journal holds every write (passwords as "changed", never a greeting's bytes) and is searched like the rest.
    expect(names).toEqual(expect.arrayContaining(['profiles.json', 'call-history.jsonl', 'recent-numbers.json', 'changes.jsonl', 'balance-history.jsonl']));
    // The report's days kept, one file a day: searched like the rest.
    expect(names.filter((name) => name.startsWith('last-read')).length).toBeGreaterThanOrEqual(7);
    // History, phones, trunks, contacts and call list CSVs, the contacts' vCard, the recording, the profile file, a report table, a chart image and the diagnostics.
    expect(files.filter((file) => file.startsWith(join(app.home, 'exports'))).length).toBe(11);
    expect(names).toContain(join('logs', 'main.log'));
    const greetingSent = (account.requests.find((request) => request.path === '/number/edit')?.body as Record<string, unknown> | undefined)?.voicemailFile;
    if (typeof greetingSent !== 'string') expect.fail('no greeting was sent');
    for (const file of files) {
      const content = readFileSync(file).toString('latin1');
      for (const secret of API_CREDENTIALS) expect(content, relative(app.home, file)).not.toContain(secret);
      expect(content, relative(app.home, file)).not.toContain(greetingSent.slice(64, 128));
      if (file === phoneSheet) continue;
      for (const password of sipPasswords) expect(content, relative(app.home, file)).not.toContain(password);
    }
    // The diagnostics zip, unpacked: its log, settings and profiles hold none of them either.
    const unpacked = unzipSync(readFileSync(diagnostics));
    expect(Object.keys(unpacked).sort()).toEqual(['about.json', 'data-folder.json', 'logs/main.log', 'profiles.json', 'settings.json']);
    expect(strFromU8(unpacked['logs/main.log']!)).toContain('"event"');
    for (const [name, bytes] of Object.entries(unpacked)) {
      const content = strFromU8(bytes);
      for (const secret of [...API_CREDENTIALS, ...sipPasswords]) expect(content, `${name} in the diagnostics`).not.toContain(secret);
    }
    // The sheet is what it says: the batch's passwords, current ones.
    const sheet = readFileSync(phoneSheet, 'utf8');
    for (const phone of account.state.phones.filter((p) => p.groupName === 'Leak Check')) expect(sheet).toContain(phone.password);
  });
});
