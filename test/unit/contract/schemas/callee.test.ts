import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseCallee } from '../../../../contract/schemas/callee';
import { countryName, dialCountries } from '../../../../contract/schemas/phone-number';

describe('normaliseCallee: numbers as people write them', () => {
  it.each([
    // [written, default country, vendor form, detected country]
    ['+44 20 7946 0958', undefined, '442079460958', 'GB'],
    ['+44 (0)20 7946 0958', undefined, '442079460958', 'GB'],
    ['0044-20-7946-0958', undefined, '442079460958', 'GB'],
    ['0044 20 7946 0958', 'GB', '442079460958', 'GB'],
    ['(020) 7946 0958', 'GB', '442079460958', 'GB'],
    ['020 7946 0958', 'GB', '442079460958', 'GB'],
    ['tel:+1-202-555-0143', undefined, '12025550143', 'US'],
    ['202.555.0143', 'US', '12025550143', 'US'],
    ['(202) 555-0143', 'US', '12025550143', 'US'],
    ['1 (202) 555-0143', 'US', '12025550143', 'US'],
    ['011 44 20 7946 0958', 'US', '442079460958', 'GB'],
    ['0011 44 20 7946 0958', 'AU', '442079460958', 'GB'],
    ['+49 30 23125042', undefined, '493023125042', 'DE'],
    ['030 23125042', 'DE', '493023125042', 'DE'],
    ['+33 1 42 68 53 00', undefined, '33142685300', 'FR'],
    ['01 42 68 53 00', 'FR', '33142685300', 'FR'],
    ['(02) 9374 4000', 'AU', '61293744000', 'AU'],
    ['098765 43210', 'IN', '919876543210', 'IN'],
    ['+39 06 6982 1234', undefined, '390669821234', 'VA'],
    ['+４４ ２０ ７９４６ ０９５８', undefined, '442079460958', 'GB'],
    ['+44\u00a020\u20117946\u20110958', undefined, '442079460958', 'GB'],
    ['  +44 20 7946 0958  ', undefined, '442079460958', 'GB'],
  ])('%s (dialled from %s) → %s', (written, home, digits, country) => {
    const callee = normaliseCallee(written, home);
    expect(callee).toMatchObject({ digits, country, valid: true });
    expect(callee.problem).toBeUndefined();
  });

  it('takes digits already in the vendor form as country code first, whatever the chosen country', () => {
    for (const home of [undefined, 'GB', 'US', 'DE']) {
      expect(normaliseCallee('442079460958', home)).toMatchObject({ digits: '442079460958', country: 'GB', valid: true });
      expect(normaliseCallee('12025550143', home)).toMatchObject({ digits: '12025550143', country: 'US', valid: true });
    }
  });

  it('keeps a number in an unassigned range callable, with its country, but says it is not valid', () => {
    // Ofcom's drama range: a real country code, no real subscriber (the sandbox's own numbers).
    expect(normaliseCallee('+44 7700 900123')).toEqual({ digits: '447700900123', country: 'GB', valid: false });
    expect(normaliseCallee('07700 900123', 'GB')).toEqual({ digits: '447700900123', country: 'GB', valid: false });
  });

  it('dials an unknown country code as typed, with no country', () => {
    expect(normaliseCallee('+999 123 4567')).toEqual({ digits: '9991234567', valid: false });
  });

  it.each([
    ['123456', 'must be 7–15 digits, country code first (this has 6)'],
    ['+1 23456', 'must be 7–15 digits, country code first (this has 6)'],
    ['1234567890123456', 'must be 7–15 digits, country code first (this has 16)'],
    ['+99 1234 5678 9012 34', 'must be 7–15 digits, country code first (this has 16)'],
  ])('blocks %s: %s', (written, problem) => {
    expect(normaliseCallee(written).problem).toBe(problem);
  });

  it.each(['1234567', '999123456789012', '+999 1234567'])('accepts the boundary %s (7 or 15 digits)', (written) => {
    expect(normaliseCallee(written).problem).toBeUndefined();
  });

  it('states the rule for an empty entry, letters and a national number with no country chosen', () => {
    expect(normaliseCallee('  ').problem).toBe('is required');
    expect(normaliseCallee('+44 20 7946 0958 ext. 12').problem).toBe('may contain only digits, spaces and + - . ( ) /');
    expect(normaliseCallee('1-800-FLOWERS', 'US').problem).toBe('may contain only digits, spaces and + - . ( ) /');
    expect(normaliseCallee('(020) 7946 0958').problem).toMatch(/^must start with the country code, not 0/);
    expect(normaliseCallee('(020) 7946 0958', 'US').problem).toBe('must start with the country code (it starts with 0 and is not a United States number)');
  });

  it('keeps the digits as typed when a national reading would rebuild them into another number', () => {
    // Read in India, the 91 is taken for the country code and a 0 dropped: +9101000000000 would then dial 911000000000.
    const first = normaliseCallee('91001000000000', 'IN');
    expect(first.digits).toBe('91001000000000');
    expect(normaliseCallee(`+${first.digits}`, 'IN').digits).toBe(first.digits);
  });

  it('is stable: dialling the vendor form of any result again dials the same digits', () => {
    const written = fc.oneof(
      fc.stringMatching(/^\+?[0-9]{5,17}$/),
      fc.tuple(fc.constantFrom('+44 ', '0044 ', '+1 ', '+49-', '(0', '011 '), fc.stringMatching(/^[0-9 ]{6,14}$/)).map(([a, b]) => a + b),
    );
    const home = fc.constantFrom(undefined, 'GB', 'US', 'DE', 'FR', 'IN');
    fc.assert(
      fc.property(written, home, (text, country) => {
        const first = normaliseCallee(text, country);
        fc.pre(first.problem === undefined);
        expect(/^[1-9]\d{6,14}$/.test(first.digits)).toBe(true);
        expect(normaliseCallee(`+${first.digits}`, country).digits).toBe(first.digits);
      }),
      { numRuns: 500 },
    );
  });

  it('names countries and lists them for the picker', () => {
    expect(countryName('GB')).toBe('United Kingdom');
    const countries = dialCountries();
    expect(countries.length).toBeGreaterThan(200);
    expect(countries).toContainEqual({ value: 'GB', label: 'United Kingdom (+44)' });
  });
});
