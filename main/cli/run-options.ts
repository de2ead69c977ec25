import { invalidField, ok, type Result } from '../../contract/result';
import type { ClientTiming } from '../platform/connections/connections';

/** How long a run waits for ITNIO's answer, in seconds: the client's 15 s unless --timeout says. */
export const TIMEOUT_SECONDS = { min: 1, max: 300 } as const;

export interface RunOptions {
  profileName?: string;
  /** Where the profile's name was given, for its messages. */
  profileFrom?: string;
  clientTiming?: ClientTiming;
}

/**
 * The options every command that reaches an account shares. SWITCHBOARD_PROFILE is --profile's
 * twin for scripts (the flag wins when both are given); --timeout gives a slow link longer, or a
 * cron job less, than the 15 s the client waits for an answer.
 */
export function runOptions(flags: { profile?: string; timeout?: string }, env: NodeJS.ProcessEnv): Result<RunOptions> {
  const named = flags.profile !== undefined ? { profileName: flags.profile, profileFrom: '--profile' } : env.SWITCHBOARD_PROFILE ? { profileName: env.SWITCHBOARD_PROFILE, profileFrom: 'SWITCHBOARD_PROFILE' } : {};
  if (flags.timeout === undefined) return ok(named);
  const seconds = Number(flags.timeout);
  if (!/^\d+(\.\d+)?$/.test(flags.timeout) || seconds < TIMEOUT_SECONDS.min || seconds > TIMEOUT_SECONDS.max) {
    return invalidField('--timeout', `"${flags.timeout}" must be a number of seconds from ${TIMEOUT_SECONDS.min} to ${TIMEOUT_SECONDS.max}`, 'Correct the option and run the command again. Nothing was sent.');
  }
  return ok({ ...named, clientTiming: { timeoutMs: Math.round(seconds * 1000) } });
}
