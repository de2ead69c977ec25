import { describe, expect, it } from 'vitest';
import { clockWarningSaid } from '../../../../../main/platform/itnio';
import { inEnglish } from '../../../../../main/platform/messages';

/** The warning as the CLI prints it. */
const clockWarning = (offsetMs: number) => {
  const warning = clockWarningSaid(offsetMs);
  return warning && inEnglish(warning);
};
import { createClock, timestampSeconds } from '../../../../../main/platform/itnio/clock';

describe('the clock warning', () => {
  it('stays quiet up to a minute either way', () => {
    for (const offset of [0, 1_500, -30_000, 60_000, -60_000, Number.NaN]) expect(clockWarning(offset)).toBeUndefined();
  });

  it('says how far and which way, and how to fix it', () => {
    const behind = clockWarning(10 * 60_000);
    expect(behind).toContain('about 10 minutes behind');
    expect(behind).toMatch(/automatic date and time/);
    expect(clockWarning(-2 * 3_600_000)).toContain('about 2 hours ahead of');
    expect(clockWarning(61_000)).toContain('about 1 minute behind');
    expect(clockWarning(-3 * 86_400_000)).toContain('about 3 days ahead of');
  });

  it('says the same by key, the span counted in its unit', () => {
    expect(clockWarningSaid(10 * 60_000)).toEqual({ key: 'itnio.clock.behind', values: { span: { key: 'itnio.clock.minutes', values: { count: 10 } } } });
    expect(clockWarningSaid(-2 * 3_600_000)).toEqual({ key: 'itnio.clock.ahead', values: { span: { key: 'itnio.clock.hours', values: { count: 2 } } } });
    expect(clockWarningSaid(-3 * 86_400_000)).toEqual({ key: 'itnio.clock.ahead', values: { span: { key: 'itnio.clock.days', values: { count: 3 } } } });
    expect(clockWarningSaid(30_000)).toBeUndefined();
  });
});

describe('clock', () => {
  const local = 1_700_000_000_000;

  it('signs with local time while the offset is within 2 s, with server time beyond', () => {
    const clock = createClock(() => local);
    clock.observe(new Date(local + 1_000).toUTCString());
    expect(clock.offsetMs()).toBe(1_000);
    expect(clock.signingTimeMs()).toBe(local);
    clock.observe(new Date(local + 600_000).toUTCString());
    expect(clock.signingTimeMs()).toBe(local + 600_000);
  });

  it('keeps the last offset when a Date header is missing or unreadable', () => {
    const clock = createClock(() => local);
    clock.observe(new Date(local - 5_000).toUTCString());
    clock.observe(undefined);
    clock.observe('yesterday-ish');
    expect(clock.offsetMs()).toBe(-5_000);
  });

  it('uses the server clock for good once the server has rejected our time', () => {
    const clock = createClock(() => local);
    clock.observe(new Date(local + 1_000).toUTCString());
    clock.rejectedByServer();
    expect(clock.signingTimeMs()).toBe(local + 1_000);
  });

  it('writes timestamps as 10-digit seconds', () => {
    expect(timestampSeconds(local + 999)).toBe('1700000000');
  });
});
