import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { diagnosticsZip } from '../../../main/diagnostics';
import { useTempDirs } from '../../support/temp-dirs';

const freshDir = useTempDirs('sb-diagnostics-');

describe('the diagnostics zip', () => {
  it('holds the versions, settings, profiles as the window sees them, the data folder’s names and the log, never a file’s contents', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ version: 1, dialShortcut: 'Alt+F9' }));
    writeFileSync(join(dir, 'call-history.jsonl'), '{"callee":"442079460958"}\n');
    mkdirSync(join(dir, 'exports'));
    writeFileSync(join(dir, 'exports', 'Customer-Ltd.csv'), 'account,password\n80010001,pw\n');
    mkdirSync(join(dir, 'logs'));
    writeFileSync(join(dir, 'logs', 'main.log'), '{"event":"ipc refused"}\n');
    const profiles = { activeId: 'p1', profiles: [{ id: 'p1', name: 'Office', baseUrl: 'https://api.itniotech.com', appId: 'app-1', apiKeyMasked: 'bDq…q9', sandbox: false }] };

    const zip = unzipSync(await diagnosticsZip({ dataDir: dir, app: { name: 'Switchboard', version: '0.1.0', platform: 'linux' }, profiles: async () => profiles, now: () => new Date('2026-12-02T04:00:00Z') }));
    const text = (name: string) => strFromU8(zip[name]!);
    expect(Object.keys(zip).sort()).toEqual(['about.json', 'data-folder.json', 'logs/main.log', 'profiles.json', 'settings.json']);
    expect(JSON.parse(text('about.json'))).toMatchObject({ name: 'Switchboard', version: '0.1.0', platform: 'linux', createdAt: '2026-12-02T04:00:00.000Z', versions: { node: process.versions.node } });
    expect(JSON.parse(text('settings.json'))).toEqual({ version: 1, dialShortcut: 'Alt+F9' });
    expect(JSON.parse(text('profiles.json'))).toEqual(profiles);
    expect(JSON.parse(text('data-folder.json'))).toEqual({ 'call-history.jsonl': '26 bytes', exports: '1 entries', logs: '1 entries', 'settings.json': expect.stringMatching(/ bytes$/) });
    expect(text('logs/main.log')).toBe('{"event":"ipc refused"}\n');
    const everything = Object.values(zip).map((bytes) => strFromU8(bytes)).join('\n');
    for (const privateText of ['442079460958', 'Customer-Ltd', 'password']) expect(everything).not.toContain(privateText);
  });
});
