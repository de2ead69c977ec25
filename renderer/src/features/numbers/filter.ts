import type { ListedNumber } from '../../../../contract/schemas/numbers';

/**
 * Numbers whose number, country, type, state or remark contains `text` (any case). A number
 * typed the way people write them (+44 20 7946…) matches too: spaces, dashes and the plus go.
 */
export function filterNumbers(numbers: readonly ListedNumber[], text: string): ListedNumber[] {
  const needle = text.trim().toLowerCase();
  if (needle === '') return [...numbers];
  const digits = /^[+\d\s().-]+$/.test(needle) ? needle.replace(/\D/g, '') : '';
  return numbers.filter(
    (number) =>
      (digits !== '' && number.number.includes(digits)) ||
      [number.number, number.country, number.type, number.state, number.remark].some((field) => field.toLowerCase().includes(needle)),
  );
}
