import type { ListedNumber } from '../../../../contract/schemas/numbers';

/**
 * Numbers whose number, country, type, state or remark contains `text` (any case). A number
 * typed the way people write them (+44 20 7946…) matches too: spaces, dashes and the plus go.
 * `shownAs` gives the words the list shows for a number's type and state, in the window's
 * language: an operator searches for what they read.
 */
export function filterNumbers(numbers: readonly ListedNumber[], text: string, shownAs: (number: ListedNumber) => readonly string[] = () => []): ListedNumber[] {
  const needle = text.trim().toLowerCase();
  if (needle === '') return [...numbers];
  const digits = /^[+\d\s().-]+$/.test(needle) ? needle.replace(/\D/g, '') : '';
  return numbers.filter(
    (number) =>
      (digits !== '' && number.number.includes(digits)) ||
      [number.number, number.country, number.type, number.state, number.remark, ...shownAs(number)].some((field) => field.toLowerCase().includes(needle)),
  );
}
