/** The vendor's request and answer shapes for the account (spec: itnio-api.md, itnio-api-wider.md). */

/** No parameters: the balance is the whole account's. */
export type GetBalanceRequest = Record<string, never>;
/** Amounts are decimal strings in the account's currency. */
export interface GetBalanceResponse {
  /** The real balance. */
  balance: string;
  /** Promotional balance. */
  gift: string;
  /** Credit line. */
  credit: string;
}
