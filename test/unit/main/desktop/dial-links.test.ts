import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventSchemas } from '../../../../contract/schemas/events';
import { COPIED_PASSWORD, dialRequestFromArgs, dialRequestFromClipboard, dialRequestFromLink, MAX_LINK_LENGTH } from '../../../../main/desktop/dial-links';
import { inEnglish } from '../../../../main/platform/messages';

const number = (text: string, from: 'link' | 'launch' = 'link') => ({ kind: 'number', from, number: text });

describe('a tel: or callto: link', () => {
  it.each([
    ['tel:+44-20-7946-0958', '+44-20-7946-0958'],
    ['TEL:+442079460958', '+442079460958'],
    ['tel:%2B44%2020%207946%200958', '+44 20 7946 0958'],
    ['tel://+1 (202) 555-0143', '+1 (202) 555-0143'],
    ['callto:+442079460958', '+442079460958'],
    ['callto://+44 20 7946 0958', '+44 20 7946 0958'],
    ['callto:+442079460958?call', '+442079460958'],
    ['tel:+442079460958;ext=12;isub=3', '+442079460958'],
    ['tel:020 7946 0958', '020 7946 0958'],
    // Any script's digits are read by the Dialer as digits (Arabic-Indic here).
    ['tel:+٤٤٢٠٧٩٤٦٠٩٥٨', '+٤٤٢٠٧٩٤٦٠٩٥٨'],
  ])('%s fills the Dialer with %s', (link, expected) => {
    expect(dialRequestFromLink(link)).toEqual(number(expected));
  });

  it('dials a local number with the global prefix its phone-context names (RFC 3966)', () => {
    expect(dialRequestFromLink('tel:7946-0958;phone-context=+44-20')).toEqual(number('+44-20 7946-0958'));
    // A domain as context is no dialling prefix: the number stays as written.
    expect(dialRequestFromLink('tel:7946-0958;phone-context=example.com')).toEqual(number('7946-0958'));
    // A global number keeps its own prefix.
    expect(dialRequestFromLink('tel:+1-202-555-0143;phone-context=+44')).toEqual(number('+1-202-555-0143'));
  });

  it.each([
    ['tel:', 'holds no phone number'],
    ['callto:someone.on.skype', 'holds no phone number'],
    ['tel:javascript:alert(1)', 'holds no phone number'],
    ['tel:1-800-FLOWERS', 'holds no phone number'],
    ['tel:+44%0a2079460958', 'holds control characters or text-direction marks'],
    ['tel:+44%1b[31m2079460958', 'holds control characters or text-direction marks'],
    ['tel:+44%E2%80%AE8590649702', 'holds control characters or text-direction marks'],
    ['tel:+44%00', 'holds control characters or text-direction marks'],
    ['tel:+44%E0%A4%A', 'is not correctly encoded'],
    ['tel:+442079460958;ext=%ZZ', 'is not correctly encoded'],
    [`tel:+${'1'.repeat(70)}`, 'holds a number longer than 64 characters'],
    [`tel:+44${'0'.repeat(MAX_LINK_LENGTH)}`, `is longer than ${MAX_LINK_LENGTH} characters`],
    ['tel:🙂', 'holds no phone number'],
  ])('%s fills in nothing and says why (%s)', (link, why) => {
    const request = dialRequestFromLink(link);
    expect(request).toMatchObject({ kind: 'unreadable', from: 'link' });
    expect(request.kind === 'unreadable' && request.problem).toContain(why);
    expect(request.kind === 'unreadable' && request.problem).toMatch(/^The (tel|callto): link .*, so no number was filled in\.$/);
    expect(request.kind === 'unreadable' && request.say && inEnglish(request.say)).toBe(request.kind === 'unreadable' && request.problem);
  });

  it('says why by key, the scheme and the limits as values', () => {
    expect(dialRequestFromLink('sip:+442079460958')).toEqual({ kind: 'unreadable', from: 'link', problem: 'The link is not a tel: or callto: link, so no number was filled in.', say: { key: 'desktop.dialLinks.notALink' } });
    expect(dialRequestFromLink('callto:someone')).toMatchObject({ say: { key: 'desktop.dialLinks.link', values: { scheme: 'callto:', problem: { key: 'desktop.dialLinks.problem.noNumber' } } } });
    expect(dialRequestFromLink('tel:+44%E0%A4%A')).toMatchObject({ say: { key: 'desktop.dialLinks.linkNotEncoded', values: { scheme: 'tel:' } } });
    expect(dialRequestFromLink(`tel:+${'1'.repeat(70)}`)).toMatchObject({ say: { key: 'desktop.dialLinks.linkNumberTooLong', values: { scheme: 'tel:', max: 64 } } });
    expect(dialRequestFromLink(`tel:+44${'0'.repeat(MAX_LINK_LENGTH)}`)).toMatchObject({ say: { key: 'desktop.dialLinks.linkTooLong', values: { scheme: 'tel:', max: MAX_LINK_LENGTH } } });
  });

  it('never echoes what the link held in its problem, only its scheme', () => {
    const request = dialRequestFromLink('tel:%1b]0;owned%07+44');
    expect(request.kind === 'unreadable' && request.problem).not.toContain('owned');
    expect(request.kind === 'unreadable' && request.problem).not.toContain('\u001b');
  });

  it('answers within the event contract for any text at all, reading a megabyte at once', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect(eventSchemas['dialer.prefill'].safeParse(dialRequestFromLink(`tel:${text}`)).success).toBe(true);
        const fromArgs = dialRequestFromArgs(['switchboard', '--dial', text]);
        expect(eventSchemas['dialer.prefill'].safeParse(fromArgs).success).toBe(true);
      }),
    );
    const huge = dialRequestFromArgs(['switchboard', `tel:+${'4'.repeat(1_000_000)}`]);
    expect(huge).toMatchObject({ kind: 'unreadable' });
  });
});

describe('the arguments of a launch', () => {
  it('finds a link among the executable, the app folder and the switches Chromium adds', () => {
    const argv = ['/opt/Switchboard/switchboard', '--no-sandbox', '--allow-file-access-from-files', '--original-process-start-time=1333', 'tel:+442079460958'];
    expect(dialRequestFromArgs(argv)).toEqual(number('+442079460958'));
    expect(dialRequestFromArgs(['electron', '.', 'callto:+12025550143'])).toEqual(number('+12025550143'));
  });

  it('takes --dial NUMBER and --dial=NUMBER from another app’s command line', () => {
    expect(dialRequestFromArgs(['switchboard', '--dial', '+44 20 7946 0958'])).toEqual(number('+44 20 7946 0958', 'launch'));
    expect(dialRequestFromArgs(['switchboard', '--dial=020 7946 0958'])).toEqual(number('020 7946 0958', 'launch'));
    expect(dialRequestFromArgs(['switchboard', '--dial', 'tel:+12025550143'])).toEqual(number('+12025550143', 'launch'));
  });

  it('says --dial needs a number when none follows it, or what follows is another option or no number', () => {
    for (const argv of [['switchboard', '--dial'], ['switchboard', '--dial', '--inspect=9229'], ['switchboard', '--dial=']]) {
      expect(dialRequestFromArgs(argv)).toMatchObject({ kind: 'unreadable', from: 'launch' });
    }
    expect(dialRequestFromArgs(['switchboard', '--dial', '\u001b[2J'])).toEqual({
      kind: 'unreadable',
      from: 'launch',
      problem: 'The number after --dial holds control characters or text-direction marks, so no number was filled in.',
      say: { key: 'desktop.dialLinks.option', values: { option: '--dial', problem: { key: 'desktop.dialLinks.problem.unsafe' } } },
    });
    expect(dialRequestFromArgs(['switchboard', '--dial'])).toEqual({
      kind: 'unreadable',
      from: 'launch',
      problem: '--dial needs a phone number after it, so no number was filled in.',
      say: { key: 'desktop.dialLinks.optionNeedsNumber', values: { option: '--dial' } },
    });
    expect(dialRequestFromArgs(['switchboard', `--dial=+${'4'.repeat(70)}`])).toEqual({
      kind: 'unreadable',
      from: 'launch',
      problem: 'The number after --dial is longer than 64 characters, so no number was filled in.',
      say: { key: 'desktop.dialLinks.option', values: { option: '--dial', problem: { key: 'desktop.dialLinks.problem.tooLong', values: { max: 64 } } } },
    });
  });

  it('is no request at all when the launch names no number: the window only comes forward', () => {
    expect(dialRequestFromArgs([])).toBeUndefined();
    expect(dialRequestFromArgs(['/opt/Switchboard/switchboard', '--no-sandbox', 'https://example.com', 'sip:+4420@example.com', 'telephone'])).toBeUndefined();
  });

  it('takes the first request when a launch holds several', () => {
    expect(dialRequestFromArgs(['switchboard', 'tel:+442079460958', '--dial', '+12025550143'])).toEqual(number('+442079460958'));
  });
});

describe('the number on the clipboard', () => {
  it('takes a number or a link copied alone, as written', () => {
    expect(dialRequestFromClipboard('  +44 (0)20 7946 0958\n')).toEqual({ kind: 'number', from: 'clipboard', number: '+44 (0)20 7946 0958' });
    expect(dialRequestFromClipboard('tel:+12025550143')).toEqual({ kind: 'number', from: 'clipboard', number: '+12025550143' });
  });

  it.each([
    ['', 'The clipboard holds no text, so no number was filled in.'],
    ['Call me on +44 20 7946 0958 after 3', 'The clipboard holds no phone number (only digits, spaces and + - . ( ) / are read), so no number was filled in.'],
    ['hunter2-Xq9!', 'The clipboard holds no phone number (only digits, spaces and + - . ( ) / are read), so no number was filled in.'],
    ['+44 20 7946 0958\u202e', 'The clipboard holds control characters or text-direction marks, so no number was filled in.'],
    ['1'.repeat(5000), 'The clipboard holds more than a phone number (over 64 characters), so no number was filled in.'],
  ])('reads nothing out of %j, saying why without repeating it', (text, problem) => {
    const request = dialRequestFromClipboard(text);
    expect(request).toMatchObject({ kind: 'unreadable', from: 'clipboard', problem });
    expect(request.kind === 'unreadable' && request.say && inEnglish(request.say)).toBe(problem);
  });

  it('says why by key, for the window to say in its language', () => {
    expect(dialRequestFromClipboard('')).toEqual({ kind: 'unreadable', from: 'clipboard', problem: 'The clipboard holds no text, so no number was filled in.', say: { key: 'desktop.dialLinks.clipboardEmpty' } });
    expect(dialRequestFromClipboard('1'.repeat(5000))).toMatchObject({
      say: { key: 'desktop.dialLinks.clipboard', values: { problem: { key: 'desktop.dialLinks.problem.moreThanNumber', values: { max: 64 } } } },
    });
    expect(dialRequestFromClipboard('hunter2-Xq9!')).toMatchObject({ say: { key: 'desktop.dialLinks.clipboard', values: { problem: { key: 'desktop.dialLinks.problem.noNumber' } } } });
    expect(COPIED_PASSWORD).toEqual({
      kind: 'unreadable',
      from: 'clipboard',
      problem: 'The clipboard holds the SIP password Switchboard copied, so no number was filled in.',
      say: { key: 'desktop.dialLinks.copiedPassword' },
    });
  });
});
