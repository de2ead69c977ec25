import { hintSaid, ruleSaid } from './messages/templates';
import type { Said } from './said';

/**
 * The one shape every bridge call answers with. Errors are values, not throws, so that the
 * renderer can always show the operator something useful and never an Electron stack trace.
 */
export const ERROR_KINDS = [
  'invalid-input',
  'vendor',
  'auth',
  'clock-skew',
  'network',
  'timeout',
  'server',
  'keychain',
  'file',
  'internal',
] as const;

export type ErrorKind = (typeof ERROR_KINDS)[number];

/** The message and hint as keys of main's catalog, for the window to say in the operator's language. */
export interface SaidError {
  message: Said;
  hint?: Said;
  /** With `rule`: the rule a field's value broke. */
  rule?: Said;
}

export interface AppError {
  kind: ErrorKind;
  /** The vendor's status code, for kind 'vendor' (and auth / clock-skew answers). */
  code?: string;
  /** What happened, in words an operator understands. */
  message: string;
  /** What to do about it. */
  hint?: string;
  /** `message` and `hint` as catalog keys and values (the window says them in its language); absent where main has no key for them yet. */
  say?: SaidError;
  /** The input field the error is about, as a dotted path (e.g. `groupList.0.number`). */
  field?: string;
  /** With `field`: the rule the value broke, without the field's name (e.g. `must be 7–15 digits`). */
  rule?: string;
  /**
   * For a request to ITNIO that got no readable answer: 'no' when it cannot have reached ITNIO
   * (nothing was sent, e.g. the connection was refused), 'maybe' when it went out and its answer
   * never came or broke (a write may have been carried out). Absent when ITNIO answered.
   */
  reachedItnio?: 'no' | 'maybe';
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppError): Result<never> => ({ ok: false, error });

/** The hint of a field's rule broken in a form: the CLI words it for its options instead. */
export const CORRECT_FIELD_HINT = 'Correct the highlighted field and try again. Nothing was sent.';

/**
 * "field: rule" and its hint as keys, for the parts the rule catalog has templates of
 * (contract/messages/templates.ts); a rule it lacks stays English inside a keyed message.
 */
export function fieldSay(field: string, rule: string, hint: string | undefined): { say?: SaidError } {
  const ruleSays = ruleSaid(rule);
  const hintSays = hint === undefined ? undefined : hintSaid(hint);
  if (!ruleSays && !hintSays) return {};
  const message: Said = { key: 'rules.onField', values: { field, rule: ruleSays ?? rule } };
  return { say: { message, ...(ruleSays ? { rule: ruleSays } : {}), ...(hintSays ? { hint: hintSays } : {}) } };
}

/** An input that broke a rule: the field and its rule as data (a form puts the rule on the field), "field: rule" as text. */
export const fieldError = (field: string, rule: string, hint: string): AppError => ({
  kind: 'invalid-input',
  field,
  rule,
  message: `${field}: ${rule}`,
  hint,
  ...fieldSay(field, rule, hint),
});
export const invalidField = (field: string, rule: string, hint: string): Result<never> => fail(fieldError(field, rule, hint));
