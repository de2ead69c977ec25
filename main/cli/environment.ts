import { fail, ok, type Result } from '../../contract/result';
import type { EnvironmentCredentials } from '../platform/connections/connections';

/** The credential pair a script sets instead of a saved profile: one without the other names no account. */
const PAIR = ['ITNIO_API_KEY', 'ITNIO_API_SECRET'] as const;
/** Where and with which application the pair is used: meaningless without it. */
const WITH_PAIR = ['ITNIO_BASE_URL', 'ITNIO_APP_ID'] as const;

const HINT = 'Set both ITNIO_API_KEY and ITNIO_API_SECRET (ITNIO_BASE_URL and ITNIO_APP_ID are optional beside them), or unset every ITNIO_ variable to use a saved profile.';

/**
 * The ITNIO_* credentials of a script's environment. A variable that is set (even to nothing)
 * without its partner is a configuration error, never a quiet fall back to a saved profile: a
 * secret that failed to load must fail the cron job, not run it against another account.
 */
export function environmentCredentials(env: NodeJS.ProcessEnv): Result<EnvironmentCredentials | undefined> {
  const incomplete = incompletePair(env, [...PAIR, ...WITH_PAIR]);
  if (incomplete) return incomplete;
  const [apiKey, apiSecret] = PAIR.map((name) => env[name]);
  if (!apiKey || !apiSecret) return ok(undefined);
  return ok({ apiKey, apiSecret, baseUrl: env.ITNIO_BASE_URL || undefined, appId: env.ITNIO_APP_ID || undefined });
}

/** For `switchboard sandbox`, which takes only the pair (a script may set ITNIO_BASE_URL to reach it). */
export function environmentPair(env: NodeJS.ProcessEnv): Result<{ apiKey: string; apiSecret: string } | undefined> {
  const incomplete = incompletePair(env, PAIR);
  if (incomplete) return incomplete;
  return env.ITNIO_API_KEY && env.ITNIO_API_SECRET ? ok({ apiKey: env.ITNIO_API_KEY, apiSecret: env.ITNIO_API_SECRET }) : ok(undefined);
}

function incompletePair(env: NodeJS.ProcessEnv, considered: readonly string[]): Result<never> | undefined {
  const present = considered.filter((name) => env[name] !== undefined);
  if (present.length === 0) return undefined;
  const lacking = PAIR.filter((name) => !env[name]);
  if (lacking.length === 0) return undefined;
  const given = present.filter((name) => env[name] && !lacking.includes(name as (typeof PAIR)[number]));
  const empty = lacking.filter((name) => env[name] === '');
  const missing = lacking.map((name) => `${name} ${empty.includes(name) ? 'is empty' : 'is not set'}`).join(' and ');
  const what = given.length > 0 ? `${list(given)} ${given.length === 1 ? 'is' : 'are'} set, but ${missing}` : missing;
  return fail({
    kind: 'auth',
    message: `The environment's ITNIO credentials are incomplete: ${what}. Nothing was sent.`,
    hint: HINT,
  });
}

const list = (names: string[]): string => (names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`);
