export default {
  /** `what` says what the renderer picked or filled in ("Phone 8001 was picked"). */
  pickedElsewhere: '{{what}} under another profile than the active one. Nothing was sent.',
  noProfile: { message: 'There is no profile "{{profile}}".', hint: 'Pick a profile from the list.' },
  untrustedPage: 'Refused a request from a page that is not Switchboard.',
} as const;
