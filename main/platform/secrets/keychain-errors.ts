import type { AppError } from '../../../contract/result';

/** What the store was doing when the keychain failed, for the operator's message. */
export type KeychainAction = 'read' | 'save' | 'remove';

/** The fix for every "keychain unavailable" error; the one sentence operators on Linux need. */
export const LINUX_KEYRING_HINT =
  'On Linux, install and unlock a Secret Service keyring such as GNOME Keyring (gnome-keyring) or KWallet, then try again. Switchboard never stores secrets in plain text.';

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

const VERB: Record<KeychainAction, string> = { read: 'read', save: 'saved', remove: 'removed' };

/**
 * Turns whatever keytar (or loading it) threw into an operator-facing `keychain` error. The raw text
 * appears only for failures we do not recognise, with every known secret value cut out of it.
 * `known` skips the text matching when the caller already knows the problem (a failed load).
 */
export function keychainError(cause: unknown, action: KeychainAction, secrets: readonly string[] = [], known?: KeychainProblem): AppError {
  const raw = redact(errorText(cause), secrets);
  const problem = known ?? classifyKeychainFailure(raw);
  const what = action === 'read' ? 'the saved API credentials cannot be read' : `the API credentials cannot be ${VERB[action]}`;
  switch (problem) {
    case 'module':
      return {
        kind: 'keychain',
        message: `The OS keychain is unavailable: Switchboard could not load its keychain module, so ${what}.`,
        hint: `${LINUX_KEYRING_HINT} On Linux also install libsecret (libsecret-1-0 on Debian and Ubuntu). If this persists, reinstall Switchboard.`,
      };
    case 'no-bus':
      return {
        kind: 'keychain',
        message: `The OS keychain is unavailable: there is no D-Bus session bus to reach the Secret Service through, so ${what}.`,
        hint: `Start Switchboard from a desktop session (or under dbus-run-session). ${LINUX_KEYRING_HINT}`,
      };
    case 'no-service':
      return {
        kind: 'keychain',
        message: `The OS keychain is unavailable: no Secret Service keyring is running, so ${what}.`,
        hint: LINUX_KEYRING_HINT,
      };
    case 'no-keyring':
      return {
        kind: 'keychain',
        message: `The OS keychain is unavailable: the Secret Service has no default keyring to keep credentials in, so ${what}.`,
        hint: `Create a default keyring (for example "Login" in Passwords and Keys) and unlock it. ${LINUX_KEYRING_HINT}`,
      };
    case 'locked':
      return {
        kind: 'keychain',
        message: `The OS keychain is unavailable: the keyring is locked, so ${what}.`,
        hint: `Unlock your login keyring (in Passwords and Keys, or by logging in again), then try again. ${LINUX_KEYRING_HINT}`,
      };
    case 'denied':
      return {
        kind: 'keychain',
        message: `Access to the OS keychain was refused, so ${what}.`,
        hint: 'Allow Switchboard to use the keychain (and unlock it) when you are asked, then try again.',
      };
    case 'timeout':
      return {
        kind: 'keychain',
        message: `The OS keychain did not answer in time, so ${what}.`,
        hint: `If a keyring unlock window is open, answer it. ${LINUX_KEYRING_HINT}`,
      };
    case 'other':
      return {
        kind: 'keychain',
        message: `The OS keychain reported an error, so ${what}${raw ? `: ${raw}` : '.'}`,
        hint: `Check that your OS keychain is running and unlocked, then try again. ${LINUX_KEYRING_HINT}`,
      };
  }
}

/** An entry under our service that is not JSON this app wrote (edited by hand, or another tool's). */
export function damagedEntryError(): AppError {
  return {
    kind: 'keychain',
    message: 'The keychain entry for this profile is damaged, so the saved API credentials cannot be read.',
    hint: 'Enter the API key and secret for this profile again to replace the entry.',
  };
}

/**
 * For callers that expected credentials and found none. libsecret answers "nothing saved" (not an
 * error) when a locked keyring cannot be unlocked, so the hint covers both causes.
 */
export function missingCredentialsError(profileName: string): AppError {
  return {
    kind: 'keychain',
    message: `No API credentials for profile "${profileName}" were found in the OS keychain.`,
    hint: 'If your keyring is locked, unlock it (on Linux: GNOME Keyring or KWallet) and try again; otherwise enter the API key and secret for this profile again.',
  };
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
