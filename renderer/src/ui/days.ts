import { earliestKeptDay } from '../../../contract/schemas/activity';

/* The operator's days as the browser's date fields hold them (YYYY-MM-DD), in this computer's zone. */

/** A local day as the date fields hold it. */
export function dayOf(moment: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** The first day ITNIO still keeps, in this computer's zone: the date fields' lower bound (main holds the rule). */
export const firstKeptDay = (now = new Date()): string => earliestKeptDay(now.getTime(), -now.getTimezoneOffset());
