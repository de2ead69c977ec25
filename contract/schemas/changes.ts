import { z } from 'zod';
import { appError, said } from './app-error';

/** One field a write changes, as `contract/field-changes.ts` words it; a secret's values are never kept, only "changed". */
export const fieldChange = z.object({ field: z.string(), current: z.string(), next: z.string() });

/** What a journal entry is about: a number's settings, a trunk, one phone's password, a batch of new phones. */
export const CHANGE_KINDS = ['number', 'trunk', 'phone', 'phones'] as const;
export const changeKind = z.enum(CHANGE_KINDS);
export type ChangeKind = z.infer<typeof changeKind>;

/**
 * One write to ITNIO, appended to the local change journal after it was sent, whatever came of it.
 * Kept for every profile of this computer; never a password, a secret or a greeting's bytes.
 */
export const changeEntry = z.object({
  id: z.string(),
  /** ISO time the write was answered (or failed). */
  at: z.string(),
  profileId: z.string(),
  /** The profile's name at the time, so an entry still reads after the profile is renamed or removed. */
  profileName: z.string(),
  kind: changeKind,
  /** The object as the operator knows it: "442079460958", "trunk 12 · Main gateway", "80010003", "group Sales". */
  object: z.string(),
  /** The method that wrote, e.g. "numbers.edit". */
  action: z.string(),
  /** Field by field, the values read from ITNIO just before → the values sent. */
  changes: z.array(fieldChange),
  /** Saved, or what ITNIO (or the way to it) answered instead. */
  result: z.discriminatedUnion('ok', [z.object({ ok: z.literal(true) }), z.object({ ok: z.literal(false), error: appError })]),
  /** Where the write came from. */
  via: z.enum(['app', 'cli']),
  /**
   * Present where "Put back" can send the values before (numbers and trunks, saved changes only):
   * that method's input, checked again by its own schema when sent. Never a secret.
   */
  revert: z.object({ method: z.enum(['numbers.edit', 'trunks.update']), input: z.record(z.string(), z.unknown()) }).optional(),
  /** The entry this one put back. */
  revertOf: z.string().optional(),
});
export type ChangeEntry = z.infer<typeof changeEntry>;

const DATE_RULE = 'must be a date as YYYY-MM-DD';

export const listChangesInput = z
  .object({
    /** Entries at or after this day (UTC), "YYYY-MM-DD". */
    since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, DATE_RULE).refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), DATE_RULE).optional(),
    kind: changeKind.optional(),
    /** Only this profile's entries; every profile's when left out. */
    profileId: z.string().optional(),
    /** Part of the object, a field name or a value, case aside. */
    search: z.string().trim().max(100, 'must be at most 100 characters').optional(),
  })
  .optional();

export const changeList = z.object({
  /** Newest first. */
  entries: z.array(changeEntry),
});
export type ChangeList = z.infer<typeof changeList>;

export const changeRef = z.object({ id: z.string().min(1, 'is required').max(64, 'must be at most 64 characters') });

/**
 * What "Put back" would change now: the object as just read from ITNIO → the values before the
 * entry. A field ITNIO cannot be sent back (a value that was empty, which ITNIO keeps when left
 * out; a greeting, whose bytes were never kept) is listed in `cannot` with the reason.
 */
export const revertPreview = z.object({
  id: z.string(),
  object: z.string(),
  changes: z.array(fieldChange),
  /** `say`: the field and reason as keys of main's catalog, for the window to say in its language. */
  cannot: z.array(z.object({ field: z.string(), reason: z.string(), say: z.object({ field: said, reason: said }).optional() })),
});
export type RevertPreview = z.infer<typeof revertPreview>;

export const revertDone = z.object({
  /** The new journal entry the put back made. */
  entry: changeEntry,
});
