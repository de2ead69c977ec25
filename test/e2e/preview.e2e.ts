/**
 * The browser preview as operators start it: `npm run preview:browser`, a separate process.
 *
 * @module-tag processes: it spawns and kills processes (see vitest.config.mts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { waitForOutput, stopChild } from '../support/child-process';
import { launchBrowser, openTab } from './browser';
import { PACKAGE_VERSION, PREVIEW_ENTRY, requireBuild } from './paths';
import { versionLine } from './ui';
import { wav } from '../support/audio-fixtures';

const INVOKE_PATH = '/__switchboard/invoke';

/** A raw POST with exactly the headers given (fetch would add or forbid some). */
function post(url: string, headers: Record<string, string>, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const call = request(url, { method: 'POST', headers: { 'content-length': Buffer.byteLength(body), ...headers } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    call.on('error', reject);
    call.end(body);
  });
}

describe('browser preview (npm run preview:browser)', () => {
  let browser: Browser | undefined;
  let child: ChildProcess | undefined;
  let home: string;
  let url: string;
  let startOutput: string;

  beforeAll(async () => {
    requireBuild();
    requireBuild(PREVIEW_ENTRY);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // A fresh preview for every test: its own process and data folder.
  beforeEach(async () => {
    home = await mkdtemp(join(tmpdir(), 'switchboard-preview-home-'));
    // As `npm run` would: npm exports the package version the preview reports.
    child = spawn(process.execPath, [PREVIEW_ENTRY], {
      env: { ...process.env, PORT: '0', SWITCHBOARD_HOME: home, npm_package_version: PACKAGE_VERSION },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const started = await waitForOutput(child, /listening on (http:\/\/127\.0\.0\.1:\d+\/)/, { name: 'the preview', timeoutMs: 20_000 });
    url = started.match[1]!;
    startOutput = started.output;
    // Keep draining, or a chatty child would block on a full pipe.
    child.stdout?.resume();
    child.stderr?.resume();
  });
  afterEach(async () => {
    await stopChild(child);
    child = undefined;
    await rm(home, { recursive: true, force: true });
  });

  /** A first-launch browser context on the preview; closed when the test ends. */
  async function openPreviewTab() {
    const tab = await openTab(browser!);
    onTestFinished(() => tab.context.close());
    return tab.page;
  }

  it('uses the data folder from SWITCHBOARD_HOME', () => {
    expect(startOutput).toContain(`(data: ${home})`);
  });

  it('serves the shell, with the version filled through the loopback invoke route', async () => {
    const page = await openPreviewTab();
    const invokes: string[] = [];
    page.on('request', (sent) => {
      if (sent.url() === new URL(INVOKE_PATH, url).href) invokes.push(sent.postData() ?? '');
    });
    const response = await page.goto(url);
    expect(response?.headers()['content-security-policy']).toContain("connect-src 'self'");
    // A fresh preview and browser context: the first load may take a while on a busy machine.
    await expect.poll(() => versionLine(page).textContent(), { timeout: 10_000 }).toBe(`Version ${PACKAGE_VERSION}`);
    expect(invokes.map((body) => (JSON.parse(body) as { method: string }).method)).toContain('app.info');
  });

  it("carries a dropped file's bytes to main through the loopback bridge, as Electron IPC does", async () => {
    const page = await openPreviewTab();
    await page.goto(url);
    const greeting = [...wav({ seconds: 1 })];
    const staged = (await page.evaluate(
      `window.switchboard.numbers.stageGreeting({ name: 'hello.wav', bytes: new Uint8Array(${JSON.stringify(greeting)}) })`,
    )) as { ok: boolean; value?: { format: string; size: number } };
    expect(staged).toMatchObject({ ok: true, value: { format: 'wav', size: greeting.length } });
  });

  describe('the invoke route', () => {
    const body = JSON.stringify({ method: 'app.info' });
    const own = () => new URL(url).origin;

    it('answers our own page: same origin, JSON', async () => {
      const reply = await post(new URL(INVOKE_PATH, url).href, { origin: own(), 'content-type': 'application/json' }, body);
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { version: PACKAGE_VERSION } });
    });

    it('refuses another origin with 403', async () => {
      const reply = await post(new URL(INVOKE_PATH, url).href, { origin: 'http://evil.example', 'content-type': 'application/json' }, body);
      expect(reply).toEqual({ status: 403, body: 'forbidden' });
    });

    it('refuses a foreign Host (DNS rebinding) with 403', async () => {
      const reply = await post(new URL(INVOKE_PATH, url).href, { host: 'evil.example', 'content-type': 'application/json' }, body);
      expect(reply).toEqual({ status: 403, body: 'forbidden' });
    });

    it('refuses a body that is not application/json with 403', async () => {
      // text/plain is what a cross-site form or no-cors fetch can send without a preflight.
      const reply = await post(new URL(INVOKE_PATH, url).href, { origin: own(), 'content-type': 'text/plain' }, body);
      expect(reply).toEqual({ status: 403, body: 'forbidden' });
      const bare = await post(new URL(INVOKE_PATH, url).href, { origin: own() }, body);
      expect(bare).toEqual({ status: 403, body: 'forbidden' });
    });
  });
});
