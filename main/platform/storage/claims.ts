import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { isRunning, thisProcess, type Owner } from './file-lock';
import { openJournal } from './journal';

export const CLAIMS_FILE = 'requests-in-flight.jsonl';
/** A claim this old is over whatever its process says: no request waits this long for an answer. */
const CLAIM_EXPIRY_MS = 5 * 60_000;

/** The process that made a claim, as written beside it. */
export const claimOwner = z.object({ host: z.string(), pid: z.number().int() });

/** Whether a claim made at `at` (ISO) by `owner` still stands: its process runs and it has not expired. */
export const isClaimOpen = (owner: Owner, at: string, nowMs: number): boolean => isRunning(owner) && nowMs - Date.parse(at) < CLAIM_EXPIRY_MS;
/** Past this many lines the journal is rewritten with only the claims still open. */
const COMPACT_AT_LINES = 200;

const claimLine = z.object({
  type: z.literal('claim'),
  id: z.string(),
  key: z.string(),
  at: z.string(),
  owner: claimOwner,
});
type ClaimLine = z.infer<typeof claimLine>;
const doneLine = z.object({ type: z.literal('done'), id: z.string() });

export type Claimed = { ok: true; done: () => Promise<void> } | { ok: false; since: string };

/**
 * Irreversible requests other than calls (a phone batch, a password reset) while they are being
 * sent, shared by every Switchboard process: one is claimed under the journal's lock before it is
 * sent, so a second window, a double click or a CLI run cannot send its twin meanwhile. A claim
 * ends when its request has its answer, when its process ends, or after `CLAIM_EXPIRY_MS`.
 */
export interface InFlightClaims {
  /** Claims `key`, or answers when the request holding it was claimed. */
  claim(key: string): Promise<Claimed>;
}

export function openInFlightClaims(dataDir: string, options: { now?: () => number } = {}): InFlightClaims {
  const journal = openJournal(join(dataDir, CLAIMS_FILE), parse);
  const now = options.now ?? Date.now;
  const open = (claims: readonly ClaimLine[]) => claims.filter((claim) => isClaimOpen(claim.owner, claim.at, now()));

  return {
    claim: (key) =>
      journal.locked(async () => {
        const { parsed, lines } = await journal.read();
        const holding = open(parsed).find((claim) => claim.key === key);
        if (holding) return { ok: false, since: holding.at };
        const claim: ClaimLine = { type: 'claim', id: randomBytes(8).toString('hex'), key, at: new Date(now()).toISOString(), owner: thisProcess() };
        if (lines >= COMPACT_AT_LINES) await journal.replace([...open(parsed), claim]);
        else await journal.append(claim);
        return {
          ok: true,
          // Never fails the request it ends: a claim left open holds its twin until this process ends.
          done: () => journal.locked(() => journal.append({ type: 'done', id: claim.id })).catch(() => undefined),
        };
      }),
  };
}

/** The claims without their `done` line, oldest first; lines of other shapes are skipped. */
function parse(values: readonly unknown[]): ClaimLine[] {
  const claims = new Map<string, ClaimLine>();
  for (const value of values) {
    const claim = claimLine.safeParse(value);
    if (claim.success) claims.set(claim.data.id, claim.data);
    const done = doneLine.safeParse(value);
    if (done.success) claims.delete(done.data.id);
  }
  return [...claims.values()];
}
