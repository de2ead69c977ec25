import type { StatusSays } from '../../../contract/messages/keys';
import type { AppError, ErrorKind } from '../../../contract/result';
import type { Said } from '../../../contract/said';
import { spoken } from '../messages';

/**
 * What a vendor status code means for the operator. The same code means different things on
 * different endpoints, so every endpoint carries its own table.
 */
export interface StatusEntry {
  /** Its message and hint in main's catalog (contract/messages, under `status`). */
  says: StatusSays;
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
  '-1': { kind: 'auth', says: 'authFailed' },
  '-2': { kind: 'auth', says: 'ipRefused' },
  '-16': { kind: 'clock-skew', says: 'timestampExpired' },
  '-18': { says: 'serverFailed' },
};

const COMMON: StatusTable = {
  ...BASE,
  '-22': { says: 'badParameter', quoteReason: true },
};

const TRUNK_DATA: StatusTable = {
  '-20': { says: 'trunkExists' },
  '-23': { says: 'trunkLimit' },
};

const withCommon = (specific: StatusTable = {}): StatusTable => ({ ...COMMON, ...specific });

export const SEND_SIP_CODES = withCommon({
  '-10': { says: 'balanceTooLow' },
  '-26': { says: 'noPrice', field: 'callee' },
});

export const SIP_ADD_CODES = withCommon({
  '-20': { says: 'phoneExists', field: 'groupName' },
  '-23': { says: 'phoneLimit', field: 'quantity' },
});

export const SIP_QUERY_CODES = withCommon();

/** The number endpoints' refusals of the whole account or key, whatever was asked. */
const ACCOUNT_GATES: StatusTable = {
  '-29': { says: 'workspaceDisabled' },
  '-30': { says: 'keyDisabled' },
  '-31': { says: 'ipNotWhitelisted' },
};

export const NUMBER_EDIT_CODES = withCommon({
  '-24': { says: 'numberNotFound', field: 'number' },
  '-27': { says: 'greetingFormat', field: 'voicemailFile' },
  ...ACCOUNT_GATES,
});

export const TRUNK_QUERY_CODES = withCommon(TRUNK_DATA);

export const TRUNK_UPDATE_CODES = withCommon({
  ...TRUNK_DATA,
  '-44': { says: 'trunkTypeMismatch' },
  '-45': { says: 'trunkNameInvalid', field: 'sipTrunkName' },
  '-47': { says: 'trunkNameTaken', field: 'sipTrunkName' },
  '-48': { says: 'trunkNeedsGroup', field: 'groupList' },
  '-49': { says: 'gatewayIpMissing', field: 'sipGatewayIp' },
  '-50': { says: 'gatewayIpInvalid', field: 'sipGatewayIp' },
  '-51': { says: 'groupRepeated', field: 'groupList' },
  '-52': { says: 'groupBound', field: 'groupList' },
  '-53': { says: 'gatewayIpTaken', field: 'sipGatewayIp' },
  '-54': { says: 'whiteIpMissing', field: 'sipWhiteIp' },
  '-55': { says: 'whiteIpInvalid', field: 'sipWhiteIp' },
  '-56': { says: 'trunkIdMissing', field: 'keyId' },
  '-57': { says: 'groupNeedsNumber', field: 'groupList' },
  '-58': { says: 'boundNumberTooLong', field: 'groupList' },
  '-59': { says: 'boundNumberTaken', field: 'groupList' },
  '-60': { says: 'whiteIpTaken', field: 'sipWhiteIp' },
  '-61': { says: 'noCountryRoute', field: 'groupList' },
});

export const GET_BALANCE_CODES: StatusTable = {
  ...BASE,
  '-13': { says: 'accountLocked' },
};

export const SIP_RESET_CODES = withCommon({
  '-24': { says: 'phoneNotFound', field: 'account' },
});

export const RECORD_SIP_CODES = withCommon({
  '-22': { says: 'recordingIdRefused', field: 'recordingId', quoteReason: true },
});

export const RECORD_SIP_QUERY_CODES = withCommon({
  '-22': { says: 'recordSearchRefused', field: 'strTime', quoteReason: true },
});

export const RECORDING_URL_CODES = withCommon({
  '-22': { says: 'recordingMissing', field: 'recordingId', quoteReason: true },
});

export const NUMBER_QUERY_CODES = withCommon();

/** The number call history: the codes of a paged query with a time window (-22, -25), the throttle (-15) and the account's gates. */
export const NUMBER_RECORD_QUERY_CODES = withCommon({
  '-15': { says: 'numberRecordsTooOften' },
  '-22': { says: 'numberRecordSearchRefused', field: 'since', quoteReason: true },
  '-25': { says: 'numberRecordsOutOfRange', field: 'since' },
  ...ACCOUNT_GATES,
});

export const AGENT_GROUP_QUERY_CODES = withCommon();

/** The operator's error for a non-zero status, from the table of the endpoint that answered. */
export function vendorError(codes: StatusTable, status: string, reason: string): AppError {
  const entry = Object.hasOwn(codes, status) ? codes[status] : undefined;
  const said = shortReason(reason);
  if (!entry) {
    const message: Said = said ? { key: 'status.undocumented.messageWithReason', values: { status, reason: said } } : { key: 'status.undocumented.message', values: { status } };
    return { kind: 'vendor', code: status, ...spoken(message, { key: 'status.undocumented.hint' }) };
  }
  const { kind = 'vendor', says, field, quoteReason } = entry;
  const meaning: Said = { key: `status.${says}.message` };
  const message: Said = quoteReason && said ? { key: 'status.serverSaid', values: { message: meaning, reason: said } } : meaning;
  return { kind, code: status, ...spoken(message, { key: `status.${says}.hint` }), ...(field ? { field } : {}) };
}

/** The server's reason is foreign text on its way to a toast: one line, bounded. */
function shortReason(reason: string): string {
  const line = reason.replace(/[\s\p{Cc}]+/gu, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
