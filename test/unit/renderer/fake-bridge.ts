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

/** What main answers on a first run: only the built-in sandbox, active. */
export const FIRST_RUN_PROFILES = {
  activeId: 'sandbox',
  profiles: [
    { id: 'sandbox', name: 'Sandbox', baseUrl: 'http://127.0.0.1:4010', appId: 'app-7f3c21', apiKeyMasked: 'sbx…9f', sandbox: true },
  ],
};

export const shellAnswers = (version = '1') => ({
  'app.info': () => ({ ok: true as const, value: { name: 'Switchboard', version, platform: 'linux' } }),
  'profiles.list': () => ({ ok: true as const, value: FIRST_RUN_PROFILES }),
});
