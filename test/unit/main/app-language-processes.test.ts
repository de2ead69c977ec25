/**
 * The language is one more field of settings.json, which the app, the preview and other windows'
 * processes share: two real processes saving different settings at once lose neither.
 *
 * @module-tag processes: it spawns processes (see vitest.config.mts).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { waitForOutput } from '../../support/child-process';

const CHILD = join(import.meta.dirname, 'settings-writer-child.mts');
const ROUNDS = 25;

describe('the language on a data folder several processes share', () => {
  it('keeps the language one process picked and the tray choice another made, each saved 25 times at once', async () => {
    const home = await mkdtemp(join(tmpdir(), 'switchboard-language-processes-'));
    onTestFinished(() => rm(home, { recursive: true, force: true }));
    const writers = ['language', 'tray'].map((setting) => spawn(process.execPath, [CHILD, home, setting, String(ROUNDS)], { stdio: ['ignore', 'pipe', 'pipe'] }));
    await Promise.all(writers.map((writer, index) => waitForOutput(writer, /^done$/m, { name: `writer ${index}`, timeoutMs: 45_000 })));
    expect(JSON.parse(readFileSync(join(home, 'settings.json'), 'utf8'))).toMatchObject({ language: 'zh-CN', keepInTray: true });
  });
});
