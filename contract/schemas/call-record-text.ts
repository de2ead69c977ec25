import type { CallRecord } from './calls';

/* A call record in the operator's words, shared by the history screen, the CSV export and the CLI. */

/** What SIP endings mean to an operator; any other code shows the vendor's own reason. */
const ENDINGS: Readonly<Record<string, string>> = {
  '404': 'Number not found',
  '408': 'No answer',
  '480': 'No answer',
  '484': 'Incomplete number',
  '486': 'Busy',
  '487': 'Cancelled',
  '503': 'Network unavailable',
  '600': 'Busy',
  '603': 'Declined',
};

/** The codes that mean "connected": SIP 200 on current pages, "0 = success" on older ones. */
const CONNECTED = new Set(['200', '0']);

/** Seconds as m:ss, or h:mm:ss from an hour on. */
export function talkTime(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** A decimal string as money: "0.0500" USD → "$0.05", "0.0525" EUR → "0.0525 EUR"; nothing for zero or unreadable amounts. */
export function callCost(record: Pick<CallRecord, 'cost' | 'currency'>): string | undefined {
  const amount = Number(record.cost);
  if (record.cost.trim() === '' || !Number.isFinite(amount) || amount === 0) return undefined;
  const [whole = '0', fraction = ''] = record.cost.trim().replace(/^-/, '').split('.');
  const cents = fraction.replace(/0+$/, '').padEnd(2, '0');
  const text = `${amount < 0 ? '-' : ''}${whole}.${cents}`;
  return record.currency === 'USD' ? `$${text}` : `${text} ${record.currency}`;
}

/**
 * A call record in one line, as an operator reads it: "Answered · 0:42 · $0.05", "Busy (486)".
 * terminationCode has meant two things (SIP 200 = connected; "0 = success" on older pages), so
 * "answered" comes from the record's own verdict, and the code is shown only for calls that
 * were not.
 */
export function describeCallRecord(record: CallRecord): string {
  const cost = callCost(record);
  if (record.answered) return ['Answered', talkTime(record.callDuration), cost].filter(Boolean).join(' · ');
  const code = record.terminationCode.trim();
  const label = CONNECTED.has(code) ? 'Connected, no talk time' : (ENDINGS[code] ?? (record.terminationReason.trim() || 'Not answered'));
  return [code ? `${label} (${code})` : label, cost].filter(Boolean).join(' · ');
}
