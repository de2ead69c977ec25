import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../../../../main/platform/itnio';
import { vendorError } from '../../../../../main/platform/itnio/status-codes';

const COMMON = ['-1', '-2', '-16', '-18', '-22'];
const TRUNK_RULES = ['-44', '-45', '-47', '-48', '-49', '-50', '-51', '-52', '-53', '-54', '-55', '-56', '-57', '-58', '-59', '-60', '-61'];

/** The codes the API reference lists per endpoint (0 aside). */
const DOCUMENTED: Record<keyof typeof ENDPOINTS, string[]> = {
  sendSip: [...COMMON, '-10', '-26'],
  sipAdd: [...COMMON, '-20', '-23'],
  sipQuery: COMMON,
  numberEdit: [...COMMON, '-24', '-27', '-29', '-30', '-31'],
  trunkQuery: [...COMMON, '-20', '-23'],
  trunkUpdate: [...COMMON, '-20', '-23', ...TRUNK_RULES],
  getBalance: ['-1', '-2', '-13', '-16', '-18'],
  sipReset: [...COMMON, '-24'],
  recordSip: COMMON,
  recordSipQuery: COMMON,
  recordingUrl: COMMON,
  numberQueryPage: COMMON,
  numberRecordQuery: [...COMMON, '-15', '-25', '-29', '-30', '-31'],
  agentGroupQuery: COMMON,
};

const byNumber = (codes: string[]) => [...codes].sort((a, b) => Number(b) - Number(a));

describe('status tables', () => {
  it.each(Object.entries(DOCUMENTED))('%s explains exactly its documented codes', (name, codes) => {
    const table = ENDPOINTS[name as keyof typeof ENDPOINTS].codes;
    expect(byNumber(Object.keys(table))).toEqual(byNumber(codes));
    for (const code of Object.keys(table)) {
      const error = vendorError(table, code, '');
      expect(error.message.length).toBeGreaterThan(10);
      expect(error.hint!.length).toBeGreaterThan(10);
      // The window says the same message and hint from the keys, in the operator's language.
      expect(error.say).toEqual({ message: { key: `status.${table[code]!.says}.message` }, hint: { key: `status.${table[code]!.says}.hint` } });
    }
  });

  it('shares the common entries instead of copying them', () => {
    for (const code of COMMON) expect(ENDPOINTS.sendSip.codes[code]).toBe(ENDPOINTS.trunkUpdate.codes[code]);
    for (const code of ['-1', '-2', '-16', '-18']) expect(ENDPOINTS.getBalance.codes[code]).toBe(ENDPOINTS.sendSip.codes[code]);
    for (const name of ['sipReset', 'numberQueryPage', 'agentGroupQuery'] as const) expect(ENDPOINTS[name].codes['-22']).toBe(ENDPOINTS.sendSip.codes['-22']);
  });

  it('says what a parameter error means where the endpoint makes it specific, pointing at the field', () => {
    expect(vendorError(ENDPOINTS.recordSipQuery.codes, '-22', 'window over 31 days')).toMatchObject({
      field: 'strTime',
      hint: expect.stringContaining('31 days'),
      message: expect.stringContaining('"window over 31 days"'),
    });
    expect(vendorError(ENDPOINTS.recordingUrl.codes, '-22', '')).toMatchObject({ field: 'recordingId', hint: expect.stringContaining('Only answered calls') });
    expect(vendorError(ENDPOINTS.recordSip.codes, '-22', '').field).toBe('recordingId');
    expect(vendorError(ENDPOINTS.sipReset.codes, '-24', 'Data does not exist')).toMatchObject({
      kind: 'vendor',
      field: 'account',
      message: 'There is no phone with this account in the application.',
    });
    expect(vendorError(ENDPOINTS.getBalance.codes, '-13', 'User locked')).toMatchObject({ kind: 'vendor', message: expect.stringContaining('locked') });
  });

  it('retries only the read-only requests among balance, password reset, call records, recordings, numbers and agent groups: a password reset is sent once', () => {
    const retried = (['getBalance', 'sipReset', 'recordSip', 'recordSipQuery', 'recordingUrl', 'numberQueryPage', 'agentGroupQuery'] as const).filter(
      (name) => ENDPOINTS[name].retry,
    );
    expect(retried).toEqual(['getBalance', 'recordSip', 'recordSipQuery', 'recordingUrl', 'numberQueryPage', 'agentGroupQuery']);
  });

  it('maps -1 and -2 to auth, -16 to clock-skew and the rest to vendor, always with the code', () => {
    for (const endpoint of Object.values(ENDPOINTS)) {
      for (const code of Object.keys(endpoint.codes)) {
        const error = vendorError(endpoint.codes, code, 'whatever');
        const kind = code === '-1' || code === '-2' ? 'auth' : code === '-16' ? 'clock-skew' : 'vendor';
        expect({ code, kind: error.kind }).toEqual({ code, kind });
        expect(error.code).toBe(code);
      }
    }
  });

  it('points the trunk rules at the field they are about', () => {
    const fields = Object.fromEntries(TRUNK_RULES.map((code) => [code, vendorError(ENDPOINTS.trunkUpdate.codes, code, '').field]));
    expect(fields).toEqual({
      '-44': undefined,
      '-45': 'sipTrunkName',
      '-47': 'sipTrunkName',
      '-48': 'groupList',
      '-49': 'sipGatewayIp',
      '-50': 'sipGatewayIp',
      '-51': 'groupList',
      '-52': 'groupList',
      '-53': 'sipGatewayIp',
      '-54': 'sipWhiteIp',
      '-55': 'sipWhiteIp',
      '-56': 'keyId',
      '-57': 'groupList',
      '-58': 'groupList',
      '-59': 'groupList',
      '-60': 'sipWhiteIp',
      '-61': 'groupList',
    });
  });

  it('gives unknown codes a generic message with the code and the server reason', () => {
    const error = vendorError(ENDPOINTS.sendSip.codes, '-99', 'Account frozen');
    expect(error).toMatchObject({ kind: 'vendor', code: '-99' });
    expect(error.message).toContain('-99');
    expect(error.message).toContain('Account frozen');
    expect(vendorError(ENDPOINTS.sendSip.codes, '-46', '').message).toBe('The server answered with status -46.');
  });

  it('does not mistake object built-ins for codes', () => {
    for (const code of ['toString', '__proto__', 'constructor']) {
      expect(vendorError(ENDPOINTS.sipQuery.codes, code, 'x')).toMatchObject({ kind: 'vendor', code });
    }
  });

  it("quotes the server's reason for a parameter error, on one bounded line", () => {
    const error = vendorError(ENDPOINTS.sipAdd.codes, '-22', 'phoneName\nlength\u0007 error ' + 'x'.repeat(500));
    expect(error.message).toContain('"phoneName length error x');
    expect(error.message).not.toContain('\n');
    expect(error.message).not.toContain('\u0007');
    expect(error.message.length).toBeLessThan(300);
  });
});
