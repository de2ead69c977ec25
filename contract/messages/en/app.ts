/** The shell's own methods (main/app-services.ts): the tel: and callto: links. */
export default {
  links: {
    notInstalled: { message: 'Only the installed Switchboard app can open tel: and callto: links.', hint: 'Install Switchboard on this computer, then choose this in its Settings.' },
    notOpened: 'The system did not let Switchboard open {{schemes}} links.',
    stillOpens: 'The system still opens {{schemes}} links with Switchboard.',
    both: '{{first}} and {{second}}',
    hint: "Choose the app for these links in the system's default apps settings.",
  },
} as const;
