import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ageOf, calendarDate, clockTime, countOf, dateTime, vendorTime } from '../../../../../renderer/src/ui/format';

const LONDON = { locale: 'en-GB', timeZone: 'Europe/London' };
const NEW_YORK = { locale: 'en-US', timeZone: 'America/New_York' };
const SHANGHAI = { locale: 'en-GB', timeZone: 'Asia/Shanghai' };

describe('countOf', () => {
  it('gives the noun its s for every count but one', () => {
    expect([0, 1, 2].map((count) => countOf(count, 'recent call'))).toEqual(['0 recent calls', '1 recent call', '2 recent calls']);
  });
});

describe('clockTime', () => {
  it('gives the time of day only, in the operator’s zone and the way their locale writes it', () => {
    expect(clockTime('2025-07-01T10:05:09.000Z', LONDON)).toBe('11:05:09');
    expect(clockTime('2025-07-01T10:05:09.000Z', NEW_YORK)).toBe('6:05:09 AM');
    // A moment as main's clock counts it (ms) reads the same as its ISO form.
    expect(clockTime(Date.parse('2025-07-01T10:05:09.000Z'), LONDON)).toBe('11:05:09');
  });
});

describe('dateTime', () => {
  it('gives the date and the time of a moment in the operator’s zone', () => {
    expect(dateTime('2025-07-01T23:30:00.000Z', LONDON)).toBe('2 Jul 2025, 00:30:00');
    expect(dateTime('2025-07-01T23:30:00.000Z', NEW_YORK)).toBe('Jul 1, 2025, 7:30:00 PM');
  });
});

describe('calendarDate', () => {
  it('gives a day the way the locale writes it, the same day in every time zone', () => {
    for (const timeZone of ['Pacific/Kiritimati', 'Europe/London', 'Pacific/Pago_Pago']) expect(calendarDate('2026-01-20', { locale: 'en-GB', timeZone })).toBe('20 Jan 2026');
    expect(calendarDate('2026-01-20', NEW_YORK)).toBe('Jan 20, 2026');
  });

  it('shows what it cannot read as it came', () => {
    expect(calendarDate('soon', LONDON)).toBe('soon');
    expect(calendarDate('', LONDON)).toBe('—');
  });
});

describe('vendorTime: ITNIO’s zone-less call-centre times (UTC+8)', () => {
  it('shows a trunk saved at 05:22 in London (ITNIO wrote 13:22:51) as 05:22:51 there', () => {
    expect(vendorTime('2026-12-01 13:22:51', LONDON)).toBe('1 Dec 2026, 05:22:51');
  });

  it('converts to any zone, across the date line and summer time', () => {
    expect(vendorTime('2025-04-02 16:40:12', LONDON)).toBe('2 Apr 2025, 09:40:12');
    expect(vendorTime('2026-12-01 03:00:00', NEW_YORK)).toBe('Nov 30, 2026, 2:00:00 PM');
    expect(vendorTime('2026-12-01 13:22:51', SHANGHAI)).toBe('1 Dec 2026, 13:22:51');
  });

  it('reads a time that carries its own offset by that offset', () => {
    expect(vendorTime('2022-02-18T14:42:40+08:00', LONDON)).toBe('18 Feb 2022, 06:42:40');
    expect(vendorTime('2022-02-18T06:42:40Z', LONDON)).toBe('18 Feb 2022, 06:42:40');
  });

  it('shows a time it cannot read as ITNIO wrote it, saying ITNIO’s zone where it is not the operator’s', () => {
    expect(vendorTime('2026-12-01 25:61:00', LONDON)).toBe('2026-12-01 25:61:00 (ITNIO time, UTC+8)');
    expect(vendorTime('yesterday', NEW_YORK)).toBe('yesterday (ITNIO time, UTC+8)');
    expect(vendorTime('yesterday', SHANGHAI)).toBe('yesterday');
    expect(vendorTime('', LONDON)).toBe('—');
  });
});

describe('the operator’s own zone and locale, when none is given', () => {
  // The system's zone, as Node takes it from TZ (happy-dom's Intl is Node's).
  beforeEach(() => vi.stubEnv('TZ', 'Asia/Kolkata'));
  afterEach(() => vi.unstubAllEnvs());

  it('uses the system’s time zone', () => {
    // Whatever the locale, 12- or 24-hour: 10:05 UTC is 15:35 in India.
    expect(clockTime('2025-07-01T10:05:09.000Z')).toMatch(/\b(15|3):35:09\b/);
    expect(vendorTime('2026-12-01 13:22:51')).toMatch(/\b10:52:51\b/);
  });
});

describe('ageOf', () => {
  it('says how long ago, in the largest unit that reads naturally', () => {
    const now = Date.parse('2025-07-03T12:00:00.000Z');
    const ago = (ms: number) => ageOf(new Date(now - ms).toISOString(), now);
    expect([0, 59_000, 60_000, 59 * 60_000, 3 * 3_600_000, 47 * 3_600_000, 49 * 3_600_000].map(ago)).toEqual([
      'just now',
      'just now',
      '1 min ago',
      '59 min ago',
      '3 h ago',
      '47 h ago',
      '2 days ago',
    ]);
    // A time ahead of this clock (another machine's) is not "-3 min ago".
    expect(ago(-3 * 60_000)).toBe('just now');
  });
});
