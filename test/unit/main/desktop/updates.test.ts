import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UpdateStatus } from '../../../../contract/schemas/app';
import { createUpdates, UPDATE_CHECKS_TIMING, updateProblem, type Updater } from '../../../../main/desktop/updates';
import { inEnglish } from '../../../../main/platform/messages';
import { openSettings } from '../../../../main/platform/storage/settings';
import { handTimers } from '../../../support/hand-timers';
import { memoryLogger } from '../../../support/memory-log';

const FEED = 'https://updates.example.com/switchboard/';
const HOUR = 3_600_000;
let home: string;

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'switchboard-updates-'));
});
afterEach(() => rm(home, { recursive: true, force: true }));

/** An updater that offers `offered` (none: up to date) and records what it was asked to do. */
function fakeUpdater(offered?: string) {
  const asked: string[] = [];
  let finishDownload: (error?: Error) => void = () => undefined;
  let progress: (percent: number) => void = () => undefined;
  const updater: Updater = {
    check: async () => {
      asked.push('check');
      return offered ? { version: offered } : undefined;
    },
    download: (onProgress) => {
      asked.push('download');
      progress = onProgress;
      return new Promise<void>((resolve, reject) => (finishDownload = (error) => (error ? reject(error) : resolve())));
    },
    install: () => void asked.push('install'),
  };
  return { updater, asked, progress: (percent: number) => progress(percent), finish: (error?: Error) => finishDownload(error) };
}

function updates(options: { feed?: string | null; updater?: Updater; clock?: { now: number } } = {}) {
  const clock = options.clock ?? { now: Date.parse('2026-12-02T09:00:00Z') };
  const timers = handTimers();
  const seen: UpdateStatus[] = [];
  const feedsAsked: string[] = [];
  const service = createUpdates({
    feed: options.feed === undefined ? FEED : options.feed,
    version: '0.1.0',
    updater: options.updater
      ? (feed) => {
          feedsAsked.push(feed);
          return options.updater;
        }
      : undefined,
    settings: openSettings(home),
    log: memoryLogger().log,
    onChange: (status) => void seen.push(status),
    now: () => new Date(clock.now),
    timers: timers.timers,
  });
  return { service, timers, seen, feedsAsked, clock };
}

describe('updates from the policy feed', () => {
  it('looks for nothing and makes no updater without a feed in the policy', async () => {
    const fake = fakeUpdater('0.2.0');
    const { service, feedsAsked, timers } = updates({ feed: null, updater: fake.updater });
    service.startChecks();
    await timers.run(30 * 24 * HOUR);
    expect(await service.check()).toMatchObject({ feed: null, available: false, progress: { step: 'idle' } });
    expect(feedsAsked).toEqual([]);
    expect(fake.asked).toEqual([]);
  });

  it('is unavailable where this copy cannot update itself, whatever the feed', async () => {
    const { service } = updates({});
    expect(await service.status()).toEqual({ feed: FEED, available: false, checks: 'daily', lastCheckedAt: null, version: '0.1.0', progress: { step: 'idle' } });
  });

  it('checks, downloads only when asked, and installs only when asked', async () => {
    const fake = fakeUpdater('0.2.0');
    const { service, seen, feedsAsked } = updates({ updater: fake.updater });
    expect(feedsAsked).toEqual([FEED]);

    expect(await service.check()).toMatchObject({ progress: { step: 'available', version: '0.2.0' }, lastCheckedAt: '2026-12-02T09:00:00.000Z' });
    expect(fake.asked).toEqual(['check']);
    // Nothing installs what is not downloaded.
    expect((await service.install()).progress.step).toBe('available');
    expect(fake.asked).toEqual(['check']);

    expect((await service.download()).progress).toEqual({ step: 'downloading', version: '0.2.0', percent: 0 });
    fake.progress(41.7);
    fake.progress(41.9);
    fake.progress(100);
    fake.finish();
    await expect.poll(async () => (await service.status()).progress).toEqual({ step: 'ready', version: '0.2.0' });
    // Whole percents, each told once, as the window follows them.
    expect(seen.map((status) => status.progress)).toEqual([
      { step: 'checking' },
      { step: 'available', version: '0.2.0' },
      { step: 'downloading', version: '0.2.0', percent: 0 },
      { step: 'downloading', version: '0.2.0', percent: 41 },
      { step: 'downloading', version: '0.2.0', percent: 100 },
      { step: 'ready', version: '0.2.0' },
    ]);
    expect(fake.asked).toEqual(['check', 'download']);
    // Looking again does not undo a downloaded update.
    expect((await service.check()).progress.step).toBe('ready');
    await service.install();
    expect(fake.asked).toEqual(['check', 'download', 'install']);
  });

  it('says when it is up to date, and tells a failed download in words, with nothing installed', async () => {
    const latest = updates({ updater: fakeUpdater().updater });
    expect((await latest.service.check()).progress).toEqual({ step: 'upToDate' });

    const fake = fakeUpdater('0.2.0');
    const { service } = updates({ updater: fake.updater });
    await service.check();
    await service.download();
    fake.finish(Object.assign(new Error('sha512 checksum mismatch, expected abc, got def'), { code: 'ERR_CHECKSUM_MISMATCH' }));
    await expect.poll(async () => (await service.status()).progress).toEqual({
      step: 'failed',
      message: 'The downloaded update did not match the checksum the update feed gives for it, so it was thrown away and nothing was installed.',
      hint: 'Tell your administrator, who keeps the update feed; Switchboard keeps working as it is.',
      say: { message: { key: 'desktop.updates.checksum' }, hint: { key: 'desktop.updates.tellAdmin' } },
    });
    await service.install();
    expect(fake.asked).toEqual(['check', 'download']);
  });

  it('checks a minute after start, then as often as the operator chose, and never when told never', async () => {
    const fake = fakeUpdater();
    const clock = { now: Date.parse('2026-12-02T09:00:00Z') };
    const { service, timers } = updates({ updater: fake.updater, clock });
    service.startChecks();
    const advance = async (ms: number) => {
      clock.now += ms;
      await timers.run(ms);
    };
    await advance(UPDATE_CHECKS_TIMING.firstAfterMs - 1);
    expect(fake.asked).toEqual([]);
    await advance(1);
    expect(fake.asked).toEqual(['check']);
    // Daily (the default): not again within the day, again once it has passed.
    await advance(23 * HOUR);
    expect(fake.asked).toHaveLength(1);
    await advance(HOUR);
    expect(fake.asked).toHaveLength(2);

    expect((await service.setChecks('weekly')).checks).toBe('weekly');
    await advance(6 * 24 * HOUR);
    expect(fake.asked).toHaveLength(2);
    await advance(24 * HOUR);
    expect(fake.asked).toHaveLength(3);

    await service.setChecks('never');
    await advance(60 * 24 * HOUR);
    expect(fake.asked).toHaveLength(3);
    // The operator can still look by hand.
    await service.check();
    expect(fake.asked).toHaveLength(4);
  });

  it('keeps the choice and the last check across restarts, so a restart does not check again', async () => {
    const first = updates({ updater: fakeUpdater().updater });
    await first.service.setChecks('weekly');
    await first.service.check();
    const fake = fakeUpdater();
    const clock = { now: Date.parse('2026-12-02T09:00:00Z') + 2 * 24 * HOUR };
    const again = updates({ updater: fake.updater, clock });
    expect(await again.service.status()).toMatchObject({ checks: 'weekly', lastCheckedAt: '2026-12-02T09:00:00.000Z' });
    again.service.startChecks();
    await again.timers.run(UPDATE_CHECKS_TIMING.everyMs);
    expect(fake.asked).toEqual([]);
  });
});

describe('an update problem in words', () => {
  it('names the feed it could not reach, the file the feed lacks, the HTTP status, or the code', () => {
    expect(updateProblem(Object.assign(new Error('getaddrinfo ENOTFOUND updates.example.com'), { code: 'ENOTFOUND' }), FEED)).toEqual({
      message: `Switchboard could not reach the update feed at ${FEED}. Nothing was downloaded or installed.`,
      hint: 'Check the network connection, then try again.',
      say: { message: { key: 'desktop.updates.unreachableAt', values: { feed: FEED } }, hint: { key: 'desktop.updates.checkNetwork' } },
    });
    expect(updateProblem(new Error('connect ECONNREFUSED'), null).message).toBe('Switchboard could not reach the update feed. Nothing was downloaded or installed.');
    expect(updateProblem(new Error('net::ERR_INTERNET_DISCONNECTED'), FEED).message).toMatch(/could not reach the update feed/);
    const missing = Object.assign(new Error('Cannot find channel "latest-linux.yml" update info: HttpError: 404 Not Found\n"method: GET url: https://x/latest-linux.yml"\nHeaders: {}'), { code: 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND' });
    expect(updateProblem(missing, FEED)).toEqual({
      message: 'The update feed has no update for this system: latest-linux.yml is not there. Nothing was downloaded or installed.',
      hint: 'Tell your administrator, who keeps the update feed; Switchboard keeps working as it is.',
      say: { message: { key: 'desktop.updates.noChannel', values: { file: 'latest-linux.yml' } }, hint: { key: 'desktop.updates.tellAdmin' } },
    });
    const unnamed = updateProblem(Object.assign(new Error('no channel'), { code: 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND' }), FEED);
    expect(unnamed.message).toBe('The update feed has no update for this system: its update file is not there. Nothing was downloaded or installed.');
    expect(inEnglish(unnamed.say.message)).toBe(unnamed.message);
    expect(updateProblem(Object.assign(new Error('HttpError: 503 Service Unavailable\nHeaders: {}'), { code: 'HTTP_ERROR_503' }), FEED).message).toBe('The update feed answered HTTP 503. Nothing was downloaded or installed.');
    // The feed's own text (its YAML, its headers) is not shown: the code is.
    const odd = updateProblem(Object.assign(new Error('bad \u202Eyaml\u0007 in latest.yml'), { code: 'ERR_UPDATER_INVALID_UPDATE_INFO' }), FEED);
    expect(odd.message).toBe('The update failed (ERR_UPDATER_INVALID_UPDATE_INFO). Nothing was installed.');
    expect(inEnglish(odd.say.message)).toBe(odd.message);
    expect(inEnglish(odd.say.hint)).toBe(odd.hint);
  });
});
