import { buildBridge, METHODS, type MethodName } from '../../../contract/methods';
import type { Result } from '../../../contract/result';

/** Installs window.switchboard answering from `answers`; records every call. */
export function installBridge(answers: Partial<Record<MethodName, (input: unknown) => Result<unknown>>>) {
  const calls: { method: MethodName; input: unknown }[] = [];
  window.switchboard = buildBridge(METHODS, async (method, input) => {
    calls.push({ method, input });
    const answer = answers[method];
    if (!answer) throw new Error(`unexpected bridge call ${method}`);
    return answer(input);
  });
  return calls;
}
