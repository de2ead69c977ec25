/** The OS keychain, where every profile's API key and secret live (main/platform/secrets). */
export default {
  what: {
    read: 'the saved API credentials cannot be read',
    save: 'the API credentials cannot be saved',
    remove: 'the API credentials cannot be removed',
  },
  linuxHint:
    'On Linux, install and unlock a Secret Service keyring such as GNOME Keyring (gnome-keyring) or KWallet, then try again. Switchboard never stores secrets in plain text.',
  module: {
    message: 'The OS keychain is unavailable: Switchboard could not load its keychain module, so {{what}}.',
    hint: '{{linux}} On Linux also install libsecret (libsecret-1-0 on Debian and Ubuntu). If this persists, reinstall Switchboard.',
  },
  noBus: {
    message: 'The OS keychain is unavailable: there is no D-Bus session bus to reach the Secret Service through, so {{what}}.',
    hint: 'Start Switchboard from a desktop session (or under dbus-run-session). {{linux}}',
  },
  noService: { message: 'The OS keychain is unavailable: no Secret Service keyring is running, so {{what}}.', hint: '{{linux}}' },
  noKeyring: {
    message: 'The OS keychain is unavailable: the Secret Service has no default keyring to keep credentials in, so {{what}}.',
    hint: 'Create a default keyring (for example "Login" in Passwords and Keys) and unlock it. {{linux}}',
  },
  locked: {
    message: 'The OS keychain is unavailable: the keyring is locked, so {{what}}.',
    hint: 'Unlock your login keyring (in Passwords and Keys, or by logging in again), then try again. {{linux}}',
  },
  denied: { message: 'Access to the OS keychain was refused, so {{what}}.', hint: 'Allow Switchboard to use the keychain (and unlock it) when you are asked, then try again.' },
  timeout: { message: 'The OS keychain did not answer in time, so {{what}}.', hint: 'If a keyring unlock window is open, answer it. {{linux}}' },
  other: {
    message: 'The OS keychain reported an error, so {{what}}.',
    withDetail: 'The OS keychain reported an error, so {{what}}: {{detail}}',
    hint: 'Check that your OS keychain is running and unlocked, then try again. {{linux}}',
  },
  damaged: {
    message: 'The keychain entry for this profile is damaged, so the saved API credentials cannot be read.',
    hint: 'Enter the API key and secret for this profile again to replace the entry.',
  },
  missing: {
    message: 'No API credentials for profile "{{profile}}" were found in the OS keychain.',
    hint: 'If your keyring is locked, unlock it (on Linux: GNOME Keyring or KWallet) and try again; otherwise enter the API key and secret for this profile again.',
  },
  noProfileId: { message: 'A keychain entry was requested without a profile id.', hint: 'This is a bug in Switchboard; please report it.' },
  emptyKey: { message: 'The API key is empty, so there is nothing to save.', hint: 'Enter the API key from your ITNIO account.' },
  emptySecret: { message: 'The API secret is empty, so there is nothing to save.', hint: 'Enter the API secret from your ITNIO account.' },
  tooLong: { message: 'The API key and secret are too long to keep in the OS keychain.', hint: 'Check that you pasted only the key and the secret.' },
} as const;
