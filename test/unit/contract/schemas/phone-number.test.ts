import { describe, expect, it } from 'vitest';
import { normaliseCallee } from '../../../../contract/schemas/callee';
import { placeCallInput } from '../../../../contract/schemas/calls';
import { createPhonesInput } from '../../../../contract/schemas/phones';
import { normalisePhoneNumber } from '../../../../contract/schemas/phone-number';
import { saveProfileInput } from '../../../../contract/schemas/profiles';

const call = { callee: '+44 20 7946 0958', account: '80010001' };
const batch = { groupName: 'Front Desk', phoneName: 'desk', quantity: 5 };
const profile = { name: 'Office', baseUrl: 'https://api.itniotech.com', appId: 'App1', apiKey: 'key1', apiSecret: 'secret1' };

/** The caller ID as main would send it from each field that takes one, or that field's rule. */
const callerIdOf = {
  dialer: (written: string, defaultCountry?: string) => {
    const parsed = placeCallInput.safeParse({ ...call, displayNum: written, ...(defaultCountry ? { defaultCountry } : {}) });
    return parsed.success ? parsed.data.displayNum : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
  },
  phones: (written: string) => {
    const parsed = createPhonesInput.safeParse({ ...batch, displayNum: written });
    return parsed.success ? parsed.data.displayNum : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
  },
  profile: (written: string) => {
    const parsed = saveProfileInput.safeParse({ ...profile, defaultCallerId: written });
    return parsed.success ? parsed.data.defaultCallerId : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
  },
};

describe('every phone-number field reads a number the way the callee field does', () => {
  it.each(['+44 20 7946 0958', '0044 20 7946 0958', '+44 (0)20 7946-0958', '442079460958', ' +44\u00a020\u20117946\u20110958 '])(
    'sends %s as 442079460958 from the Dialer, the Phones form and a profile',
    (written) => {
      expect(normaliseCallee(written).digits).toBe('442079460958');
      expect(callerIdOf.dialer(written)).toBe('442079460958');
      expect(callerIdOf.phones(written)).toBe('442079460958');
      expect(callerIdOf.profile(written)).toBe('442079460958');
    },
  );

  it('reads a local caller ID on the Dialer with the country chosen for local numbers, as it reads the callee', () => {
    expect(callerIdOf.dialer('020 7946 0958', 'GB')).toBe('442079460958');
    expect(callerIdOf.dialer('(202) 555-0143', 'US')).toBe('12025550143');
    expect(callerIdOf.dialer('020 7946 0958')).toMatch(/^displayNum: must start with the country code, not 0/);
  });

  it('holds each field to its vendor rule, naming the rule and the count: 7–15 digits for a call, 7–13 for a phone batch', () => {
    const fourteen = '+44 20 7946 0958 12';
    expect(callerIdOf.dialer(fourteen)).toBe('44207946095812');
    expect(callerIdOf.phones(fourteen)).toBe('displayNum: must be 7–13 digits, country code first (this has 14)');
    expect(callerIdOf.dialer('+1 23456')).toBe('displayNum: must be 7–15 digits, country code first (this has 6)');
    expect(callerIdOf.dialer('1234567890123456')).toBe('displayNum: must be 7–15 digits, country code first (this has 16)');
    expect(callerIdOf.profile('123456')).toBe('defaultCallerId: must be 7–15 digits, country code first (this has 6)');
    expect(callerIdOf.phones('+44 20 7946 0958 ext. 2')).toBe('displayNum: may contain only digits, spaces and + - . ( ) /');
  });

  it('leaves an optional caller ID out when empty, and requires the one a phone batch needs', () => {
    expect(callerIdOf.dialer('')).toBeUndefined();
    expect(callerIdOf.dialer('   ')).toBeUndefined();
    expect(callerIdOf.profile('')).toBe('');
    expect(callerIdOf.phones('')).toBe('displayNum: is required');
  });

  it('tells a preview what it would send and where the number belongs, with the rule it is held to', () => {
    expect(normalisePhoneNumber('+44 20 7946 0958', { min: 7, max: 13 })).toEqual({ digits: '442079460958', country: 'GB', valid: true });
    expect(normalisePhoneNumber('+44 20 7946 0958 12', { min: 7, max: 13 }).problem).toBe('must be 7–13 digits, country code first (this has 14)');
  });
});
