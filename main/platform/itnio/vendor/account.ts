import { z } from 'zod';
import { numeric, text } from './fields';

/** The vendor's request and answer shapes for the account (spec: itnio-api.md, itnio-api-wider.md). */

/** No parameters: the balance is the whole account's. */
export type GetBalanceRequest = Record<string, never>;

/** Documented as decimal strings in the account's currency; a number is read as its decimal text. */
const amount = z.union([text(40), numeric.transform(String)]).nullish().transform((value) => value?.trim() ?? '');

export const getBalanceAnswer = z.object({
  /** The real balance. */
  balance: amount,
  /** Promotional balance. */
  gift: amount,
  /** Credit line. */
  credit: amount,
});
export type GetBalanceResponse = z.output<typeof getBalanceAnswer>;
