import { changeLine, type FieldChange } from '../../contract/field-changes';
import { fail, type Result } from '../../contract/result';

/** What `--dry-run` answers: the changes a write would send, with nothing sent. */
export interface DryRun {
  dryRun: true;
  /** The object written, as the operator names it: "trunk 2001", "number 442079460958". */
  target: string;
  changes: FieldChange[];
}

export const dryRunText = ({ target, changes }: DryRun): string => [`${target} would change:`, ...changes.map((change) => `  ${changeLine(change)}`), 'dry run: nothing was sent'].join('\n');

/** A write that would change nothing is refused before it is sent (exit 2): it would only touch the update time. */
export const nothingToChange = (target: string, command: string): Result<never> =>
  fail({
    kind: 'invalid-input',
    message: `Nothing to change: ${target} already has these values, so nothing was sent.`,
    hint: `Give at least one option with a new value (see switchboard ${command} --help).`,
  });
