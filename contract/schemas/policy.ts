/**
 * The machine-wide policy an administrator places for every operator of a workstation (a path per
 * OS, main/platform/policy.ts): profiles set up in advance, the one API address allowed, the
 * built-in Sandbox hidden, where updates come from. The app shows what it fixes and lets none of
 * it be changed there.
 */
import { z } from 'zod';
import { said } from './app-error';
import { profileFields } from './profiles';
import { baseUrl } from './rules';

export const POLICY_VERSION = 1;
/** A policy is a few kilobytes; anything much larger is not one. */
export const POLICY_MAX_BYTES = 256 * 1024;

/** Where updates are looked for: an https folder holding electron-updater's latest*.yml files. */
export const updateFeedUrl = z
  .string()
  .trim()
  .max(500, 'must be at most 500 characters')
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && !url.username && !url.password && !url.search && !url.hash;
    } catch {
      return false;
    }
  }, 'must be a full https:// address of a folder, without a user name, password, ? or #');

export const policyFile = z
  .object({
    version: z.literal(POLICY_VERSION, { message: `must be ${POLICY_VERSION}; a newer Switchboard may be needed for this policy` }),
    /** Every profile's API base URL must be this one. */
    baseUrl: baseUrl.optional(),
    /** The built-in Sandbox profile is neither listed nor usable. */
    hideSandbox: z.boolean().optional(),
    /** Profiles every operator finds ready to use once they give the key and secret, which stay each operator's. */
    profiles: z
      .array(profileFields.strict())
      .max(50, 'must list at most 50 profiles')
      .superRefine((profiles, context) => {
        const seen = new Set<string>();
        profiles.forEach((profile, index) => {
          const name = profile.name.toLowerCase();
          if (name === 'sandbox') context.addIssue({ code: 'custom', path: [index, 'name'], message: 'must not be "Sandbox", the built-in profile' });
          else if (seen.has(name)) context.addIssue({ code: 'custom', path: [index, 'name'], message: `"${profile.name}" is listed twice` });
          seen.add(name);
        });
      })
      .optional(),
    updates: z.object({ feed: updateFeedUrl }).strict().optional(),
  })
  .strict()
  .superRefine((policy, context) => {
    policy.profiles?.forEach((profile, index) => {
      if (policy.baseUrl && profile.baseUrl !== policy.baseUrl) context.addIssue({ code: 'custom', path: ['profiles', index, 'baseUrl'], message: `must be the policy's baseUrl, ${policy.baseUrl}` });
    });
  });
export type PolicyFile = z.output<typeof policyFile>;
export type PresetProfile = NonNullable<PolicyFile['profiles']>[number];

/** What the app applies of the policy, for the window to show. */
export const policyStatus = z.object({
  /** Where this system's policy file is looked for. */
  path: z.string(),
  /** No file there; a file applied; a file that could not be read or broke a rule, of which nothing applies. */
  state: z.enum(['none', 'applied', 'invalid']),
  /** Why an invalid file was not applied, naming the field and the rule. */
  problem: z.string().optional(),
  /** `problem` as a message of main's catalog, for the window to say in its language; absent for a rule the file broke (the schema's English). */
  problemSay: said.optional(),
  baseUrl: z.string().nullable(),
  hideSandbox: z.boolean(),
  presets: z.array(profileFields),
  updateFeed: z.string().nullable(),
});
export type PolicyStatus = z.output<typeof policyStatus>;

/** The policy's preset of this name, as main matches it on a save: case and outer spaces aside. */
export function presetNamed<P extends { name: string }>(policy: { presets: readonly P[] } | undefined, name: string): P | undefined {
  return policy?.presets.find((preset) => preset.name.toLowerCase() === name.trim().toLowerCase());
}
