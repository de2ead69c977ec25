export default {
  notFound: { message: 'There is no profile "{{id}}".', hint: 'Reload the profile list and pick one of them.' },
  sandbox: {
    notExported: 'The built-in Sandbox is on every computer already; it cannot be exported.',
    notRemoved: 'The built-in sandbox profile cannot be removed.',
    notRemovedHint: 'Switch to another profile instead.',
  },
  file: {
    notAProfileFileHint: 'Choose the file `switchboard profile export` or Export profile… wrote.',
    tooLarge: '{{source}} is larger than {{kilobytes}} KB, so it is not a profile file.',
    notJson: '{{source}} is not a profile file: it is not JSON.',
    credential: '{{source}} holds a credential ({{credential}}); a profile file never carries one, so nothing was imported.',
    credentialHint: 'Delete that line from the file, and give the API key and secret when you import it.',
    broken: '{{field}} in {{source}}: {{rule}}',
    notAField: 'is not a field of a profile (a profile file has {{fields}})',
    unreadable: '{{source}} could not be read ({{code}}).',
    unreadableHint: 'Check the path, and that you may read the file.',
  },
} as const;
