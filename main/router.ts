import { storageError } from './platform/storage/file-lock';
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { METHODS, type MethodInput, type MethodName, type MethodOutput } from '../contract/methods';
import { hintSaid, ruleSaid } from '../contract/messages/templates';
import { CORRECT_FIELD_HINT, fail, invalidField, type Result } from '../contract/result';
import { schemas } from '../contract/schemas';
import type { Logger } from './platform/log';
import { spoken } from './platform/messages';

/** One service function per contract method; input already parsed by its schema. */
export type Services = {
  [M in MethodName]: (input: z.output<(typeof schemas)[M]['input']>) => Promise<Result<MethodOutput<M>>>;
};

/** Every method of one domain (the prefix of its name): what `main/features/<domain>/index.ts` wires. */
export type DomainServices<D extends string> = Pick<Services, Extract<MethodName, `${D}.${string}`>>;

export interface Router {
  dispatch(method: string, rawInput: unknown): Promise<Result<unknown>>;
}

const isMethod = (name: string): name is MethodName => (METHODS as readonly string[]).includes(name);

/** Turns the first zod issue into an invalid-input error: the field and its rule as data, and "field: rule" as text. */
export function invalidInput(error: z.ZodError): Result<never> {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : undefined;
  const rule = issue?.message ?? 'is not valid';
  const hint = CORRECT_FIELD_HINT;
  if (field) return invalidField(field, rule, hint);
  // An issue of the whole input (not an object, say): still "Input: rule", its rule said by key where the catalog has it.
  return fail({ kind: 'invalid-input', ...spoken({ key: 'rules.onInput', values: { rule: ruleSaid(rule) ?? rule } }, hintSaid(hint)) });
}

export function createRouter(services: Services, log: Logger): Router {
  return {
    async dispatch(method, rawInput) {
      if (!isMethod(method)) {
        return fail({ kind: 'internal', ...spoken({ key: 'rules.router.unknownMethod', values: { method: method.slice(0, 64) } }) });
      }
      try {
        // Inside the try: a refinement that throws on some odd input is still our bug, not a crash.
        const parsed = schemas[method].input.safeParse(rawInput);
        if (!parsed.success) return invalidInput(parsed.error);
        const service = services[method] as (input: unknown) => Promise<Result<unknown>>;
        return await service(parsed.data as MethodInput<typeof method>);
      } catch (error) {
        const stored = storageError(error);
        if (stored) {
          log.error('storage failed', { method, code: (error as NodeJS.ErrnoException).code ?? (error as Error).name });
          return fail(stored);
        }
        // Only the error's class reaches the log: messages and stacks can carry request data.
        const ref = randomBytes(3).toString('hex');
        log.error('service threw', { method, ref, error: error instanceof Error ? error.name : typeof error });
        return fail({ kind: 'internal', ...spoken({ key: 'rules.router.unexpected', values: { ref } }, { key: 'rules.router.unexpectedHint' }) });
      }
    },
  };
}
