import type { UpdateChecks, UpdateProgress, UpdateStatus } from '../../contract/schemas/app';
import type { Said } from '../../contract/said';
import { neutralise } from '../../contract/text';
import type { Logger } from '../platform/log';
import { inEnglish } from '../platform/messages';
import type { JsonStore } from '../platform/storage/json-store';
import type { settingsSchema } from '../platform/storage/settings';
import { realTimers, type Timers } from './timers';

/** What the app's updater (electron-updater, desktop/updater.ts) does for one feed. */
export interface Updater {
  /** The newer version the feed offers; undefined when this one is the latest. */
  check(): Promise<{ version: string } | undefined>;
  /** Downloads the version found and verifies it against the feed's checksum; rejects when it does not match. */
  download(onProgress: (percent: number) => void): Promise<void>;
  /** Quits, installs the downloaded version and starts it. */
  install(): void;
}

export interface UpdatesDeps {
  /** The policy's update feed; without one nothing is ever looked for. */
  feed: string | null;
  version: string;
  /** The updater for a feed; absent, or answering none, where this Switchboard cannot update itself (the CLI, the preview, a build run from source). */
  updater: ((feed: string) => Updater | undefined) | undefined;
  settings: JsonStore<typeof settingsSchema>;
  log: Logger;
  /** Told of every change of progress, for the window to follow a download. */
  onChange?: (status: UpdateStatus) => void;
  now?: () => Date;
  timers?: Timers;
}

export type Updates = ReturnType<typeof createUpdates>;

/** Checks are on, once a day, until the operator chooses otherwise. */
const DEFAULT_CHECKS: UpdateChecks = 'daily';
const CHECK_PERIOD_MS: Record<Exclude<UpdateChecks, 'never'>, number> = { daily: 24 * 3_600_000, weekly: 7 * 24 * 3_600_000 };
/** The first look a minute after start (not while the app starts up), then whether one is due every hour. */
export const UPDATE_CHECKS_TIMING = { firstAfterMs: 60_000, everyMs: 3_600_000 } as const;

/**
 * Updates from the organisation's feed: looked for as often as the operator chose, downloaded only
 * when the operator asks (verified against the feed's checksum by electron-updater), installed only
 * when the operator restarts for it. Without a feed in the policy it sends nothing, ever.
 */
export function createUpdates(deps: UpdatesDeps) {
  const now = deps.now ?? (() => new Date());
  const timers = deps.timers ?? realTimers;
  const updater = deps.feed && deps.updater ? deps.updater(deps.feed) : undefined;
  let progress: UpdateProgress = { step: 'idle' };
  let checking: Promise<UpdateStatus> | undefined;

  const stored = async () => (await deps.settings.read()).updates;
  const status = async (shown: UpdateProgress = progress): Promise<UpdateStatus> => {
    const saved = await stored();
    return {
      feed: deps.feed,
      available: updater !== undefined,
      checks: saved?.checks ?? DEFAULT_CHECKS,
      lastCheckedAt: saved?.lastCheckedAt ?? null,
      version: deps.version,
      progress: shown,
    };
  };
  // Told in the order the progress moved, whichever settings read answers first.
  let told = Promise.resolve();
  const moveTo = (next: UpdateProgress) => {
    progress = next;
    const current = status(next);
    told = told.then(async () => deps.onChange?.(await current)).catch(() => undefined);
    return current;
  };

  const check = (): Promise<UpdateStatus> => {
    if (!updater) return status();
    // A download under way or done is not undone by looking again.
    if (progress.step === 'downloading' || progress.step === 'ready') return status();
    checking ??= (async () => {
      await moveTo({ step: 'checking' });
      try {
        const found = await updater.check();
        await deps.settings.update((current) => ({ ...current, updates: { ...current.updates, lastCheckedAt: now().toISOString() } }));
        deps.log.info('update check', { found: found?.version ?? 'none' });
        return await moveTo(found ? { step: 'available', version: found.version } : { step: 'upToDate' });
      } catch (error) {
        deps.log.error('update check failed', { code: errorCode(error) });
        return await moveTo({ step: 'failed', ...updateProblem(error, deps.feed) });
      }
    })().finally(() => (checking = undefined));
    return checking;
  };

  const download = async (): Promise<UpdateStatus> => {
    if (!updater || progress.step !== 'available') return status();
    const { version } = progress;
    let shown = -1;
    const started = await moveTo({ step: 'downloading', version, percent: 0 });
    void updater
      .download((percent) => {
        // Whole percents: the window needs no more, and is not flooded.
        const whole = Math.floor(Math.min(100, Math.max(0, percent)));
        if (whole !== shown && progress.step === 'downloading') void moveTo({ step: 'downloading', version, percent: (shown = whole) });
      })
      .then(
        () => {
          deps.log.info('update downloaded', { version });
          return moveTo({ step: 'ready', version });
        },
        (error: unknown) => {
          deps.log.error('update download failed', { code: errorCode(error) });
          return moveTo({ step: 'failed', ...updateProblem(error, deps.feed) });
        },
      );
    return started;
  };

  return {
    status: () => status(),
    async setChecks(checks: UpdateChecks): Promise<UpdateStatus> {
      await deps.settings.update((current) => ({ ...current, updates: { ...current.updates, checks } }));
      return status();
    },
    check,
    download,
    async install(): Promise<UpdateStatus> {
      const current = await status();
      if (!updater || progress.step !== 'ready') return current;
      deps.log.info('update install', { version: progress.version });
      updater.install();
      return current;
    },
    /** Looks for an update whenever one is due by the operator's choice; answers the function that stops. */
    startChecks(): () => void {
      if (!updater) return () => undefined;
      const due = async () => {
        const saved = await stored().catch(() => undefined);
        const checks = saved?.checks ?? DEFAULT_CHECKS;
        if (checks === 'never') return;
        const last = saved?.lastCheckedAt ? Date.parse(saved.lastCheckedAt) : Number.NEGATIVE_INFINITY;
        if (now().getTime() - last >= CHECK_PERIOD_MS[checks]) await check();
      };
      const stops = [timers.after(UPDATE_CHECKS_TIMING.firstAfterMs, due), timers.every(UPDATE_CHECKS_TIMING.everyMs, due)];
      return () => stops.forEach((stop) => stop());
    },
  };
}

const errorCode = (error: unknown) => String((error as { code?: unknown } | undefined)?.code ?? (error as Error | undefined)?.name ?? 'unknown');

/** Network failures as Node and Chromium (Electron's net) name them, wherever in the message electron-updater puts them. */
const UNREACHABLE = /\b(ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH)\b|net::ERR_/;

/** A failed step's words: English for the log and the CLI, keys for the window (which says them in its language). */
const problem = (message: Said, hint: Said) => ({ message: inEnglish(message), hint: inEnglish(hint), say: { message, hint } });

/** An updater's failure in an operator's words: what happened, that nothing was installed, and whom to tell. */
export function updateProblem(error: unknown, feed: string | null): ReturnType<typeof problem> {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  const admin: Said = { key: 'desktop.updates.tellAdmin' };
  if (code === 'ERR_CHECKSUM_MISMATCH' || /checksum mismatch/i.test(message)) return problem({ key: 'desktop.updates.checksum' }, admin);
  if (code === 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND') {
    // electron-updater names the file it looked for: latest.yml, latest-mac.yml or latest-linux.yml.
    const file = /Cannot find channel "([\w.-]{1,40})"/.exec(message)?.[1];
    return problem({ key: 'desktop.updates.noChannel', values: { file: file ?? { key: 'desktop.updates.itsUpdateFile' } } }, admin);
  }
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode ?? /HttpError: (\d{3})\b/.exec(message)?.[1];
  if (status !== undefined) return problem({ key: 'desktop.updates.http', values: { status: String(status) } }, admin);
  if (UNREACHABLE.test(code) || UNREACHABLE.test(message)) {
    return problem(feed ? { key: 'desktop.updates.unreachableAt', values: { feed } } : { key: 'desktop.updates.unreachable' }, { key: 'desktop.updates.checkNetwork' });
  }
  // Its message holds the feed's answer (headers, YAML): the code says enough, and the log has the rest.
  return problem({ key: 'desktop.updates.failed', values: { code: neutralise(code).slice(0, 60) } }, admin);
}
