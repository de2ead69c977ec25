import { schemaResolver, type FormErrors, type UseFormReturnType } from '@mantine/form';
import type { AppError } from '../../../contract/result';
import { errorWords, ruleWords } from '../i18n/said';

/** A form's errors as its rules' English (a contract schema's words), said in the window's language. */
export const ruleErrors = (errors: FormErrors): FormErrors =>
  Object.fromEntries(Object.entries(errors).map(([path, error]) => [path, typeof error === 'string' ? ruleWords(error) : error]));

/**
 * A form's check by the schema main parses the same input with: main's rules, said under the
 * fields in the window's language (the schema keeps its English for the CLI).
 */
export function schemaRules<Values>(schema: Parameters<typeof schemaResolver>[0]): (values: Values) => FormErrors {
  const resolve = schemaResolver(schema, { sync: true });
  return (values) => ruleErrors(resolve(values));
}

/** Under a field it goes without saying, in either language: the error on the field is why nothing was sent. */
const NOTHING_SENT = / ?(?:Nothing was sent\.|未发送任何(?:内容|请求)。)$/u;

interface FieldMessageOptions {
  /** Adds the error's hint, e.g. what to change for a vendor's refusal. */
  hint?: boolean;
}

/**
 * The words under a field: the rule its value broke (the field's label already names it), else,
 * for an error without a rule (a vendor's refusal), its whole message.
 */
export function fieldMessage(error: AppError, { hint = false }: FieldMessageOptions = {}): string {
  const words = errorWords(error);
  const text = words.rule ?? words.message;
  const todo = hint ? words.hint?.replace(NOTHING_SENT, '') : undefined;
  return todo ? `${text} ${todo}` : text;
}

export interface PutOnFieldOptions extends FieldMessageOptions {
  /** Moves the keyboard focus to the field, for a form long enough to lose sight of it. */
  focus?: boolean;
}

/**
 * Shows an error that main or the vendor tied to a field under that field of `form`. The field is
 * a dotted path (`groupList.0.number`) whose first step must be one of the form's values. Answers
 * false, leaving the form alone, when the error names none of its fields: the caller shows it
 * elsewhere.
 */
export function putOnField<Values>(form: UseFormReturnType<Values>, error: AppError, options: PutOnFieldOptions = {}): boolean {
  const { field } = error;
  const first = field?.split('.')[0];
  if (!field || !first || !Object.hasOwn(form.getValues() as object, first)) return false;
  form.setFieldError(field, fieldMessage(error, options));
  if (options.focus) form.getInputNode(field)?.focus();
  return true;
}

/**
 * After a refused submit, puts the keyboard focus on the first field (in the page's order) that
 * holds an error, so Enter in one field never leaves the operator in a field that is fine.
 */
export function focusFirstError<Values>(form: UseFormReturnType<Values>, errors: FormErrors): void {
  const fields = Object.keys(errors)
    .map((path) => form.getInputNode(path))
    .filter((node): node is HTMLElement => node instanceof HTMLElement);
  const [first] = fields.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  first?.focus();
}
