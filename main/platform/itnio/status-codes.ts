import type { AppError, ErrorKind } from '../../../contract/result';

/**
 * What a vendor status code means for the operator. The same code means different things on
 * different endpoints, so every endpoint carries its own table.
 */
export interface StatusEntry {
  message: string;
  hint: string;
  /** Defaults to 'vendor'. */
  kind?: ErrorKind;
  /** The request field the code is about, so a form can point at it. */
  field?: string;
  /** The server's own words add detail our message cannot know (which parameter, for instance). */
  quoteReason?: boolean;
}

export type StatusTable = Readonly<Record<string, StatusEntry>>;

/** The codes every endpoint answers with (getBalance leaves out -22: it takes no parameters). */
const BASE: StatusTable = {
  '-1': {
    kind: 'auth',
    message: 'The server did not accept the API key and secret (authentication failed).',
    hint: "Check this profile's API key and secret against the ITNIO console (Home → Developers).",
  },
  '-2': {
    kind: 'auth',
    message: "The server refused this request: this computer's IP address is not allowed for the API key, or the credentials were rejected.",
    hint: "Add this computer's public IP address to the key's allowed list in the ITNIO console, then check the key and secret.",
  },
  '-16': {
    kind: 'clock-skew',
    message: 'The server rejected the time of the request (timestamp expired).',
    hint: "Set this computer's clock to the correct time (turn on automatic date and time) and try again.",
  },
  '-18': {
    message: 'The ITNIO server failed while handling the request.',
    hint: 'Try again in a minute; if it keeps failing, contact ITNIO support.',
  },
};

const COMMON: StatusTable = {
  ...BASE,
  '-22': {
    message: 'The server rejected a value in the request (parameter error).',
    hint: 'Check the values entered and try again.',
    quoteReason: true,
  },
};

const TRUNK_DATA: StatusTable = {
  '-20': {
    message: 'A SIP trunk with these details already exists.',
    hint: 'Use a different name or address, or edit the existing trunk instead.',
  },
  '-23': {
    message: 'The SIP-trunk limit of this account has been reached.',
    hint: 'Remove a trunk you no longer need in the ITNIO console, or ask ITNIO support to raise the limit.',
  },
};

const withCommon = (specific: StatusTable = {}): StatusTable => ({ ...COMMON, ...specific });

export const SEND_SIP_CODES = withCommon({
  '-10': {
    message: 'The account balance is too low to place this call.',
    hint: 'Top up the ITNIO account, then place the call again.',
  },
  '-26': {
    message: 'The server could not work out the price of this call.',
    hint: 'Check the callee number (country code and national number, digits only). If it is right, calls to that destination may not be enabled: ask ITNIO support.',
    field: 'callee',
  },
});

export const SIP_ADD_CODES = withCommon({
  '-20': {
    message: 'A phone group or phone with these names already exists in this application.',
    hint: 'Choose a group name and phone name that are not used yet.',
    field: 'groupName',
  },
  '-23': {
    message: 'The application has reached its limit of phones.',
    hint: 'Create fewer phones, or ask ITNIO support to raise the limit.',
    field: 'quantity',
  },
});

export const SIP_QUERY_CODES = withCommon();

/** The number endpoints' refusals of the whole account or key, whatever was asked. */
const ACCOUNT_GATES: StatusTable = {
  '-29': {
    message: 'The workspace of this account is disabled.',
    hint: 'Ask your ITNIO account administrator or ITNIO support to enable it.',
  },
  '-30': {
    message: 'This API key is disabled.',
    hint: 'Enable the key in the ITNIO console, or use a profile with another key.',
  },
  '-31': {
    message: "This computer's IP address is not in the whitelist.",
    hint: "Add this computer's public IP address to the whitelist in the ITNIO console.",
  },
};

export const NUMBER_EDIT_CODES = withCommon({
  '-24': {
    message: 'This number was not found in the application.',
    hint: "Check the number and the profile's application id.",
    field: 'number',
  },
  '-27': {
    message: 'The voicemail greeting was rejected: the file format is not accepted.',
    hint: 'Choose an mp3, wav or m4a file of at most 5 MB.',
    field: 'voicemailFile',
  },
  ...ACCOUNT_GATES,
});

export const TRUNK_QUERY_CODES = withCommon(TRUNK_DATA);

export const TRUNK_UPDATE_CODES = withCommon({
  ...TRUNK_DATA,
  '-44': {
    message: "The change does not fit this trunk's type (outgoing or incoming).",
    hint: 'Reload the trunk list: outgoing trunks need a gateway IP, incoming trunks a whitelist IP and numbers.',
  },
  '-45': { message: 'The trunk name is not valid.', hint: 'Enter a different trunk name.', field: 'sipTrunkName' },
  '-47': { message: 'Another trunk already has this name.', hint: 'Choose a name no other trunk uses.', field: 'sipTrunkName' },
  '-48': { message: 'The trunk needs at least one agent group.', hint: 'Add an agent group.', field: 'groupList' },
  '-49': { message: 'An outgoing trunk needs a gateway IP.', hint: 'Enter the gateway IP address.', field: 'sipGatewayIp' },
  '-50': {
    message: 'The gateway IP is not a valid address or is longer than 50 characters.',
    hint: 'Enter one IP address such as 203.0.113.10.',
    field: 'sipGatewayIp',
  },
  '-51': { message: 'The same agent group is listed more than once.', hint: 'Remove the repeated agent group.', field: 'groupList' },
  '-52': {
    message: 'An agent group is already bound to another trunk.',
    hint: 'Pick an agent group that no other trunk uses, or unbind it there first.',
    field: 'groupList',
  },
  '-53': {
    message: 'This gateway IP is already used by another trunk.',
    hint: 'Enter a different gateway IP, or change the other trunk first.',
    field: 'sipGatewayIp',
  },
  '-54': { message: 'An incoming trunk needs a whitelist IP.', hint: 'Enter the whitelist IP address.', field: 'sipWhiteIp' },
  '-55': {
    message: 'The whitelist IP is not a valid address or is longer than 50 characters.',
    hint: 'Enter one IP address such as 203.0.113.10.',
    field: 'sipWhiteIp',
  },
  '-56': { message: 'The trunk id is missing.', hint: 'Reload the trunk list and pick the trunk again.', field: 'keyId' },
  '-57': {
    message: 'Every agent group of an incoming trunk needs a number bound to it.',
    hint: 'Enter a number for each agent group.',
    field: 'groupList',
  },
  '-58': { message: 'A bound number is longer than 50 characters.', hint: 'Shorten the number.', field: 'groupList' },
  '-59': {
    message: 'A bound number already has another incoming trunk.',
    hint: 'Use a different number, or remove it from the other trunk first.',
    field: 'groupList',
  },
  '-60': {
    message: 'This whitelist IP is already used by another trunk.',
    hint: 'Enter a different whitelist IP, or change the other trunk first.',
    field: 'sipWhiteIp',
  },
  '-61': {
    message: 'There is no country route for a bound number.',
    hint: "Check the number's country code, or ask ITNIO support to open calls to that country.",
    field: 'groupList',
  },
});

export const GET_BALANCE_CODES: StatusTable = {
  ...BASE,
  '-13': {
    message: 'The ITNIO account is locked (user locked).',
    hint: 'Ask your ITNIO account manager or ITNIO support to unlock the account.',
  },
};

export const SIP_RESET_CODES = withCommon({
  '-24': {
    message: 'There is no phone with this account in the application.',
    hint: 'Refresh the phone list and pick the phone again.',
    field: 'account',
  },
});

export const RECORD_SIP_CODES = withCommon({
  '-22': {
    message: "The server did not accept this call's recording id (parameter error).",
    hint: 'Call records are kept for two months; check that the call was placed with this profile.',
    field: 'recordingId',
    quoteReason: true,
  },
});

export const RECORD_SIP_QUERY_CODES = withCommon({
  '-22': {
    message: 'The server refused this search of call records (parameter error).',
    hint: 'Search a window of at most 31 days that lies within the last two months.',
    field: 'strTime',
    quoteReason: true,
  },
});

export const RECORDING_URL_CODES = withCommon({
  '-22': {
    message: 'The server has no recording under this id (parameter error).',
    hint: 'Only answered calls are recorded, and recordings are kept for two months.',
    field: 'recordingId',
    quoteReason: true,
  },
});

export const NUMBER_QUERY_CODES = withCommon();

/** The number call history: the codes of a paged query with a time window (-22, -25), the throttle (-15) and the account's gates. */
export const NUMBER_RECORD_QUERY_CODES = withCommon({
  '-15': {
    message: 'ITNIO refused to read the number call history this often (too frequent).',
    hint: 'Wait a minute, then read the activity again.',
  },
  '-22': {
    message: 'The server refused this search of number call records (parameter error).',
    hint: 'Choose days that lie within the last two months; a longer range is read 31 days at a time.',
    field: 'since',
    quoteReason: true,
  },
  '-25': {
    message: 'The days asked for lie outside the time ITNIO keeps number call records (out of the allowed time range).',
    hint: 'Choose days within the last two months.',
    field: 'since',
  },
  ...ACCOUNT_GATES,
});

export const AGENT_GROUP_QUERY_CODES = withCommon();

/** The operator's error for a non-zero status, from the table of the endpoint that answered. */
export function vendorError(codes: StatusTable, status: string, reason: string): AppError {
  const entry = Object.hasOwn(codes, status) ? codes[status] : undefined;
  const said = shortReason(reason);
  if (!entry) {
    return {
      kind: 'vendor',
      code: status,
      message: `The server answered with status ${status}${said ? `: "${said}"` : ''}.`,
      hint: 'This code is not documented for this request; if it keeps happening, contact ITNIO support with the code.',
    };
  }
  const { kind = 'vendor', message, hint, field, quoteReason } = entry;
  return {
    kind,
    code: status,
    message: quoteReason && said ? `${message} The server said: "${said}".` : message,
    hint,
    ...(field ? { field } : {}),
  };
}

/** The server's reason is foreign text on its way to a toast: one line, bounded. */
function shortReason(reason: string): string {
  const line = reason.replace(/[\s\p{Cc}]+/gu, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
