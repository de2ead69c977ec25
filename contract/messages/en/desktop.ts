/**
 * The desktop app's own features (main/desktop): updates from the organisation's feed, the dial
 * shortcut, and what main draws itself: the tray, the menu bar's own items, notifications, the
 * close dialog.
 */
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
    taken: { message: '{{keys}} is taken by another app or the system, so it was not set.', hint: 'Choose another combination of keys.' },
  },
  /** Why a tel:/callto: link, the clipboard or `--dial` filled no number in (main/desktop/dial-links.ts); `scheme` is "tel:" or "callto:". */
  dialLinks: {
    notALink: 'The link is not a tel: or callto: link, so no number was filled in.',
    linkTooLong: 'The {{scheme}} link is longer than {{max}} characters, so no number was filled in.',
    linkNotEncoded: 'The {{scheme}} link is not correctly encoded, so no number was filled in.',
    linkNumberTooLong: 'The {{scheme}} link holds a number longer than {{max}} characters, so no number was filled in.',
    link: 'The {{scheme}} link {{problem}}, so no number was filled in.',
    clipboardEmpty: 'The clipboard holds no text, so no number was filled in.',
    copiedPassword: 'The clipboard holds the SIP password Switchboard copied, so no number was filled in.',
    clipboard: 'The clipboard {{problem}}, so no number was filled in.',
    optionNeedsNumber: '{{option}} needs a phone number after it, so no number was filled in.',
    option: 'The number after {{option}} {{problem}}, so no number was filled in.',
    /** What the link, the clipboard or the number after the option holds, after its subject above. */
    problem: {
      unsafe: 'holds control characters or text-direction marks',
      noNumber: 'holds no phone number (only digits, spaces and + - . ( ) / are read)',
      moreThanNumber: 'holds more than a phone number (over {{max}} characters)',
      tooLong: 'is longer than {{max}} characters',
    },
  },
  tray: {
    tooltip: 'Switchboard',
    show: 'Show Switchboard',
    hide: 'Hide Switchboard',
    recentCalls: 'Recent calls',
    profile: 'Profile',
    quit: 'Quit Switchboard',
  },
  // Only the menus' own items: the rest are Electron's roles, which the system names in its own language.
  menu: {
    view: 'View',
    about: 'About Switchboard',
    openDataFolder: 'Open data folder',
  },
  unsaved: {
    title: 'Unsaved changes',
    message: 'You have changes that are not saved, or a change still waiting for ITNIO’s answer.',
    detail: 'Closing loses the unsaved changes. A change already sent cannot be taken back: ITNIO may still carry it out, and its answer would not be shown. Close Switchboard anyway?',
    closeAnyway: 'Close anyway',
    keepOpen: 'Keep Switchboard open',
  },
  notices: {
    // One line's parts, joined as the history joins them.
    joined: '{{first}} · {{then}}',
    callOutcome: { title: '{{ending}}: call to {{callee}}', fromPhone: 'From phone {{account}}' },
    lowBalance: {
      title: 'Low balance: {{balance}}',
      body: '{{profile}}: under your warning level of {{threshold}}. Top up the account to keep calls going.',
    },
    numberExpiring: {
      today: 'today',
      tomorrow: 'tomorrow',
      inDays_one: 'in {{count}} day',
      inDays_other: 'in {{count}} days',
      title: 'Number {{number}} expires {{when}}',
      body: '{{profile}}: renew it in ITNIO to keep it.',
    },
    numbersExpiring: {
      title_one: '{{count}} number expires within {{days}} days',
      title_other: '{{count}} numbers expire within {{days}} days',
      named: '{{number}} {{when}}',
      list: '{{first}}, {{then}}',
      more: '{{list}} and {{rest}} more',
      body: '{{profile}}: {{numbers}}.',
    },
  },
} as const;
