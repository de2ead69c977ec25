export default {
  nothingToPutBack: {
    message: 'Nothing to put back: {{object}} already has the values it had before change {{id}}. Nothing was sent.',
    apartFrom: 'Nothing to put back: {{object}} already has the values it had before change {{id}}, apart from what cannot be put back. Nothing was sent.',
    hint: 'Refresh the list to see the values ITNIO holds now.',
  },
  notJournalled: { message: 'Change {{id}} was put back, but no journal entry says so.', hint: 'Refresh the Changes list.' },
  otherProfile: {
    message: 'Change {{id}} was made under profile "{{name}}", not the active one, so it cannot be put back here. Nothing was sent.',
    hint: 'Switch to profile {{name}} (switchboard profile use {{name}}, or --profile {{name}}), then put it back.',
  },
  refused: {
    message: '{{reason}} Nothing was sent.',
    hint: 'Change the values by hand on their screen if they still need changing.',
    notSaved: 'Change {{id}} was not saved ({{error}}), so there is nothing to put back.',
    notRevertible: "Change {{id}} cannot be put back: only saved changes to a number's settings or a trunk can be.",
    numberGone: '{{number}} is no longer among this account\'s numbers, so change {{id}} cannot be put back.',
    keptValues: 'The values kept for change {{id}} no longer pass the checks ({{reason}}).',
  },
  putBack: {
    fields: {
      outIp: 'outbound IPs',
      inIp: 'inbound address',
      inboundPrefix: 'inbound prefix',
      remark: 'remark',
      greeting: 'greeting',
      sipPassword: 'SIP password',
    },
    emptyBefore: 'was empty before, and ITNIO keeps a value an edit leaves out, so it cannot be emptied from here',
    greetingGone: "the greeting's sound is never kept on this computer, so the one before cannot be sent again",
    passwordGone: 'passwords are never kept in the change journal, so the trunk keeps its current one',
  },
} as const;
