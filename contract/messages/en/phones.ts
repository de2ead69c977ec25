export default {
  groupExists: { message: 'A phone group named "{{group}}" already exists in this application.', hint: 'Choose a group name that is not used yet.' },
  phoneNameExists: { message: 'Phones named "{{name}}" already exist in this application.', hint: 'Choose a phone name that is not used yet.' },
  alreadySending: {
    message: '{{what}} is already being sent (since {{since}} UTC) by this or another Switchboard window or command. Nothing more was sent.',
    hint: 'Wait for its answer, then refresh the phone list to see what it changed.',
    batch: 'A batch of phones in group "{{group}}"',
    reset: 'A password reset of phone {{account}}',
  },
  picked: {
    phone: 'Phone {{account}} was picked',
    batchForm: 'The batch form was filled in',
    reloadHint: 'The active profile changed meanwhile: reload the phone list of the active profile and try again.',
  },
  noClipboard: { message: 'There is no clipboard to copy to here.', hint: 'Copy the password from the Switchboard window.' },
  noPhones: { message: 'There are no phones to save in this application.', hint: 'Create phones first.' },
  readBack: { message: 'The phones were created, but reading them back failed: {{reason}}' },
} as const;
