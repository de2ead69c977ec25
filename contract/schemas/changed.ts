import type { z } from 'zod';
import { CORRECT_FIELD_HINT, invalidField, type Result } from '../result';
import { neutralise } from '../text';

/**
 * Our own field rules are stricter than the vendor's, and ITNIO may hold values they refuse (its
 * own sample gateway is `12.325.353.2`). Spec decision: a value read from ITNIO and left as it was
 * goes back as read; only a value that differs from the one read must pass our rule. Main judges
 * "differs" against what it reads itself, the forms against the record they edit.
 */

/** A rule of ours that a changed value breaks: the field's path and the rule's words ("field: rule"). */
export interface EditIssue {
  field: string;
  rule: string;
}

/** What is wrong with a (trimmed, non-empty) value, in a rule's words; undefined when nothing is. */
export type FieldRule = (value: string) => string | undefined;

/** The first issue a schema finds with a value. */
export const ruleOf =
  (schema: z.ZodType): FieldRule =>
  (value) =>
    schema.safeParse(value).error?.issues[0]?.message;

export interface EditedValue {
  field: string;
  value: string | undefined;
  /** The value ITNIO holds; undefined when it is not known, so the rule applies. */
  read: string | undefined;
  rule: FieldRule;
}

/** The issues of the values that differ from the ones read. Empty values are the schema's to judge (required or not). */
export function changedValueIssues(values: readonly EditedValue[]): EditIssue[] {
  return values.flatMap(({ field, value, read, rule }) => {
    const typed = value?.trim() ?? '';
    if (typed === '' || typed === read?.trim()) return [];
    const broken = rule(typed);
    return broken === undefined ? [] : [{ field, rule: broken }];
  });
}

/** The refusal of an edit for its first issue, before anything is sent. */
export const refuseEdit = ({ field, rule }: EditIssue): Result<never> => invalidField(field, rule, CORRECT_FIELD_HINT);

/**
 * What to send for a field the operator was shown as `shown`. ITNIO may hold a value with control
 * characters, which every screen shows as visible stand-ins (contract/text.ts); a field that still
 * shows exactly that was left alone, so it goes back as ITNIO holds it, not as shown.
 */
export function asRead(shown: string, read: string | null | undefined): string;
export function asRead(shown: string | undefined, read: string | null | undefined): string | undefined;
export function asRead(shown: string | undefined, read: string | null | undefined): string | undefined {
  if (shown === undefined || read === null || read === undefined) return shown;
  const seen = neutralise(read);
  return seen !== read && shown === seen.trim() ? read : shown;
}
