/**
 * The updater flow with the real electron-updater against a feed on loopback (a folder serving
 * latest-linux.yml and an AppImage, as electron-builder writes them): a check finds the newer
 * version and downloads nothing; a download on request is verified against the feed's sha512 and a
 * tampered one is thrown away; the install on request replaces this copy and quits. Electron is
 * the stand-in, its network requests made with Node's http.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UpdateStatus } from '../../../../contract/schemas/app';
import { electronUpdater } from '../../../../main/desktop/updater';
import { createUpdates } from '../../../../main/desktop/updates';
import { openSettings } from '../../../../main/platform/storage/settings';
import { answerElectronWith, createElectronStandIn } from '../../../support/electron-stand-in';
import { memoryLogger } from '../../../support/memory-log';

/** An "AppImage" that runs and ends at once: the install starts it, as it would start the new version. */
const newBuild = (version: string) => Buffer.from(`#!/bin/sh\n# Switchboard ${version}\nexit 0\n`);
const sha512 = (bytes: Buffer) => createHash('sha512').update(bytes).digest('base64');

/** The feed: latest-linux.yml naming each version's AppImage with its checksum; `tampered` versions serve other bytes than the checksum says. */
function feedFolder(versions: { version: string; tampered?: boolean }[]) {
  const requests: string[] = [];
  let latest = versions[0]!;
  const server = createServer((request, response) => {
    requests.push(new URL(request.url ?? '/', 'http://feed').pathname);
    // electron-updater adds ?noCache=… to the yml's address.
    const file = new URL(request.url ?? '/', 'http://feed').pathname.replace(/^\/switchboard\//, '');
    if (file === 'latest-linux.yml') {
      const bytes = newBuild(latest.version);
      const name = `Switchboard-${latest.version}.AppImage`;
      response.end(
        [`version: ${latest.version}`, 'files:', `  - url: ${name}`, `    sha512: ${sha512(bytes)}`, `    size: ${bytes.length}`, `path: ${name}`, `sha512: ${sha512(bytes)}`, "releaseDate: '2026-12-01T10:00:00.000Z'", ''].join('\n'),
      );
      return;
    }
    const served = versions.find((entry) => file === `Switchboard-${entry.version}.AppImage`);
    if (!served) return void response.writeHead(404).end();
    const bytes = newBuild(served.version);
    response.end(served.tampered ? Buffer.from(bytes.toString().replace('exit 0', 'exit 1')) : bytes);
  });
  return { server, requests, offer: (version: string) => (latest = versions.find((entry) => entry.version === version)!) };
}

describe('electron-updater against a feed on loopback', () => {
  const feed = feedFolder([{ version: '0.2.0' }, { version: '0.3.0', tampered: true }]);
  // One folder for both tests: the second starts from the copy the first installed.
  const home = mkdtempSync(join(tmpdir(), 'switchboard-updater-'));
  const installed = join(home, 'apps', 'Switchboard-0.1.0.AppImage');
  const standIn = createElectronStandIn({ documents: home, packaged: true });
  const saved = { resourcesPath: process.resourcesPath, APPIMAGE: process.env.APPIMAGE, XDG_CACHE_HOME: process.env.XDG_CACHE_HOME };
  let restore: () => void = () => undefined;
  let feedUrl = '';

  beforeAll(async () => {
    await new Promise<void>((resolve) => (feed.server as Server).listen(0, '127.0.0.1', resolve));
    feedUrl = `http://127.0.0.1:${(feed.server.address() as AddressInfo).port}/switchboard/`;
    // What an installed AppImage has: its path in APPIMAGE, electron-builder's app-update.yml in its resources.
    mkdirSync(join(home, 'apps'));
    writeFileSync(installed, newBuild('0.1.0'), { mode: 0o755 });
    mkdirSync(join(home, 'resources'));
    writeFileSync(join(home, 'resources', 'app-update.yml'), 'provider: generic\nurl: https://updates.invalid/\nupdaterCacheDirName: switchboard-updater\n');
    Object.defineProperty(process, 'resourcesPath', { value: join(home, 'resources'), configurable: true, writable: true });
    process.env.APPIMAGE = installed;
    process.env.XDG_CACHE_HOME = join(home, 'cache');
    standIn.app.setPath('userData', join(home, 'data'));
    standIn.ready();
    restore = answerElectronWith(standIn);
  });
  afterAll(async () => {
    restore();
    Object.defineProperty(process, 'resourcesPath', { value: saved.resourcesPath, configurable: true, writable: true });
    for (const name of ['APPIMAGE', 'XDG_CACHE_HOME'] as const) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    await new Promise((resolve) => feed.server.close(resolve));
    rmSync(home, { recursive: true, force: true });
  });

  const updates = (seen: UpdateStatus[] = []) =>
    createUpdates({ feed: feedUrl, version: '0.1.0', updater: (url) => electronUpdater(url, memoryLogger().log), settings: openSettings(join(home, 'data')), log: memoryLogger().log, onChange: (status) => void seen.push(status) });
  const pending = () => join(home, 'cache', 'switchboard-updater', 'pending');

  it('finds the newer version without downloading it, downloads it on request and verifies it, then installs it on request', async () => {
    const seen: UpdateStatus[] = [];
    const service = updates(seen);
    expect((await service.status()).available).toBe(true);

    expect((await service.check()).progress).toEqual({ step: 'available', version: '0.2.0' });
    expect(feed.requests.filter((url) => url.endsWith('.AppImage'))).toEqual([]);

    await service.download();
    await expect.poll(async () => (await service.status()).progress).toEqual({ step: 'ready', version: '0.2.0' });
    expect(feed.requests.filter((url) => url.endsWith('.AppImage'))).toEqual(['/switchboard/Switchboard-0.2.0.AppImage']);
    expect(readFileSync(join(pending(), 'Switchboard-0.2.0.AppImage'))).toEqual(newBuild('0.2.0'));
    expect(seen.map((status) => status.progress.step)).toContain('downloading');
    expect(standIn.record.quits).toBe(0);

    await service.install();
    // The new version takes the old one's place (named for its version) and is started; the app quits.
    await expect.poll(() => standIn.record.quits).toBe(1);
    expect(existsSync(installed)).toBe(false);
    expect(readFileSync(join(home, 'apps', 'Switchboard-0.2.0.AppImage'))).toEqual(newBuild('0.2.0'));
  });

  it('throws away a download that does not match the feed’s checksum, and says so', async () => {
    feed.offer('0.3.0');
    process.env.APPIMAGE = join(home, 'apps', 'Switchboard-0.2.0.AppImage');
    const service = updates();
    expect((await service.check()).progress).toEqual({ step: 'available', version: '0.3.0' });
    await service.download();
    await expect.poll(async () => (await service.status()).progress).toEqual({
      step: 'failed',
      message: 'The downloaded update did not match the checksum the update feed gives for it, so it was thrown away and nothing was installed.',
      hint: 'Tell your administrator, who keeps the update feed; Switchboard keeps working as it is.',
      say: { message: { key: 'desktop.updates.checksum' }, hint: { key: 'desktop.updates.tellAdmin' } },
    });
    // No file of 0.3.0 that could be installed (electron-updater drops its partial temp- file on its own time).
    expect(readdirSync(pending())).not.toContain('Switchboard-0.3.0.AppImage');
    await service.install();
    expect(readFileSync(join(home, 'apps', 'Switchboard-0.2.0.AppImage'))).toEqual(newBuild('0.2.0'));
  });
});
