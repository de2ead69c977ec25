import { fail, type Result } from '../../../contract/result';

/** The hint of every phone request refused because another profile became active meanwhile. */
export const RELOAD_PHONES_HINT = 'The active profile changed meanwhile: reload the phone list of the active profile and try again.';

export const alreadyBeingSent = (what: string, since: string): Result<never> =>
  fail({
    kind: 'invalid-input',
    message: `${what} is already being sent (since ${since.slice(11, 19)} UTC) by this or another Switchboard window or command. Nothing more was sent.`,
    hint: 'Wait for its answer, then refresh the phone list to see what it changed.',
  });
