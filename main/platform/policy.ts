import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppError } from '../../contract/result';
import type { Said } from '../../contract/said';
import { neutralise } from '../../contract/text';
import { inEnglish, spoken } from './messages';
import { POLICY_MAX_BYTES, policyFile, type PolicyStatus, type PresetProfile } from '../../contract/schemas/policy';
import { SANDBOX_PROFILE_ID } from '../../contract/schemas/profiles';
import { PRODUCT_NAME } from './paths';

/** The policy as main applies it: what the window shows, and the presets with their fields checked. */
export interface Policy extends Omit<PolicyStatus, 'presets'> {
  presets: PresetProfile[];
}

/**
 * Where an administrator places the policy: a folder only administrators may write to, one per
 * system. SWITCHBOARD_POLICY names another file (to try a policy out, and for tests).
 */
export function policyPath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.SWITCHBOARD_POLICY) return env.SWITCHBOARD_POLICY;
  if (platform === 'win32') return join(env.ProgramData ?? 'C:\\ProgramData', PRODUCT_NAME, 'policy.json');
  if (platform === 'darwin') return join('/Library/Application Support', PRODUCT_NAME, 'policy.json');
  return join('/etc', PRODUCT_NAME.toLowerCase(), 'policy.json');
}

const NO_POLICY = { baseUrl: null, hideSandbox: false, presets: [], updateFeed: null };

/**
 * The policy at `path`, read once when a process starts (it changes with an administrator's
 * deployment, not while an operator works). A file that cannot be read or breaks a rule applies
 * nothing, and says why: half a policy would be a policy nobody wrote.
 */
export function readPolicy(path: string): Policy {
  let text: string;
  try {
    const bytes = readFileSync(path);
    if (bytes.length > POLICY_MAX_BYTES) return invalid(path, { key: 'policy.problem.tooLarge', values: { bytes: bytes.length, max: POLICY_MAX_BYTES } });
    text = bytes.toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { path, state: 'none', ...NO_POLICY };
    return invalid(path, { key: 'policy.problem.unreadable', values: { code: code ?? 'unknown error' } });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return invalid(path, { key: 'policy.problem.notJson' });
  }
  const parsed = policyFile.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`);
    return { path, state: 'invalid', problem: neutralise(problems.join('; ')), ...NO_POLICY };
  }
  const policy = parsed.data;
  return {
    path,
    state: 'applied',
    baseUrl: policy.baseUrl ?? null,
    hideSandbox: policy.hideSandbox === true,
    presets: policy.profiles ?? [],
    updateFeed: policy.updates?.feed ?? null,
  };
}

const invalid = (path: string, problem: Said): Policy => ({ path, state: 'invalid', problem: inEnglish(problem), problemSay: problem, ...NO_POLICY });

/**
 * The profile in use: the one chosen, except the Sandbox where the policy hides it (chosen before the
 * policy came, or on a first run), where the first profile saved stands in.
 */
export function activeUnder(policy: Pick<Policy, 'hideSandbox'> | undefined, file: { activeId: string; profiles: readonly { id: string }[] }): string {
  return policy?.hideSandbox && file.activeId === SANDBOX_PROFILE_ID ? (file.profiles[0]?.id ?? SANDBOX_PROFILE_ID) : file.activeId;
}

/** What the operator is told when the Sandbox is asked for but the policy hides it. */
export const SANDBOX_HIDDEN: AppError = { kind: 'invalid-input', field: 'profile', ...spoken({ key: 'policy.sandboxHidden.message' }, { key: 'policy.sandboxHidden.hint' }) };

/** A profile whose address the policy does not allow: nothing is sent to it. */
export const outsidePolicyError = (baseUrl: string, allowed: string): AppError => ({
  kind: 'invalid-input',
  field: 'baseUrl',
  ...spoken({ key: 'policy.outside.message', values: { address: neutralise(baseUrl), allowed } }, { key: 'policy.outside.hint', values: { allowed } }),
});
