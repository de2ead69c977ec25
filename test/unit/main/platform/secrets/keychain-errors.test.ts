import { describe, expect, it } from 'vitest';
import { classifyKeychainFailure, keychainError, LINUX_KEYRING_HINT, missingCredentialsError } from '../../../../../main/platform/secrets';
import { damagedEntryError, redact } from '../../../../../main/platform/secrets/keychain-errors';
import { inEnglish } from '../../../../../main/platform/messages';

/** Texts seen from keytar 7.9 / libsecret / GDBus / Node, each with the problem it must map to. */
const SEEN = [
  ['module', "Cannot find module 'keytar'"],
  ['module', "Cannot find package 'keytar' imported from /app/out/main/index.js"],
  ['module', 'libsecret-1.so.0: cannot open shared object file: No such file or directory'],
  ['module', "The module '/app/node_modules/keytar/build/Release/keytar.node' was compiled against a different Node.js version using NODE_MODULE_VERSION 127."],
  ['no-bus', 'Cannot autolaunch D-Bus without X11 $DISPLAY'],
  ['no-bus', 'Error spawning command line “dbus-launch --autolaunch=3d1219c7c4c5404aaa1f6d2a48adfda4 --binary-syntax --close-stderr”: Child process exited with code 1'],
  ['no-bus', 'Could not connect: No such file or directory'],
  ['no-bus', 'Could not connect: Connection refused'],
  ['no-bus', 'Address element “garbage” does not contain a colon (:)'],
  ['no-bus', 'Unknown or unsupported transport “foo” for address “foo:bar=1”'],
  ['no-service', 'The name org.freedesktop.secrets was not provided by any .service files'],
  ['no-service', 'GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.secrets was not provided by any .service files'],
  ['no-service', 'Error calling StartServiceByName for org.freedesktop.secrets: Process org.freedesktop.secrets exited with status 1'],
  ['no-keyring', 'Object does not exist at path “/org/freedesktop/secrets/collection/login”'],
  ['locked', 'Cannot create an item in a locked collection'],
  ['locked', 'User interaction is not allowed.'],
  ['denied', 'Operation was cancelled'],
  ['denied', 'User canceled the operation.'],
  ['timeout', 'Timeout was reached'],
  ['timeout', 'GDBus.Error:org.freedesktop.DBus.Error.NoReply: Did not receive a reply.'],
  ['other', 'Something nobody has seen before'],
] as const;

describe('classifyKeychainFailure', () => {
  it.each(SEEN)('maps to %s: %s', (problem, text) => {
    expect(classifyKeychainFailure(text)).toBe(problem);
  });
});

describe('keychainError', () => {
  const unavailable = SEEN.filter(([problem]) => ['module', 'no-bus', 'no-service', 'no-keyring', 'locked'].includes(problem));

  it.each(unavailable)('%s says the OS keychain is unavailable and how to fix it on Linux (%s)', (_problem, text) => {
    const error = keychainError(new Error(text), 'save');
    expect(error.kind).toBe('keychain');
    expect(error.message).toMatch(/^The OS keychain is unavailable: .*, so the API credentials cannot be saved\.$/);
    expect(error.hint).toContain(LINUX_KEYRING_HINT);
    expect(LINUX_KEYRING_HINT).toMatch(/install and unlock a Secret Service keyring such as GNOME Keyring .*or KWallet/);
    expect(LINUX_KEYRING_HINT).toMatch(/never stores secrets in plain text/);
  });

  it('does not echo the raw libsecret or D-Bus text for problems it recognises', () => {
    for (const [problem, text] of SEEN) {
      if (problem === 'other') continue;
      const error = keychainError(new Error(text), 'read');
      expect(error.message).not.toContain(text);
    }
  });

  it('names the action that failed', () => {
    const text = 'The name org.freedesktop.secrets was not provided by any .service files';
    expect(keychainError(new Error(text), 'read').message).toMatch(/saved API credentials cannot be read/);
    expect(keychainError(new Error(text), 'save').message).toMatch(/cannot be saved/);
    expect(keychainError(new Error(text), 'remove').message).toMatch(/cannot be removed/);
  });

  it('gives specific fixes: desktop session for no bus, unlocking for a locked keyring', () => {
    expect(keychainError(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY'), 'read').hint).toMatch(/dbus-run-session/);
    expect(keychainError(new Error('Cannot create an item in a locked collection'), 'save').hint).toMatch(/^Unlock your login keyring/);
    expect(keychainError(new Error('libsecret-1.so.0: cannot open shared object file'), 'read').hint).toMatch(/libsecret/);
    expect(keychainError(new Error('Timeout was reached'), 'read').message).toMatch(/did not answer in time/);
    expect(keychainError(new Error('User canceled the operation.'), 'save').message).toMatch(/refused/);
  });

  it('keeps an unknown text (it may be the only clue) but cuts out every secret value', () => {
    const error = keychainError(new Error('weird failure near s3cr3t-VALUE and KEY-123456'), 'save', ['s3cr3t-VALUE', 'KEY-123456']);
    expect(error.kind).toBe('keychain');
    expect(error.message).toBe('The OS keychain reported an error, so the API credentials cannot be saved: weird failure near [redacted] and [redacted]');
    expect(error.hint).toContain(LINUX_KEYRING_HINT);
  });

  it('copes with non-Error throws and empty texts', () => {
    expect(keychainError('Could not connect: Connection refused', 'read').message).toMatch(/no D-Bus session bus/);
    expect(keychainError(undefined, 'read').message).toBe('The OS keychain reported an error, so the saved API credentials cannot be read.');
    expect(keychainError({ toString: () => 'secret' }, 'read').message).not.toContain('secret');
  });
});

describe('keychain errors as catalog keys', () => {
  it('say in the catalog exactly what they write in English, for every problem and action', () => {
    const problems = ['module', 'no-bus', 'no-service', 'no-keyring', 'locked', 'denied', 'timeout', 'other'] as const;
    for (const problem of problems) {
      for (const action of ['read', 'save', 'remove'] as const) {
        for (const cause of [undefined, new Error('odd')]) {
          const error = keychainError(cause, action, [], problem);
          expect(inEnglish(error.say!.message)).toBe(error.message);
          expect(inEnglish(error.say!.hint!)).toBe(error.hint);
        }
      }
    }
    for (const error of [damagedEntryError(), missingCredentialsError('Production')]) {
      expect(inEnglish(error.say!.message)).toBe(error.message);
      expect(inEnglish(error.say!.hint!)).toBe(error.hint);
    }
  });

  it('carry the action and the unknown text as values, the Linux fix as a message of its own', () => {
    expect(keychainError(new Error('weird failure near s3cr3t'), 'save', ['s3cr3t']).say).toEqual({
      message: { key: 'keychain.other.withDetail', values: { what: { key: 'keychain.what.save' }, detail: 'weird failure near [redacted]' } },
      hint: { key: 'keychain.other.hint', values: { linux: { key: 'keychain.linuxHint' } } },
    });
    expect(missingCredentialsError('Production').say).toEqual({ message: { key: 'keychain.missing.message', values: { profile: 'Production' } }, hint: { key: 'keychain.missing.hint' } });
  });
});

describe('redact', () => {
  it('removes every occurrence, ignores empty values and shortens long texts', () => {
    expect(redact('a-SECRET-b-SECRET', ['SECRET', ''])).toBe('a-[redacted]-b-[redacted]');
    const long = redact('x'.repeat(1_000), []);
    expect(long).toHaveLength(300);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('missingCredentialsError', () => {
  it('names the profile and mentions unlocking, since libsecret reads a locked entry as missing', () => {
    const error = missingCredentialsError('Production');
    expect(error.kind).toBe('keychain');
    expect(error.message).toContain('"Production"');
    expect(error.hint).toMatch(/unlock/);
  });
});

describe('redact ordering', () => {
  it('cuts the longest value first, so a value containing another is removed whole', () => {
    expect(redact('x {"k":"abc","s":"def"} y', ['abc', '{"k":"abc","s":"def"}'])).toBe('x [redacted] y');
  });
});
