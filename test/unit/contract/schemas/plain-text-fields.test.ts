import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { openExternalInput } from '../../../../contract/schemas/app';
import { normaliseCallee } from '../../../../contract/schemas/callee';
import { placeCallInput } from '../../../../contract/schemas/calls';
import { historyExportInput, historyListInput } from '../../../../contract/schemas/call-history';
import { createPhonesInput, exportPhonesInput, phoneRef, resetPasswordInput } from '../../../../contract/schemas/phones';
import { profileRef, saveProfileInput } from '../../../../contract/schemas/profiles';
import { UNSAFE_TEXT_RULE } from '../../../../contract/text';

/** Each kind the sanitiser refuses: a line break, a terminal escape, NUL, DEL, a C1 control, bidi overrides and isolates. */
const HOSTILE = ['\n', '\r', '\u001b[2J', '\u0000', '\u007f', '\u0085', '\u202e', '\u2066', '\u200f', '\u2028'];

const newProfile = { name: 'Office', baseUrl: 'https://api.itniotech.com', appId: 'App1', apiKey: 'key1', apiSecret: 'secret1' };

/** A valid input, and the free-text field an operator types into it. */
const FIELDS: [schema: z.ZodType, valid: Record<string, unknown>, field: string][] = [
  [placeCallInput, { callee: '442079460958', account: '80010001' }, 'callee'],
  [placeCallInput, { callee: '442079460958', account: '80010001' }, 'account'],
  [placeCallInput, { callee: '442079460958', account: '80010001', calledInfo: 'Renewal' }, 'calledInfo'],
  [historyListInput, { query: 'renewal' }, 'query'],
  [historyExportInput, { query: 'renewal' }, 'query'],
  [createPhonesInput, { groupName: 'Front Desk', phoneName: 'desk', quantity: 5, displayNum: '447700900123' }, 'groupName'],
  [createPhonesInput, { groupName: 'Front Desk', phoneName: 'desk', quantity: 5, displayNum: '447700900123' }, 'phoneName'],
  [exportPhonesInput, { groupName: 'Front Desk' }, 'groupName'],
  [phoneRef, { account: '80010001' }, 'account'],
  [resetPasswordInput, { account: '80010001' }, 'account'],
  [saveProfileInput, newProfile, 'name'],
  [saveProfileInput, { ...newProfile, defaultAccount: '80010001' }, 'defaultAccount'],
  [saveProfileInput, newProfile, 'apiKey'],
  [saveProfileInput, newProfile, 'apiSecret'],
  [profileRef, { id: 'sandbox' }, 'id'],
  [openExternalInput, { url: 'https://docs.itniotech.com/voice' }, 'url'],
];

/** The field's value with `char` in the middle, where trimming cannot drop it. */
function withInside(valid: Record<string, unknown>, field: string, char: string): Record<string, unknown> {
  const value = String(valid[field]);
  const half = Math.ceil(value.length / 2);
  return { ...valid, [field]: `${value.slice(0, half)}${char}${value.slice(half)}` };
}

const firstIssue = (schema: z.ZodType, input: unknown) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? undefined : `${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}`;
};

describe('operator text fields', () => {
  it.each(FIELDS.map(([schema, valid, field]) => [field, schema, valid] as const))('%s accepts plain text', (_field, schema, valid) => {
    expect(schema.safeParse(valid).success).toBe(true);
  });

  it.each(FIELDS.map(([schema, valid, field]) => [field, schema, valid] as const))(
    '%s refuses control and direction characters anywhere, naming the field and the rule',
    (field, schema, valid) => {
      for (const char of HOSTILE) {
        expect(firstIssue(schema, withInside(valid, field, char)), JSON.stringify(char)).toBe(`${field}: ${UNSAFE_TEXT_RULE}`);
        expect(firstIssue(schema, { ...valid, [field]: `${String(valid[field])}${char}` }), `trailing ${JSON.stringify(char)}`).toBe(`${field}: ${UNSAFE_TEXT_RULE}`);
      }
    },
  );

  it('keeps the other rules of a field reported as before', () => {
    expect(firstIssue(placeCallInput, { callee: '442079460958', account: '' })).toBe('account: is required: pick the phone that rings first');
    expect(firstIssue(createPhonesInput, { groupName: 'abc', phoneName: 'desk', quantity: 5, displayNum: '447700900123' })).toBe('groupName: must be 4–32 characters');
    expect(firstIssue(saveProfileInput, { ...newProfile, apiKey: 'key 1' })).toBe('apiKey: must not contain spaces (copy it exactly from the console)');
    expect(firstIssue(openExternalInput, { url: 'http://docs.itniotech.com' })).toBe('url: must be a full https:// address');
  });

  it('tells the dialer the callee rule as it is typed', () => {
    expect(normaliseCallee('+44 20\u001b7946 0958')).toEqual({ digits: '', valid: false, problem: UNSAFE_TEXT_RULE });
    expect(normaliseCallee('\u202e442079460958')).toEqual({ digits: '', valid: false, problem: UNSAFE_TEXT_RULE });
    expect(normaliseCallee('+44 20 7946 0958').problem).toBeUndefined();
  });
});
