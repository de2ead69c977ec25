import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysUntilDue, expiresSoon, numberEditIssues, numberSettings, type ListedNumber } from '../../../../contract/schemas/numbers';
import { greetingSizeProblem } from '../../../../contract/schemas/greetings';
import { UNSAFE_TEXT_RULE } from '../../../../contract/text';
import { listedNumber } from '../../../support/fixtures/numbers';

const base = { number: '442079460958', enableVoicemail: false };

/**
 * The first problem as main reports it ("field: rule"): the vendor's rules, then ours for what
 * differs from `current` (all of it when there is none); or the parsed value.
 */
function check(fields: Record<string, unknown>, current?: ListedNumber) {
  const parsed = numberSettings.safeParse({ ...base, ...fields });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false as const, problem: `${issue.path.join('.')}: ${issue.message}` };
  }
  const [broken] = numberEditIssues(parsed.data, current);
  return broken ? { ok: false as const, problem: `${broken.field}: ${broken.rule}` } : { ok: true as const, value: parsed.data };
}


describe('number settings: outbound IP whitelist (outIp)', () => {
  it.each([
    ['one IPv4', '198.51.100.7', '198.51.100.7'],
    ['IPv4 and IPv6', '198.51.100.7,2001:db8::7', '198.51.100.7,2001:db8::7'],
    ['spaces around commas, dropped', ' 198.51.100.7 , 2001:db8::7 ', '198.51.100.7,2001:db8::7'],
    ['an IPv4-mapped IPv6', '::ffff:198.51.100.7', '::ffff:198.51.100.7'],
    ['exactly 50 characters', '198.51.100.1,198.51.100.2,198.51.100.3,203.0.113.9', '198.51.100.1,198.51.100.2,198.51.100.3,203.0.113.9'],
    ['empty (not sent)', '', ''],
  ])('accepts %s', (_, outIp, sent) => {
    expect(check({ outIp })).toEqual({ ok: true, value: expect.objectContaining({ outIp: sent }) });
  });

  it.each([
    ['an octet over 255', '198.51.100.300', 'outIp: "198.51.100.300" is not an IPv4 or IPv6 address'],
    ['octal shorthand', '010.1.1.1', 'outIp: "010.1.1.1" is not an IPv4 or IPv6 address'],
    ['a host name', 'pbx.example.com', 'outIp: "pbx.example.com" is not an IPv4 or IPv6 address'],
    ['a CIDR range', '198.51.100.0/24', 'outIp: "198.51.100.0/24" is not an IPv4 or IPv6 address'],
    ['an IPv6 zone', 'fe80::1%eth0', 'outIp: "fe80::1%eth0" is not an IPv4 or IPv6 address'],
    ['a doubled comma', '198.51.100.7,,198.51.100.8', 'outIp: has an empty entry: separate IP addresses with single commas'],
    ['a trailing comma', '198.51.100.7,', 'outIp: has an empty entry: separate IP addresses with single commas'],
    ['51 characters', '198.51.100.1,198.51.100.2,198.51.100.3,203.0.113.19', 'outIp: must be at most 50 characters in all (now 51, commas included)'],
  ])('refuses %s', (_, outIp, problem) => {
    expect(check({ outIp })).toEqual({ ok: false, problem });
  });

  it('accepts any list of IPv4 addresses exactly when it fits in 50 characters', () => {
    fc.assert(
      fc.property(fc.array(fc.ipV4(), { minLength: 1, maxLength: 5 }), (ips) => {
        const joined = ips.join(',');
        expect(check({ outIp: ips.join(' , ') }).ok).toBe(joined.length <= 50);
      }),
    );
  });

  it('accepts any single IPv6 address that fits', () => {
    fc.assert(
      fc.property(fc.ipV6(), (ip) => {
        expect(check({ outIp: ip }).ok).toBe(ip.length <= 50);
      }),
    );
  });
});

describe('number settings: inbound address (inIp)', () => {
  it.each(['203.0.113.9', '203.0.113.9:5060', '2001:db8::1', '[2001:db8::1]:5060', '203.0.113.9:1', '203.0.113.9:65535'])('accepts %s', (inIp) => {
    expect(check({ inIp }).ok).toBe(true);
  });

  it.each([
    ['a port over 65535', '203.0.113.9:70000'],
    ['port 0', '203.0.113.9:0'],
    ['a host name', 'pbx.example.com:5060'],
    ['IPv6 with a port but no brackets', '2001:db8::1:5060:x'],
    ['two addresses', '203.0.113.9,203.0.113.10'],
  ])('refuses %s', (_, inIp) => {
    expect(check({ inIp })).toEqual({ ok: false, problem: 'inIp: must be an IP address, or IP:port (IPv6 as [address]:port), port 1–65535' });
  });

  it('refuses a valid address over 50 characters', () => {
    expect(check({ inIp: '[ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255]:65535' })).toEqual({ ok: false, problem: 'inIp: must be at most 50 characters' });
  });
});

describe('number settings: the other fields', () => {
  it('takes 32 prefix and 50 remark characters, and not one more', () => {
    expect(check({ inboundPrefix: '1'.repeat(32), remark: 'r'.repeat(50) }).ok).toBe(true);
    expect(check({ inboundPrefix: '1'.repeat(33) })).toEqual({ ok: false, problem: 'inboundPrefix: must be at most 32 characters' });
    expect(check({ remark: 'r'.repeat(51) })).toEqual({ ok: false, problem: 'remark: must be at most 50 characters' });
  });

  it('reads the number written any common way, as every phone-number field does, and sends its digits', () => {
    expect(check({ number: '' })).toEqual({ ok: false, problem: 'number: is required' });
    expect(check({ number: '+44 20' })).toEqual({ ok: false, problem: 'number: must be 7–15 digits, country code first (this has 4)' });
    for (const written of ['+44 20 7946 0958', '0044 20 7946 0958', '+442079460958', ' 442079460958 ']) {
      expect(check({ number: written }), written).toMatchObject({ ok: true, value: { number: '442079460958' } });
    }
  });

  it('takes an app id like a profile does, or empty for the profile’s own', () => {
    expect(check({ appId: '' }).ok).toBe(true);
    expect(check({ appId: 'app-7f3c21' }).ok).toBe(true);
    expect(check({ appId: 'app 7f3c21' })).toEqual({ ok: false, problem: 'appId: must be letters, digits, - or _' });
  });

  it('needs voicemail on or off', () => {
    expect(check({ enableVoicemail: undefined })).toEqual({ ok: false, problem: 'enableVoicemail: is required: voicemail on or off (ITNIO needs it with every edit)' });
  });

  it('needs a max hangup of 1–999 whole seconds when voicemail is on', () => {
    expect(check({ enableVoicemail: true })).toEqual({ ok: false, problem: 'voicemailMaxHangup: is required when voicemail is on (1–999 seconds)' });
    expect(check({ enableVoicemail: true, voicemailMaxHangup: '' })).toEqual({ ok: false, problem: 'voicemailMaxHangup: is required when voicemail is on (1–999 seconds)' });
    for (const bad of [0, 1000, 2.5, Number.NaN, '99']) {
      expect(check({ enableVoicemail: true, voicemailMaxHangup: bad })).toEqual({ ok: false, problem: 'voicemailMaxHangup: must be a whole number of seconds, 1–999' });
    }
    expect(check({ enableVoicemail: true, voicemailMaxHangup: 1 }).ok).toBe(true);
    expect(check({ enableVoicemail: true, voicemailMaxHangup: 999 }).ok).toBe(true);
    expect(check({ enableVoicemail: false, voicemailMaxHangup: '' }).ok).toBe(true);
  });
});

describe('number settings: values read from ITNIO', () => {
  // The vendor's own sample gateway, a host name and text with a direction mark: our rules refuse each.
  const read = { outIp: '198.51.100.7, 12.325.353.2', inIp: 'sbc.example.net:5060', inboundPrefix: '00\u202e44', remark: 'Front\u0007desk' };

  it('holds every value to our rules when nothing was read', () => {
    expect(check({ remark: read.remark })).toEqual({ ok: false, problem: `remark: ${UNSAFE_TEXT_RULE}` });
    expect(check({ inboundPrefix: read.inboundPrefix })).toEqual({ ok: false, problem: `inboundPrefix: ${UNSAFE_TEXT_RULE}` });
  });

  it('lets each value the number has go back as it was, whatever our rules say of it', () => {
    expect(check(read, listedNumber(read))).toMatchObject({ ok: true, value: { ...read, outIp: '198.51.100.7,12.325.353.2' } });
    // Spaces around the commas are not a change: ITNIO holds the same addresses.
    expect(check({ ...read, outIp: '198.51.100.7,12.325.353.2' }, listedNumber(read)).ok).toBe(true);
  });

  it('holds a value that differs from the one read to our rules', () => {
    expect(check({ ...read, outIp: '12.325.353.2' }, listedNumber(read))).toEqual({ ok: false, problem: 'outIp: "12.325.353.2" is not an IPv4 or IPv6 address' });
    expect(check({ ...read, inIp: 'sbc.example.net:5061' }, listedNumber(read))).toEqual({
      ok: false,
      problem: 'inIp: must be an IP address, or IP:port (IPv6 as [address]:port), port 1–65535',
    });
    expect(check({ ...read, remark: 'Front\u0007desk 2' }, listedNumber(read))).toEqual({ ok: false, problem: `remark: ${UNSAFE_TEXT_RULE}` });
  });

  it('still holds what ITNIO holds to the vendor’s own limits', () => {
    const long = 'r'.repeat(51);
    expect(check({ remark: long }, listedNumber({ remark: long }))).toEqual({ ok: false, problem: 'remark: must be at most 50 characters' });
  });
});

describe('greetingSizeProblem', () => {
  it('allows 1 byte to exactly 5 MB', () => {
    expect(greetingSizeProblem('a.mp3', 1)).toBeUndefined();
    expect(greetingSizeProblem('a.mp3', 5 * 1024 * 1024)).toBeUndefined();
  });

  it('names the file, its size and the limit', () => {
    expect(greetingSizeProblem('a.mp3', 0)).toBe('"a.mp3" is empty.');
    expect(greetingSizeProblem('a.mp3', 5 * 1024 * 1024 + 1)).toBe('"a.mp3" is 5.0 MB (5,242,881 bytes); a greeting can be at most 5 MB (5,242,880 bytes).');
  });
});

describe('number expiry', () => {
  const today = new Date('2026-11-23T18:30:00Z');

  it('counts whole days from today to the due date', () => {
    expect(daysUntilDue('2026-11-23', today)).toBe(0);
    expect(daysUntilDue('2026-12-23', today)).toBe(30);
    expect(daysUntilDue('2026-11-20', today)).toBe(-3);
    expect(daysUntilDue('', today)).toBeUndefined();
    expect(daysUntilDue('23/11/2026', today)).toBeUndefined();
  });

  it('flags numbers still running for at most 30 more days', () => {
    expect(expiresSoon({ dueDate: '2026-12-23' }, today)).toBe(true);
    expect(expiresSoon({ dueDate: '2026-12-24' }, today)).toBe(false);
    expect(expiresSoon({ dueDate: '2026-11-22' }, today)).toBe(false);
    expect(expiresSoon({ dueDate: '' }, today)).toBe(false);
  });
});
