/**
 * Typed calls through the router, as the renderer makes them through `window.switchboard`: the
 * method name picks the input and the answer's types from contract/methods.ts, so a renamed method
 * or a changed shape fails the typecheck instead of a test at run time.
 *
 * Input no typed caller could send (the untrusted IPC side) goes through `failureForRawInput`.
 */
import { expect } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../contract/methods';
import type { AppError, Result } from '../../contract/result';
import type { Router } from '../../main/router';

/** The input argument of a method: optional where the method takes none or all of it is optional. */
export type MethodArgs<M extends MethodName> = undefined extends MethodInput<M> ? [input?: MethodInput<M>] : [input: MethodInput<M>];

/** One method called through the router: its Result, whatever it is. */
export async function call<M extends MethodName>(router: Router, method: M, ...[input]: MethodArgs<M>): Promise<Result<MethodOutput<M>>> {
  // The one cast of the harness: the router parses the input and answers with this method's output.
  return (await router.dispatch(method, input)) as Result<MethodOutput<M>>;
}

const described = (error: AppError) => `${error.kind}${error.code ? ` ${error.code}` : ''}${error.field ? ` on ${error.field}` : ''}: ${error.message}`;

/** The value of an ok Result; fails the test with the error otherwise. */
export function okValue<T>(result: Result<T>, label: string): T {
  if (!result.ok) expect.fail(`${label} failed (${described(result.error)})`);
  return result.value;
}

/** The error of a failed Result; fails the test when it is ok. */
export function failed<T>(result: Result<T>, label: string): AppError {
  if (result.ok) expect.fail(`${label} should have failed, but answered ${JSON.stringify(result.value)?.slice(0, 200)}`);
  return result.error;
}

/** What the method answered; fails the test with the error when it did not succeed. */
export async function value<M extends MethodName>(router: Router, method: M, ...input: MethodArgs<M>): Promise<MethodOutput<M>> {
  return okValue(await call(router, method, ...input), method);
}

/** The error the method answered; fails the test when it succeeded. */
export async function failure<M extends MethodName>(router: Router, method: M, ...input: MethodArgs<M>): Promise<AppError> {
  return failed(await call(router, method, ...input), method);
}

/** The error the router answers for input outside the method's types: what a renderer breaking the contract could send. */
export async function failureForRawInput(router: Router, method: MethodName, input: unknown): Promise<AppError> {
  return failed(await router.dispatch(method, input), method);
}

/** `call`, `value` and `failure` bound to one router (or to whichever is current, for a harness that replaces it). */
export interface MethodCalls {
  call<M extends MethodName>(method: M, ...input: MethodArgs<M>): Promise<Result<MethodOutput<M>>>;
  value<M extends MethodName>(method: M, ...input: MethodArgs<M>): Promise<MethodOutput<M>>;
  failure<M extends MethodName>(method: M, ...input: MethodArgs<M>): Promise<AppError>;
}

export function methodCalls(router: Router | (() => Router)): MethodCalls {
  const current = typeof router === 'function' ? router : () => router;
  return {
    call: (method, ...input) => call(current(), method, ...input),
    value: (method, ...input) => value(current(), method, ...input),
    failure: (method, ...input) => failure(current(), method, ...input),
  };
}

/** Where an export or save answer wrote its file; fails the test when the save dialog was cancelled. */
export function savedPath(answer: { saved: false } | { saved: true; path: string }): string {
  if (!answer.saved) expect.fail('nothing was saved (the save dialog answered cancel)');
  return answer.path;
}
