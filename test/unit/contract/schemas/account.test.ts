import { describe, expect, it } from 'vitest';
import { isLowBalance, setLowBalanceInput } from '../../../../contract/schemas/account';

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
