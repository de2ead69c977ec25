import { isDeepStrictEqual } from 'node:util';
import { invalidField, type Result } from '../../../contract/result';
import { presetNamed, type PresetProfile } from '../../../contract/schemas/policy';
import type { Policy } from '../../platform/policy';

const ASK_ADMIN = "Your organisation's policy sets this on every workstation; ask your administrator to change it there.";

/** The fields a preset may fix, in the order a form shows them. */
const PRESET_FIELDS = ['baseUrl', 'appId', 'defaultCallerId', 'defaultAccount', 'registrar'] as const;

type ProfileFields = Pick<PresetProfile, 'name' | (typeof PRESET_FIELDS)[number]>;

/**
 * Why the policy refuses a profile as it would be saved (or tried), naming the field: its address
 * is not the one the policy allows, a preset's profile differs from the preset in a field the
 * preset sets, or a preset's profile would be renamed away from it.
 */
export function policyRefusal(policy: Policy, profile: Partial<ProfileFields> & Pick<ProfileFields, 'baseUrl'>, savedName?: string): Result<never> | undefined {
  if (policy.baseUrl && profile.baseUrl !== policy.baseUrl) return invalidField('baseUrl', `must be ${policy.baseUrl}, the address your organisation's policy allows`, ASK_ADMIN);
  const before = savedName === undefined ? undefined : presetNamed(policy, savedName);
  if (before && profile.name !== undefined && profile.name.trim().toLowerCase() !== before.name.toLowerCase()) {
    return invalidField('name', `must stay "${before.name}": the profile is one your organisation's policy sets up`, ASK_ADMIN);
  }
  const preset = profile.name === undefined ? before : presetNamed(policy, profile.name);
  if (!preset) return undefined;
  for (const field of PRESET_FIELDS) {
    if (preset[field] !== undefined && !isDeepStrictEqual(profile[field], preset[field])) {
      return invalidField(field, `is set by your organisation's policy for "${preset.name}"`, ASK_ADMIN);
    }
  }
  return undefined;
}
