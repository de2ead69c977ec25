import type { z } from 'zod';
import { CORRECT_FIELD_HINT, fail, ok, type Result } from '../../contract/result';
import type { EditIssue } from '../../contract/schemas/changed';

/** How one command names the contract's fields: the flag or argument the operator typed (`groupName` → `--group`). */
export type FlagNames = Readonly<Record<string, string>>;

const HINT = 'Correct the options and run the command again. Nothing was sent.';

/** The flag a field path is typed as (`groupList.0.number` → `--group`); the path itself when the command has none for it. */
const flagOf = (path: readonly PropertyKey[], flags: FlagNames): string => flags[String(path[0])] ?? path.join('.');

/**
 * The input checked the way main checks it, before anything is read or sent, with every problem
 * at once, each under its flag, on one line: "--group: must be 4–32 characters; --quantity: …",
 * not one per run. `more` are the command's own findings (an option left out, a switch that is
 * neither on nor off, our stricter rules that main checks after the schema); where one names a
 * flag, it says more than the schema's words about the same flag.
 */
export function checkedFlags<S extends z.ZodType>(schema: S, input: unknown, flags: FlagNames, more: readonly EditIssue[] = []): Result<z.output<S>> {
  const parsed = schema.safeParse(input);
  const own = more.map((issue) => ({ flag: flagOf(issue.field.split('.'), flags), rule: issue.rule }));
  const named = new Set(own.map(({ flag }) => flag));
  const general = parsed.success ? [] : parsed.error.issues.map((issue) => ({ flag: flagOf(issue.path, flags), rule: issue.message })).filter(({ flag }) => !named.has(flag));
  if (parsed.success && own.length === 0) return ok(parsed.data);
  const problems = [...general, ...own];
  const [first] = problems;
  return fail({
    kind: 'invalid-input',
    ...(first ? { field: first.flag, rule: first.rule } : {}),
    message: problems.map(({ flag, rule }) => `${flag}: ${rule}`).join('; '),
    hint: HINT,
  });
}

/** An option the command needs, left out: named with the rest of the run's problems rather than alone. */
export const requiredFlags = (given: Readonly<Record<string, unknown>>): EditIssue[] =>
  Object.entries(given).flatMap(([field, value]) => (value === undefined ? [{ field, rule: 'is required' }] : []));

/** A refusal main answered (or a check made here) about a contract field, in the command line's terms: the flag named, the hint about options. */
export function inFlagTerms<T>(result: Result<T>, flags: FlagNames): Result<T> {
  if (result.ok || result.error.kind !== 'invalid-input' || !result.error.field || !result.error.rule) return result;
  const flag = flags[result.error.field.split('.')[0]!];
  if (!flag) return result;
  // A form's hint ("the highlighted field") means nothing here; a hint of the command's own stays.
  return fail({ ...result.error, field: flag, message: `${flag}: ${result.error.rule}`, hint: result.error.hint === CORRECT_FIELD_HINT ? HINT : result.error.hint });
}
