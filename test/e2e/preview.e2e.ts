/**
 * The browser preview as operators start it: `npm run preview:browser`, a separate process.
 *
 * @module-tag processes: it spawns and kills processes (see vitest.config.mts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { waitForOutput, stopChild } from '../support/child-process';
import { launchBrowser, openTab } from './browser';
import { PACKAGE_VERSION, PREVIEW_ENTRY, requireBuild } from './paths';
import { versionLine } from './ui';
import { wav } from '../support/audio-fixtures';
import { rawRequest } from '../support/raw-http';
import { INVOKE_PATH, TOKEN_HEADER } from '../../main/preview/renderer-server';


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
    const started = await waitForOutput(child, /listening on (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{43})\s/, { name: 'the preview', timeoutMs: 20_000 });
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
    // The bridge takes the token out of the address bar; the calls still carry it.
    expect(page.url()).toBe(new URL(url).origin + '/');
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

  it('answers a page opened without the token with what to do, and serves it nothing', async () => {
    const page = await openPreviewTab();
    await page.goto(new URL(url).origin + '/');
    const answer = await page.evaluate('window.switchboard.app.info()');
    expect(answer).toMatchObject({ ok: false, error: { kind: 'auth', hint: expect.stringContaining('#token=') } });
  });

  describe('the invoke route', () => {
    const body = JSON.stringify({ method: 'app.info' });
    const own = () => new URL(url).origin;
    const token = () => ({ [TOKEN_HEADER]: new URLSearchParams(new URL(url).hash.slice(1)).get('token')! });

    it("answers our own page: this run's token, same origin, JSON", async () => {
      const reply = await rawRequest(new URL(INVOKE_PATH, url).href, 'POST', { ...token(), origin: own(), 'content-type': 'application/json' }, body);
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { version: PACKAGE_VERSION } });
    });

    it('refuses a call without the token, or with a wrong one, with 403 (any local user can reach loopback)', async () => {
      const bare = await rawRequest(new URL(INVOKE_PATH, url).href, 'POST', { origin: own(), 'content-type': 'application/json' }, body);
      expect(bare).toEqual({ status: 403, body: 'forbidden' });
      const wrong = await rawRequest(new URL(INVOKE_PATH, url).href, 'POST', { [TOKEN_HEADER]: 'A'.repeat(43), origin: own(), 'content-type': 'application/json' }, body);
      expect(wrong).toEqual({ status: 403, body: 'forbidden' });
    });

    it('refuses another origin with 403', async () => {
      const reply = await rawRequest(new URL(INVOKE_PATH, url).href, 'POST', { ...token(), origin: 'http://evil.example', 'content-type': 'application/json' }, body);
      expect(reply).toEqual({ status: 403, body: 'forbidden' });
    });

    it('refuses a foreign Host (DNS rebinding) with 403', async () => {
      const reply = await rawRequest(new URL(INVOKE_PATH, url).href, 'POST', { ...token(), host: 'evil.example', 'content-type': 'application/json' }, body);
      expect(reply).toEqual({ status: 403, body: 'forbidden' });
    });

    it('refuses a body that is not application/json with 403', async () => {
      // text/plain is what a cross-site form or no-cors fetch can send without a preflight.
      const reply = await rawRequest(new URL(INVOKE_PATH, url).href, 'POST', { ...token(), origin: own(), 'content-type': 'text/plain' }, body);
      expect(reply).toEqual({ status: 403, body: 'forbidden' });
      const bare = await rawRequest(new URL(INVOKE_PATH, url).href, 'POST', { ...token(), origin: own() }, body);
      expect(bare).toEqual({ status: 403, body: 'forbidden' });
    });
  });
});
