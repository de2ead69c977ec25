import type { AppError } from '../../../contract/result';
import type { Said } from '../../../contract/said';
import { inEnglish, spoken } from '../messages';

/** What the store was doing when the keychain failed, for the operator's message. */
export type KeychainAction = 'read' | 'save' | 'remove';

/** The fix for every "keychain unavailable" error; the one sentence operators on Linux need. */
const LINUX: Said = { key: 'keychain.linuxHint' };
export const LINUX_KEYRING_HINT = inEnglish(LINUX);

export type KeychainProblem =
  | 'module' // keytar or libsecret could not be loaded
  | 'no-bus' // no D-Bus session bus to reach the Secret Service through
  | 'no-service' // a bus, but nothing owns org.freedesktop.secrets
  | 'no-keyring' // a Secret Service without a default keyring (and no way to create one)
  | 'locked' // the keyring is locked and could not be unlocked
  | 'denied' // the operator (or the OS) refused access
  | 'timeout' // the Secret Service did not answer
  | 'other';

/**
 * The real texts libsecret, GDBus, D-Bus and Node give, in the order they are tried. Each was seen
 * on Debian 12 (libsecret 0.20.5, GLib 2.74, dbus 1.14, gnome-keyring 42.1) unless marked "not
 * seen here"; the keychain suite (test/keychain) reproduces the Linux ones against real daemons.
 */
const PATTERNS: ReadonlyArray<readonly [KeychainProblem, RegExp]> = [
  // require('keytar') failing: not installed ("Cannot find module/package 'keytar'"), built for
  // another Node/Electron ABI, libsecret missing ("libsecret-1.so.0: cannot open shared object
  // file"), wrong architecture (not seen here; the store also maps any load failure here itself).
  ['module', /cannot find (module|package)|module_not_found|NODE_MODULE_VERSION|was compiled against|cannot open shared object file|invalid ELF header|wrong ELF class|dlopen|\.node\b/i],
  // DBUS_SESSION_BUS_ADDRESS unset and no $DISPLAY: "Cannot autolaunch D-Bus without X11 $DISPLAY".
  // Unset with $DISPLAY: "Error spawning command line “dbus-launch --autolaunch=… ”: Child process exited with code 1".
  // Address pointing nowhere: "Could not connect: No such file or directory" / "…: Connection refused".
  // Malformed address: "Address element “x” does not contain a colon (:)",
  // "Unknown or unsupported transport “x” for address “…”".
  ['no-bus', /autolaunch|dbus-launch|could not connect|address element|unsupported transport|error in address|failed to connect to socket/i],
  // A bus without a keyring daemon: "The name org.freedesktop.secrets was not provided by any
  // .service files" (findCredentials prefixes "GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: ").
  // A bus whose activation file fails: "Error calling StartServiceByName for org.freedesktop.secrets:
  // Process org.freedesktop.secrets exited with status 1".
  ['no-service', /org\.freedesktop\.secrets|ServiceUnknown|StartServiceByName|Error\.Spawn|NameHasNoOwner/i],
  // gnome-keyring without a login keyring that cannot show its "create keyring" prompt:
  // "Object does not exist at path “/org/freedesktop/secrets/collection/login”".
  ['no-keyring', /object does not exist at path|no such object|UnknownObject|no default collection/i],
  // gnome-keyring with the login keyring locked and no unlock prompt available:
  // "Cannot create an item in a locked collection". macOS, keychain locked without UI (not seen
  // here): "User interaction is not allowed.".
  ['locked', /locked|interaction is not allowed/i],
  // Prompts dismissed (not seen here): GIO "Operation was cancelled"; macOS "User canceled the
  // operation.", "The user name or passphrase you entered is not correct."
  ['denied', /cancell?ed|dismissed|not authori[sz]ed|access denied|passphrase you entered/i],
  // D-Bus calls that hang (not seen here): GIO "Timeout was reached", D-Bus NoReply "Did not
  // receive a reply". The store's own time limit reports "Timeout was reached" too.
  ['timeout', /timeout was reached|timed out|did not receive a reply|NoReply/i],
];

export function classifyKeychainFailure(text: string): KeychainProblem {
  for (const [problem, pattern] of PATTERNS) if (pattern.test(text)) return problem;
  return 'other';
}

/** Each problem's group in the catalog: its message says `{{what}}` failed, its hint may end with `{{linux}}`, the Linux fix. */
const SAYS = {
  module: 'module',
  'no-bus': 'noBus',
  'no-service': 'noService',
  'no-keyring': 'noKeyring',
  locked: 'locked',
  denied: 'denied',
  timeout: 'timeout',
  other: 'other',
} as const satisfies Record<KeychainProblem, string>;

/**
 * Turns whatever keytar (or loading it) threw into an operator-facing `keychain` error. The raw text
 * appears only for failures we do not recognise, with every known secret value cut out of it.
 * `known` skips the text matching when the caller already knows the problem (a failed load).
 */
export function keychainError(cause: unknown, action: KeychainAction, secrets: readonly string[] = [], known?: KeychainProblem): AppError {
  const raw = redact(errorText(cause), secrets);
  const problem = known ?? classifyKeychainFailure(raw);
  const what: Said = { key: `keychain.what.${action}` };
  const group = SAYS[problem];
  const message: Said = problem === 'other' && raw ? { key: 'keychain.other.withDetail', values: { what, detail: raw } } : { key: `keychain.${group}.message`, values: { what } };
  return { kind: 'keychain', ...spoken(message, { key: `keychain.${group}.hint`, values: { linux: LINUX } }) };
}

/** An entry under our service that is not JSON this app wrote (edited by hand, or another tool's). */
export function damagedEntryError(): AppError {
  return { kind: 'keychain', ...spoken({ key: 'keychain.damaged.message' }, { key: 'keychain.damaged.hint' }) };
}

/**
 * For callers that expected credentials and found none. libsecret answers "nothing saved" (not an
 * error) when a locked keyring cannot be unlocked, so the hint covers both causes.
 */
export function missingCredentialsError(profileName: string): AppError {
  return { kind: 'keychain', ...spoken({ key: 'keychain.missing.message', values: { profile: profileName } }, { key: 'keychain.missing.hint' }) };
}

const MAX_DETAIL = 300;

function errorText(cause: unknown): string {
  const text = cause instanceof Error ? cause.message : typeof cause === 'string' ? cause : '';
  return text.replace(/\s+/g, ' ').trim();
}

/** Removes every given secret value from a text, then keeps it short enough for a toast. */
export function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  // Longest first, so the whole stored entry goes before the values inside it.
  const values = secrets.filter((secret) => secret.length > 0).sort((a, b) => b.length - a.length);
  for (const secret of values) result = result.split(secret).join('[redacted]');
  return result.length > MAX_DETAIL ? `${result.slice(0, MAX_DETAIL - 1)}…` : result;
}
