export default {
  /** Two sentences said one after the other (what a request did, then what to do). */
  joined: '{{first}} {{second}}',
  unanswered: { nothingSent: 'Nothing was sent.', nothingChanged: 'Nothing was changed.' },
  /** Each write's own words for a request whose answer never came. */
  writes: {
    sendSip: {
      notSent: 'Nothing was sent, so no call was placed.',
      mayHaveActed: "The call may have gone through: check the call's outcome in the history before calling again.",
    },
    sipAdd: {
      notSent: 'Nothing was sent, so no phones were created.',
      mayHaveActed: 'Phones may have been created: refresh the phone list before creating them again.',
    },
    numberEdit: {
      notSent: "Nothing was sent, so the number's settings were not changed.",
      mayHaveActed: "The number's settings may have changed: read the number list again before saving again.",
    },
    trunkUpdate: {
      notSent: 'Nothing was sent, so the trunk was not changed.',
      mayHaveActed: 'The trunk may have changed: re-read the trunk list before saving again.',
    },
    sipReset: {
      notSent: "Nothing was sent, so the phone's password was not changed.",
      mayHaveActed: "The phone's password may have been changed, and the new one did not arrive: reset it again to get one that works.",
    },
  },
  transport: {
    noConnection: 'No connection to {{host}} opened within {{duration}}.',
    noAnswer: '{{host}} did not answer within {{duration}}.',
    slowConnect: 'Connecting to {{host}} took longer than {{duration}}.',
    nameLookup: 'Could not find the server {{host}} (the name lookup failed).',
    refused: '{{host}} refused the connection.',
    cut: 'The connection to {{host}} was cut before the answer arrived.',
    unreachable: '{{host}} cannot be reached from this network.',
    unverified: 'The secure connection to {{host}} could not be verified ({{code}}).',
    closed: 'This connection to the server was already closed.',
    failed: 'The request to {{host}} failed.',
    failedWithCode: 'The request to {{host}} failed ({{code}}).',
  },
  advice: {
    tryAgain: 'Check the internet connection and try again.',
    serverDown: 'Check the internet connection and the base URL; the server may be down.',
    sandboxStopped: 'The built-in sandbox has stopped: restart Switchboard (or run the command again) to start it.',
    nameLookup: "Check the profile's base URL and this computer's internet connection.",
    refused: "Check the profile's base URL and port.",
    unreachable: 'Check the internet connection (Wi-Fi, cable, VPN) and try again.',
    unverified: "Check the profile's base URL. A proxy or antivirus that inspects HTTPS, or a wrong system date, can also cause this.",
    justTryAgain: 'Try again.',
    baseUrl: "Check the profile's base URL: it should be the API address, such as https://api.itniotech.com.",
    blocked: "Check the profile's base URL, and whether a proxy or firewall on this network blocks the request.",
    serverTrouble: 'The service may be having trouble: try again in a few minutes.',
    cutOff: 'Try again. If it keeps happening, check the base URL and any proxy between this computer and the server.',
    baseUrlThenSupport: "Check the profile's base URL; if it is right and this keeps happening, contact ITNIO support.",
    editBaseUrl: "Edit the profile's base URL, for example https://api.itniotech.com.",
  },
  answer: {
    tooLarge: "The server's answer is larger than {{size}} MiB, far more than any ITNIO answer, so it was not read.",
    tooLargeHint: "Check the profile's base URL: it should be the API address, such as https://api.itniotech.com. If it is, contact ITNIO support.",
    http: 'The server answered HTTP {{status}} instead of a result.',
    httpPage: 'The server answered HTTP {{status}} with an error page instead of a result.',
    webPage: 'The server answered with a web page (HTTP {{status}}) instead of an API result.',
    notJson: "The server's answer (HTTP {{status}}) is not valid JSON; it may have been cut off.",
    noStatus: "The server's answer (HTTP {{status}}) is not an ITNIO result: it has no status.",
    badStatus: "The server's answer (HTTP {{status}}) is not an ITNIO result: its status is not a status code.",
    /** `issue` is the rule the answer broke, as the answer's schema words it. */
    shapeAt: "The server's answer to {{endpoint}} is not in the shape ITNIO documents ({{where}}: {{issue}}).",
    shape: "The server's answer to {{endpoint}} is not in the shape ITNIO documents ({{issue}}).",
    disagrees: "The server's answer to {{endpoint}} does not agree with itself: {{issue}}.",
  },
  request: {
    baseUrl: 'The API base URL {{rule}}.',
    baseUrlInvalid: 'is not valid',
    pathValue: '{{endpoint}}: the path needs a usable value for "{{field}}".',
    flatValues: '{{endpoint}}: a GET request can carry only flat values, and "{{field}}" is not one.',
  },
  paging: {
    tooMany: "The server says the list has {{total}} records in {{pages}} pages, more than Switchboard reads (at most {{maxRecords}} records in {{maxPages}} pages); nothing more was read.",
    tooManyHint: "Check the profile's base URL; if it is right, contact ITNIO support about the list's size.",
    changed: 'The list changed while it was being read ({{arrived}} of {{total}} records arrived).',
    changedHint: 'Refresh to read it again.',
    oversized: 'The server answered page {{page}} with {{records}} records, more than the {{max}} a page that were asked for; nothing more was read.',
    oversizedHint: "Check the profile's base URL; if it is right, contact ITNIO support.",
  },
  clock: {
    behind:
      "This computer's clock is about {{span}} behind the server's clock. Set the correct time (turn on automatic date and time in the system settings) and try again.",
    ahead:
      "This computer's clock is about {{span}} ahead of the server's clock. Set the correct time (turn on automatic date and time in the system settings) and try again.",
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
    hours_one: '{{count}} hour',
    hours_other: '{{count}} hours',
    days_one: '{{count}} day',
    days_other: '{{count}} days',
  },
} as const;
