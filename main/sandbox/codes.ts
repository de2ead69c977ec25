/** The vendor's envelope codes, with reasons worded the way its English pages do. */
const REASONS: Record<string, string> = {
  '0': 'success',
  '-1': 'Abnormal account authentication',
  '-2': 'Restricted IP access',
  '-10': 'Insufficient balance',
  '-13': 'User locked',
  '-16': 'Timestamp expires',
  '-18': 'Port program unusual',
  '-20': 'Data already exists',
  '-22': 'Parameter error',
  '-23': 'Data limit reached',
  '-24': 'Data does not exist',
  '-26': 'Failed to get the fee',
  '-27': 'Voice file format error',
  '-29': 'Workspace disabled',
  '-30': 'API key disabled',
  '-31': 'IP is not in the whitelist',
  '-44': 'Wrong SIP trunk type',
  '-45': 'Wrong SIP trunk name',
  '-47': 'Duplicate SIP trunk name',
  '-48': 'Agent group list is empty',
  '-49': 'Gateway IP is empty',
  '-50': 'Gateway IP format error or longer than 50 characters',
  '-51': 'Agent group repeated',
  '-52': 'Agent group is already bound to a SIP trunk',
  '-53': 'Gateway IP is already bound',
  '-54': 'Whitelist IP is empty',
  '-55': 'Whitelist IP format error or longer than 50 characters',
  '-56': 'SIP trunk id is empty',
  '-57': 'The number must be bound to the agent group',
  '-58': 'Bound number is longer than 50 characters',
  '-59': 'The number already has an inbound trunk',
  '-60': 'Whitelist IP is already bound',
  '-61': 'No country route for the bound number',
};

export function reasonFor(code: string): string {
  return REASONS[code] ?? 'error';
}

/** Thrown by an endpoint to answer a vendor code; the server turns it into the envelope. */
export class Refusal extends Error {
  readonly code: string;

  constructor(code: string, detail?: string) {
    super(detail ? `${reasonFor(code)}: ${detail}` : reasonFor(code));
    this.code = code;
  }
}

export function check(condition: unknown, code: string, detail?: string): asserts condition {
  if (!condition) throw new Refusal(code, detail);
}
