import { describe, expect, it } from 'vitest';
import { isLowBalance, setLowBalanceInput } from '../../../contract/schemas/account';
import { recordingId } from '../../../contract/schemas/calls';
import { daysUntilDue, expiresSoon } from '../../../contract/schemas/numbers';

describe('isLowBalance', () => {
  it('compares the decimal string with the level, strictly under', () => {
    expect(isLowBalance('24.99', 25)).toBe(true);
    expect(isLowBalance('25.00', 25)).toBe(false);
    expect(isLowBalance('-3.10', 0)).toBe(true);
    expect(isLowBalance('1000.5', 999.99)).toBe(false);
  });

  it('never warns without a level or for an amount it cannot read', () => {
    expect(isLowBalance('0.00', null)).toBe(false);
    expect(isLowBalance('', 10)).toBe(false);
    expect(isLowBalance('n/a', 10)).toBe(false);
  });
});

describe('setLowBalanceInput', () => {
  it('takes cents, an empty field or null (off)', () => {
    expect(setLowBalanceInput.parse({ threshold: 12.5 })).toEqual({ threshold: 12.5 });
    expect(setLowBalanceInput.parse({ threshold: 0.07 })).toEqual({ threshold: 0.07 });
    expect(setLowBalanceInput.parse({ threshold: '' })).toEqual({ threshold: null });
    expect(setLowBalanceInput.parse({ threshold: null })).toEqual({ threshold: null });
    expect(setLowBalanceInput.safeParse({ threshold: 0.125 }).success).toBe(false);
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

describe('recordingId', () => {
  it('takes the ids sendSip answers and nothing that could change the URL path', () => {
    expect(recordingId.parse(' rec-0a1b2c3d4e5f6a7b8c9d ')).toBe('rec-0a1b2c3d4e5f6a7b8c9d');
    expect(recordingId.parse('123.wav')).toBe('123.wav');
    for (const bad of ['', '..', '../x', 'a/b', 'a?b', 'a#b', 'é', 'x'.repeat(65)]) expect(recordingId.safeParse(bad).success, bad).toBe(false);
  });
});
