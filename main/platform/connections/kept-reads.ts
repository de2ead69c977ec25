import type { z } from 'zod';
import { ok, type AppError, type ErrorKind, type Result } from '../../../contract/result';
import type { ReadCache } from '../storage/read-cache';
import { ENV_PROFILE_ID } from './connections';

/** An answer that says which profile it was read under and when. */
interface ProfileAnswer {
  profileId: string;
  fetchedAt: string;
  stale?: AppError | undefined;
}

/** One read: the method and its parsed input name it; the schema checks what was kept and strips what it does not list. */
export interface ReadKey<T> {
  method: string;
  input: unknown;
  schema: z.ZodType<T>;
}

/**
 * Runs `read`, keeps its answer, and, when it failed for an outage, answers the one kept before
 * for the same profile and read, with the failure as `stale` and the time it was read then.
 */
export type KeepRead = <T extends ProfileAnswer>(key: ReadKey<T>, read: () => Promise<Result<T>>) => Promise<Result<T>>;

/**
 * Failures that say nothing new about the account, so what was read before still stands. A vendor
 * refusal, bad credentials or a wrong clock are answers: they are shown, never hidden behind a list.
 */
const OUTAGES: ReadonlySet<ErrorKind> = new Set(['network', 'timeout', 'server']);

export function keptReads(deps: {
  cache: ReadCache;
  activeId: () => Promise<Result<string>>;
  /** False for the CLI: a script must see the failure (exit 4), never an old answer as if new. */
  answerKept: boolean;
}): KeepRead {
  return async ({ method, input, schema }, read) => {
    const key = `${method} ${canonicalJson(input)}`;
    const fresh = await read();
    if (fresh.ok) {
      const { profileId, fetchedAt } = fresh.value;
      const kept = schema.safeParse(fresh.value);
      // The ITNIO_* variables may name another account on every run: no profile owns their answers.
      if (kept.success && profileId !== ENV_PROFILE_ID) await deps.cache.put(profileId, key, { readAt: fetchedAt, value: kept.data });
      return fresh;
    }
    if (!deps.answerKept || !OUTAGES.has(fresh.error.kind)) return fresh;
    const profileId = await deps.activeId();
    if (!profileId.ok) return fresh;
    const kept = await deps.cache.get(profileId.value, key);
    const value = schema.safeParse(kept?.value);
    if (!kept || !value.success || value.data.profileId !== profileId.value) return fresh;
    return ok({ ...value.data, fetchedAt: kept.readAt, stale: fresh.error });
  };
}

/** The same text for the same input, whatever order its fields came in. */
const canonicalJson = (value: unknown): string =>
  JSON.stringify(value ?? null, (_, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1))) : inner,
  );
