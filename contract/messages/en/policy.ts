/** The machine policy an administrator deploys (main/platform/policy.ts). */
export default {
  sandboxHidden: {
    message: "Your organisation's policy hides the built-in Sandbox.",
    hint: 'Set up one of your profiles on the Profiles screen (or with `switchboard profile add`) and use it.',
  },
  outside: {
    message: "This profile's API address {{address}} is not the one your organisation's policy allows ({{allowed}}). Nothing was sent.",
    hint: 'Edit the profile to use {{allowed}}, or ask your administrator.',
  },
  /** Why a policy file was not applied (a rule it broke is said as its schema words it, in English). */
  problem: {
    tooLarge: 'the file is {{bytes}} bytes; a policy is at most {{max}}',
    unreadable: 'the file could not be read ({{code}})',
    notJson: 'the file is not JSON',
  },
} as const;
