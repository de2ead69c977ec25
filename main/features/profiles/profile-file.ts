import { readFile, stat } from 'node:fs/promises';
import { fail, ok, type Result } from '../../../contract/result';
import { CREDENTIAL_NAMES, PROFILE_FILE_FIELDS, PROFILE_FILE_KIND, PROFILE_FILE_MAX_BYTES, PROFILE_FILE_VERSION, profileFile, type ProfileFile } from '../../../contract/schemas/profile-file';
import type { ProfileSummary } from '../../../contract/schemas/profiles';
import { errorCode } from '../../platform/files/save-as';

/** The file of a saved profile: everything but its id, its masked key and its credentials. */
export function profileFileOf(profile: ProfileSummary): ProfileFile {
  const { name, baseUrl, appId, defaultCallerId, defaultAccount, registrar } = profile;
  return {
    kind: PROFILE_FILE_KIND,
    version: PROFILE_FILE_VERSION,
    profile: { name, baseUrl, appId, ...(defaultCallerId ? { defaultCallerId } : {}), ...(defaultAccount ? { defaultAccount } : {}), ...(registrar ? { registrar } : {}) },
  };
}

export const profileFileText = (file: ProfileFile): string => `${JSON.stringify(file, null, 2)}\n`;

const NOT_A_PROFILE_FILE_HINT = 'Choose the file `switchboard profile export` or Export profile… wrote.';

/** A file too large to be a profile file, refused before it is read whole. */
export const profileFileTooLarge = (source: string): Result<never> =>
  fail({ kind: 'file', message: `${source} is larger than ${PROFILE_FILE_MAX_BYTES / 1024} KB, so it is not a profile file.`, hint: NOT_A_PROFILE_FILE_HINT });

/**
 * Reads a profile file's text, named `source` in its messages (the file's name): its frame, and a
 * profile with only a profile's fields, whose own rules are checked as the profile is saved. A
 * file carrying a credential is refused as a whole, so a secret pasted into it is never taken up.
 */
export function readProfileFile(text: string, source: string): Result<ProfileFile['profile']> {
  if (Buffer.byteLength(text) > PROFILE_FILE_MAX_BYTES) return profileFileTooLarge(source);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail({ kind: 'file', message: `${source} is not a profile file: it is not JSON.`, hint: NOT_A_PROFILE_FILE_HINT });
  }
  const credential = credentialIn(parsed);
  if (credential) {
    return fail({
      kind: 'invalid-input',
      field: credential,
      message: `${source} holds a credential (${credential}); a profile file never carries one, so nothing was imported.`,
      hint: 'Delete that line from the file, and give the API key and secret when you import it.',
    });
  }
  const checked = profileFile.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const rule = issue.code === 'unrecognized_keys' ? `has ${issue.keys.map((key) => `"${key}"`).join(', ')}, which a profile file does not` : issue.message;
    return notInFile(source, issue.path.join('.') || 'file', rule);
  }
  const stranger = Object.keys((parsed as { profile: object }).profile).find((key) => !PROFILE_FILE_FIELDS.includes(key));
  if (stranger !== undefined) return notInFile(source, `profile.${stranger}`, `is not a field of a profile (a profile file has ${PROFILE_FILE_FIELDS.join(', ')})`);
  return ok(checked.data.profile);
}

const notInFile = (source: string, field: string, rule: string): Result<never> =>
  fail({ kind: 'invalid-input', field, rule, message: `${field} in ${source}: ${rule}`, hint: 'Correct the file, or export the profile again.' });

/** The path of the first credential-like name anywhere in the parsed file, however deep. */
function credentialIn(value: unknown, path: string[] = []): string | undefined {
  if (typeof value !== 'object' || value === null || path.length > 8) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    if ((CREDENTIAL_NAMES as readonly string[]).some((name) => name.toLowerCase() === key.toLowerCase())) return [...path, key].join('.');
    const deeper = credentialIn(inner, [...path, key]);
    if (deeper) return deeper;
  }
  return undefined;
}

/**
 * The profile file at `path`, named `shownAs` in messages (the CLI shows the path typed, the app
 * the chosen file's name); one too large to be a profile file is not read.
 */
export async function readProfileFileAt(path: string, shownAs: string): Promise<Result<ProfileFile['profile']>> {
  try {
    if ((await stat(path)).size > PROFILE_FILE_MAX_BYTES) return profileFileTooLarge(shownAs);
    return readProfileFile(await readFile(path, 'utf8'), shownAs);
  } catch (error) {
    return fail({ kind: 'file', message: `${shownAs} could not be read (${errorCode(error)}).`, hint: 'Check the path, and that you may read the file.' });
  }
}
