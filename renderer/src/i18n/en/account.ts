export default {
  balance: {
    label: 'Balance',
    unavailable: 'unavailable',
    age: 'as read at {{time}} ({{age}})',
    low: 'Low balance',
    /** Read after "Low balance" by screen readers only. */
    lowLevel: ': under the warning level of {{level}}',
    refresh: 'Refresh balance',
  },
  warning: {
    title: 'Low-balance warning',
    off: 'Low-balance warning off',
    set: 'Low-balance warning set',
    setMessage: 'You are warned while the balance is under {{level}}.',
    none: 'No warning is set for this profile.',
    now: 'Now: warn below {{level}}.',
    label: 'Warn when the balance is under',
    description: "In the account's currency; leave empty for no warning",
    turnOff: 'Turn off',
    save: 'Save warning',
  },
} as const;
