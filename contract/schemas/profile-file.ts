/**
 * A profile as a file an administrator hands to many workstations: where the account is and how
 * it is set up, never how to sign in. The API key and secret stay out of it (design: the full key
 * and the secret leave main only for the keychain); each workstation's operator gives both when
 * the file is imported, and they go to that computer's keychain.
 */
import { z } from 'zod';
import { profileFields } from './profiles';

export const PROFILE_FILE_KIND = 'switchboard-profile';
export const PROFILE_FILE_VERSION = 1;
/** A profile file is a few hundred bytes; anything much larger is not one. */
export const PROFILE_FILE_MAX_BYTES = 64 * 1024;

/** Names that mean a credential: a file holding any of them is refused, not imported without them. */
export const CREDENTIAL_NAMES = ['apiKey', 'apiSecret', 'secret', 'password', 'sipPassword'] as const;

/** The fields a profile file's profile may have: a profile's, without its credentials. */
export const PROFILE_FILE_FIELDS: readonly string[] = profileFields.keyof().options;

/**
 * The file's frame: what it is, its version, and a profile. Which fields the profile may have is
 * checked on the file as parsed (main/features/profiles/profile-file.ts), since a schema drops a
 * `__proto__` key unseen; the fields' own rules are the profile's, checked as it is saved, so that
 * every problem of an import is told at once.
 */
export const profileFile = z
  .object({
    kind: z.literal(PROFILE_FILE_KIND, { message: `must be "${PROFILE_FILE_KIND}": this is not a Switchboard profile file` }),
    version: z.literal(PROFILE_FILE_VERSION, { message: `must be ${PROFILE_FILE_VERSION}; a newer Switchboard may have written this file` }),
    profile: z.record(z.string(), z.unknown()),
  })
  .strict();
export type ProfileFile = z.output<typeof profileFile>;

/** A profile exported from the app: saved where the operator chose, or not (cancelled). */
export const exportedProfile = z.discriminatedUnion('saved', [z.object({ saved: z.literal(false) }), z.object({ saved: z.literal(true), path: z.string() })]);

/**
 * A profile file the operator picked in the app: the profile it describes, checked by the
 * profile's own rules, to fill the Add profile form; its key and secret are typed there.
 */
export const importedProfile = z.discriminatedUnion('chosen', [
  z.object({ chosen: z.literal(false) }),
  z.object({ chosen: z.literal(true), fileName: z.string(), profile: profileFields }),
]);
export type ImportedProfile = z.output<typeof importedProfile>;
