import { readFile, stat } from 'node:fs/promises';
import { fail, ok, type Result } from '../../../contract/result';
import { ruleSaid } from '../../../contract/messages/templates';
import type { Said } from '../../../contract/said';
import { CREDENTIAL_NAMES, PROFILE_FILE_FIELDS, PROFILE_FILE_KIND, PROFILE_FILE_MAX_BYTES, PROFILE_FILE_VERSION, profileFile, type ProfileFile } from '../../../contract/schemas/profile-file';
import type { ProfileSummary } from '../../../contract/schemas/profiles';
import { errorCode } from '../../platform/files/save-as';
import { inEnglish, spoken } from '../../platform/messages';

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

const NOT_A_PROFILE_FILE_HINT: Said = { key: 'profiles.file.notAProfileFileHint' };

/** A file too large to be a profile file, refused before it is read whole. */
export const profileFileTooLarge = (source: string): Result<never> =>
  fail({ kind: 'file', ...spoken({ key: 'profiles.file.tooLarge', values: { source, kilobytes: PROFILE_FILE_MAX_BYTES / 1024 } }, NOT_A_PROFILE_FILE_HINT) });

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
    return fail({ kind: 'file', ...spoken({ key: 'profiles.file.notJson', values: { source } }, NOT_A_PROFILE_FILE_HINT) });
  }
  const credential = credentialIn(parsed);
  if (credential) {
    return fail({
      kind: 'invalid-input',
      field: credential,
      ...spoken({ key: 'profiles.file.credential', values: { source, credential } }, { key: 'profiles.file.credentialHint' }),
    });
  }
  const checked = profileFile.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const rule: Said | string = issue.code === 'unrecognized_keys' ? { key: 'rules.rule.profileFileKeys', values: { keys: issue.keys.map((key) => `"${key}"`).join(', ') } } : issue.message;
    return brokenInFile(source, issue.path.join('.') || 'file', rule);
  }
  const stranger = Object.keys((parsed as { profile: object }).profile).find((key) => !PROFILE_FILE_FIELDS.includes(key));
  if (stranger !== undefined) return brokenInFile(source, `profile.${stranger}`, { key: 'profiles.file.notAField', values: { fields: PROFILE_FILE_FIELDS.join(', ') } });
  return ok(checked.data.profile);
}

/**
 * A field of the file that breaks a rule: a rule of our own is said by key, a schema's (English) by
 * the rule catalog's template of it, or as it words it where the catalog has none.
 */
export function brokenInFile(source: string, field: string, rule: Said | string): Result<never> {
  const ruleSays = typeof rule === 'string' ? ruleSaid(rule) : rule;
  const words = spoken({ key: 'profiles.file.broken', values: { field, source, rule: ruleSays ?? rule } }, { key: 'rules.hints.correctFile' });
  return fail({
    kind: 'invalid-input',
    field,
    rule: typeof rule === 'string' ? rule : inEnglish(rule),
    ...words,
    ...(ruleSays ? { say: { ...words.say, rule: ruleSays } } : {}),
  });
}

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
    return fail({ kind: 'file', ...spoken({ key: 'profiles.file.unreadable', values: { source: shownAs, code: errorCode(error) } }, { key: 'profiles.file.unreadableHint' }) });
  }
}
