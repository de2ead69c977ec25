/** The desktop app's own features (main/desktop): updates from the organisation's feed, the dial shortcut. */
export default {
  updates: {
    checksum: 'The downloaded update did not match the checksum the update feed gives for it, so it was thrown away and nothing was installed.',
    noChannel: 'The update feed has no update for this system: {{file}} is not there. Nothing was downloaded or installed.',
    itsUpdateFile: 'its update file',
    http: 'The update feed answered HTTP {{status}}. Nothing was downloaded or installed.',
    unreachable: 'Switchboard could not reach the update feed. Nothing was downloaded or installed.',
    unreachableAt: 'Switchboard could not reach the update feed at {{feed}}. Nothing was downloaded or installed.',
    failed: 'The update failed ({{code}}). Nothing was installed.',
    tellAdmin: 'Tell your administrator, who keeps the update feed; Switchboard keeps working as it is.',
    checkNetwork: 'Check the network connection, then try again.',
  },
  dialShortcut: {
    notInstalled: { message: 'Only the installed Switchboard app can have a global shortcut.', hint: 'Install Switchboard on this computer, then choose one in its Settings.' },
    taken: { message: '{{keys}} is taken by another app or the system, so it was not set.', rule: 'is taken by another app or the system', hint: 'Choose another combination of keys.' },
  },
} as const;
