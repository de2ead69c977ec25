import { z } from 'zod';
import { said } from './app-error';
import { CALLEE_DIGITS } from './callee';
import { recordingId } from './calls';
import { isDialCountry, normalisePhoneNumber } from './phone-number';
import { plainText } from './rules';

/**
 * The address book: one for the whole computer, shared by every profile (a person's number does
 * not change with the account that calls it). Numbers are kept as the Dialer sends them: the same
 * normaliser reads every number typed, imported or saved.
 */

export const CONTACT_LIMITS = { name: 100, company: 100, label: 40, note: 1000, numbers: 10, contacts: 10_000 } as const;

const dialCountry = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as GB')
  .refine(isDialCountry, 'is not a country with a known dialling plan');

/** A saved number: digits as sent (country code first), its label ("mobile", "work") and country when known. */
export const contactNumber = z.object({
  label: z.string(),
  digits: z.string(),
  country: z.string().optional(),
});
export type ContactNumber = z.infer<typeof contactNumber>;

export const contact = z.object({
  id: z.string(),
  name: z.string(),
  company: z.string(),
  numbers: z.array(contactNumber),
  note: z.string(),
  favourite: z.boolean(),
  /** ISO time of the last change. */
  updatedAt: z.string(),
});
export type Contact = z.infer<typeof contact>;

export const contactList = z.object({ contacts: z.array(contact) });
export type ContactList = z.infer<typeof contactList>;

export const contactId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'is not a contact id');
export const contactRef = z.object({ id: contactId });

const label = plainText().trim().max(CONTACT_LIMITS.label, `must be at most ${CONTACT_LIMITS.label} characters`);

/**
 * A contact as the form (or the CLI) writes it: numbers as typed, read with `defaultCountry` when
 * they carry no country code. With `id` it replaces that contact; without, it is a new one.
 */
export const saveContactInput = z
  .object({
    id: contactId.optional(),
    name: plainText().trim().min(1, 'is required').max(CONTACT_LIMITS.name, `must be at most ${CONTACT_LIMITS.name} characters`),
    company: plainText().trim().max(CONTACT_LIMITS.company, `must be at most ${CONTACT_LIMITS.company} characters`).default(''),
    numbers: z
      .array(z.object({ label: label.default(''), number: z.string().max(64, 'must be at most 64 characters') }))
      .min(1, 'needs at least one number')
      .max(CONTACT_LIMITS.numbers, `may hold at most ${CONTACT_LIMITS.numbers} numbers`),
    note: plainText().trim().max(CONTACT_LIMITS.note, `must be at most ${CONTACT_LIMITS.note} characters`).default(''),
    favourite: z.boolean().default(false),
    defaultCountry: z.union([z.literal(''), dialCountry]).optional(),
  })
  .superRefine((value, context) => {
    value.numbers.forEach((entry, index) => {
      const read = normalisePhoneNumber(entry.number, CALLEE_DIGITS, value.defaultCountry || undefined);
      if (read.problem) context.addIssue({ code: 'custom', path: ['numbers', index, 'number'], message: read.problem });
    });
  })
  .transform(({ numbers, defaultCountry, ...rest }) => ({
    ...rest,
    numbers: numbers.map(({ label: named, number }) => {
      const read = normalisePhoneNumber(number, CALLEE_DIGITS, defaultCountry || undefined);
      return { label: named, digits: read.digits, ...(read.country ? { country: read.country } : {}) };
    }),
  }));
export type SaveContactInput = z.input<typeof saveContactInput>;

export const removedContact = z.object({ removed: z.boolean() });

/** A file the operator dropped on the window (bytes) or, when absent, one chosen in main's own dialog. */
export const droppedFile = z.object({
  name: plainText().trim().min(1, 'is required').max(255, 'must be at most 255 characters'),
  bytes: z.instanceof(Uint8Array),
});

export const CONTACT_FILE_MAX_BYTES = 5 * 1024 * 1024;

export const importContactsInput = z
  .object({
    file: droppedFile.optional(),
    /** How numbers without a country code are read. */
    defaultCountry: z.union([z.literal(''), dialCountry]).optional(),
  })
  .optional();

export const CONTACT_FILE_FORMATS = ['google-csv', 'outlook-csv', 'plain-csv', 'vcard'] as const;
export const IMPORT_RESULTS = ['imported', 'merged', 'refused'] as const;

/** One row (CSV) or card (vCard) of an import and what became of it. */
export const importedRow = z.object({
  /** The line the row or card starts on, counting from 1. */
  line: z.number().int(),
  name: z.string(),
  result: z.enum(IMPORT_RESULTS),
  /** Why it was refused, or what a merge added. */
  reason: z.string().optional(),
  /** `reason` as keys of main's catalog, for the window to say in its language. */
  say: z.object({ reason: said }).optional(),
});
export type ImportedRow = z.infer<typeof importedRow>;

export const contactImport = z.discriminatedUnion('chosen', [
  z.object({ chosen: z.literal(false) }),
  z.object({
    chosen: z.literal(true),
    fileName: z.string(),
    format: z.enum(CONTACT_FILE_FORMATS),
    rows: z.array(importedRow),
    imported: z.number().int(),
    merged: z.number().int(),
    refused: z.number().int(),
  }),
]);
export type ContactImport = z.infer<typeof contactImport>;

export const exportContactsInput = z.object({ format: z.enum(['csv', 'vcard'], 'must be csv or vcard') });

export const savedFile = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(false) }),
  z.object({ saved: z.literal(true), path: z.string(), count: z.number().int() }),
]);
export type SavedFile = z.infer<typeof savedFile>;

/**
 * Call lists: numbers worked through one at a time (preview dialling). A list belongs to the
 * profile it was imported under, and only that profile's screens offer it.
 */
export const DISPOSITIONS = ['answered', 'no-answer', 'busy', 'call-back', 'wrong-number', 'do-not-call'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export const CALL_LIST_LIMITS = { entries: 5_000, name: 100, note: 1000 } as const;

export const callListEntry = z.object({
  id: z.string(),
  /** The CSV line it came from. */
  line: z.number().int(),
  digits: z.string(),
  country: z.string().optional(),
  name: z.string(),
  note: z.string(),
  /** The recording ids (as the call history keeps them) of the calls placed from this entry. */
  calls: z.array(z.string()),
  disposition: z
    .object({
      kind: z.enum(DISPOSITIONS),
      note: z.string(),
      /** ISO time to call back, with `call-back`. */
      callBackAt: z.string().optional(),
      at: z.string(),
    })
    .optional(),
  skipped: z.boolean(),
});
export type CallListEntry = z.infer<typeof callListEntry>;

export const callList = z.object({
  id: z.string(),
  profileId: z.string(),
  name: z.string(),
  importedAt: z.string(),
  entries: z.array(callListEntry),
});
export type CallList = z.infer<typeof callList>;

/** The next entry to work on, in the file's order: neither disposed of nor skipped. */
export const nextEntry = (list: Pick<CallList, 'entries'>): CallListEntry | undefined => list.entries.find((entry) => !entry.disposition && !entry.skipped);

export const callListSummary = z.object({
  id: z.string(),
  name: z.string(),
  importedAt: z.string(),
  total: z.number().int(),
  /** Entries with a disposition. */
  done: z.number().int(),
});
export const callListIndex = z.object({ profileId: z.string(), lists: z.array(callListSummary) });
export type CallListIndex = z.infer<typeof callListIndex>;

export const callListId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'is not a call list id');
export const callListRef = z.object({ listId: callListId });

export const importCallListInput = z
  .object({
    file: droppedFile.optional(),
    name: plainText().trim().max(CALL_LIST_LIMITS.name, `must be at most ${CALL_LIST_LIMITS.name} characters`).optional(),
    defaultCountry: z.union([z.literal(''), dialCountry]).optional(),
  })
  .optional();

export const callListImport = z.discriminatedUnion('chosen', [
  z.object({ chosen: z.literal(false) }),
  z.object({ chosen: z.literal(true), list: callList, rows: z.array(importedRow), imported: z.number().int(), refused: z.number().int() }),
]);
export type CallListImport = z.infer<typeof callListImport>;

export const disposeEntryInput = z
  .object({
    listId: callListId,
    entryId: z.string().min(1).max(64),
    kind: z.enum(DISPOSITIONS, `must be one of ${DISPOSITIONS.join(', ')}`),
    note: plainText().trim().max(CALL_LIST_LIMITS.note, `must be at most ${CALL_LIST_LIMITS.note} characters`).default(''),
    callBackAt: z.iso.datetime({ offset: true, error: 'must be a date and time with its offset' }).optional(),
  })
  .superRefine((value, context) => {
    if (value.kind === 'call-back' && !value.callBackAt) context.addIssue({ code: 'custom', path: ['callBackAt'], message: 'is required to call back' });
  });

export const skipEntryInput = z.object({ listId: callListId, entryId: z.string().min(1).max(64) });

/** A call placed from an entry: its recording id, so the export can say how the call ended (from the call history). */
export const entryCalledInput = z.object({ listId: callListId, entryId: z.string().min(1).max(64), recordingId });
