import { describe, expect, it } from 'vitest';
import { createRepeatGuard } from '../../../../../main/features/calls/repeat-guard';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe('double-dial guard', () => {
  it('refuses the same key while the first attempt is in flight, and for 5 s after it ended', () => {
    const time = clock();
    const guard = createRepeatGuard({ now: time.now });
    const first = guard.claim('a', false);
    expect(first.ok).toBe(true);
    time.advance(8_000);
    expect(guard.claim('a', false)).toEqual({ ok: false, lastAttemptMs: 8_000, inFlight: true });
    if (first.ok) first.release();
    time.advance(4_999);
    expect(guard.claim('a', false)).toEqual({ ok: false, lastAttemptMs: 4_999, inFlight: false });
    time.advance(1);
    expect(guard.claim('a', false).ok).toBe(true);
  });

  it('lets a different callee or phone through at once', () => {
    const guard = createRepeatGuard({ now: clock().now });
    expect(guard.claim('a', false).ok).toBe(true);
    expect(guard.claim('b', false).ok).toBe(true);
  });

  it('places a confirmed repeat, which starts a new window', () => {
    const time = clock();
    const guard = createRepeatGuard({ now: time.now });
    const first = guard.claim('a', false);
    if (first.ok) first.release();
    time.advance(1_000);
    const repeat = guard.claim('a', true);
    expect(repeat.ok).toBe(true);
    if (repeat.ok) repeat.release();
    time.advance(4_000);
    expect(guard.claim('a', false).ok).toBe(false);
  });

  it('counts overlapping confirmed attempts: in flight until the last one ends', () => {
    const time = clock();
    const guard = createRepeatGuard({ now: time.now });
    const first = guard.claim('a', false);
    const second = guard.claim('a', true);
    if (!first.ok || !second.ok) throw new Error('both should be placed');
    first.release();
    first.release();
    expect(guard.claim('a', false)).toMatchObject({ ok: false, inFlight: true });
    second.release();
    time.advance(5_000);
    expect(guard.claim('a', false).ok).toBe(true);
  });

  it('refuses within 5 s of an attempt another process recorded (the CLI and the app share the history)', () => {
    const time = clock();
    const guard = createRepeatGuard({ now: time.now });
    expect(guard.claim('a', false, time.now() - 2_000)).toEqual({ ok: false, lastAttemptMs: 2_000, inFlight: false });
    expect(guard.claim('a', false, time.now() - 5_000).ok).toBe(true);
    expect(guard.claim('b', true, time.now() - 1_000).ok).toBe(true);
  });
});
