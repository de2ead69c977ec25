/**
 * What `electron-vite build` makes of the renderer, built afresh into a temporary folder with the
 * project's own config: scripts and style sheets minified, and only the Dialer (the first screen)
 * in what index.html loads; every other screen is a chunk of its own, fetched when first shown.
 * How fast that starts is the benchmark's business (`npm run bench -- startup`), not this file's.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const LAZY_SCREENS = ['PhonesScreen', 'NumbersScreen', 'TrunksScreen', 'ProfilesScreen', 'ReportsScreen'];

describe('the renderer build', () => {
  let out: string;
  let assets: string;
  let files: string[];
  let indexHtml: string;

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'switchboard-build-'));
    const electronVite = join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js');
    await promisify(execFile)(process.execPath, [electronVite, 'build', '--outDir', out, '--logLevel', 'warn'], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      maxBuffer: 64 * 1024 * 1024,
    });
    assets = join(out, 'renderer', 'assets');
    files = readdirSync(assets);
    indexHtml = readFileSync(join(out, 'renderer', 'index.html'), 'utf8');
  });

  afterAll(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('ships minified scripts and style sheets: long lines, no layout whitespace', () => {
    const shipped = files.filter((file) => /\.(js|css)$/.test(file));
    expect(shipped.some((file) => file.endsWith('.js'))).toBe(true);
    expect(shipped.some((file) => file.endsWith('.css'))).toBe(true);
    for (const file of shipped) {
      const lines = readFileSync(join(assets, file), 'utf8').trimEnd().split('\n').length;
      // Unminified output runs at 20 to 40 bytes a line; minified, a chunk is one line, with a
      // break only where a template string holds one.
      expect(lines, `${file}: lines`).toBeLessThanOrEqual(Math.max(1, statSync(join(assets, file)).size / 500));
    }
  });

  it('puts every screen but the Dialer in a chunk of its own that the start page neither loads nor imports', () => {
    const entry = indexHtml.match(/<script type="module"[^>]*src="\.\/assets\/([^"]+)"/)?.[1];
    expect(entry, 'the entry script named in index.html').toBeDefined();
    const entryCode = readFileSync(join(assets, entry!), 'utf8');
    for (const screen of LAZY_SCREENS) {
      const chunk = files.find((file) => file.startsWith(`${screen}-`) && file.endsWith('.js'));
      expect(chunk, `a chunk of its own for ${screen}`).toBeDefined();
      expect(indexHtml, `index.html names ${chunk}`).not.toContain(chunk);
      // A static import would load it with the entry; only import("./…") may name it.
      expect(entryCode, `the entry imports ${chunk} statically`).not.toMatch(new RegExp(`(from|import)\\s*"\\./${chunk!.replace('.', '\\.')}"`));
      expect(entryCode).toContain(`./${chunk}`);
    }
    // The charts' library is loaded by the first chart, never at start: its message for a canvas it cannot draw on marks it.
    const CHART_JS = "can't acquire context from the given item";
    const loadedAtStart = [entry!, ...[...indexHtml.matchAll(/href="\.\/assets\/([^"]+\.js)"/g)].map((match) => match[1]!)];
    for (const file of loadedAtStart) expect(readFileSync(join(assets, file), 'utf8'), `${file} holds Chart.js`).not.toContain(CHART_JS);
    const charts = files.filter((file) => file.endsWith('.js') && readFileSync(join(assets, file), 'utf8').includes(CHART_JS));
    expect(charts, 'Chart.js in a chunk of its own').toEqual([expect.stringMatching(/^chart-js-.+\.js$/)]);
  });
});
