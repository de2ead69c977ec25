import { historyFilter, type HistoryFilter, type HistoryOutcome } from '../../../../contract/schemas/call-history';
import { i18n } from '../../i18n';
import { ruleWords } from '../../i18n/said';

/** The filter row as the operator fills it: days as the date fields hold them (YYYY-MM-DD), nothing chosen as null. */
export interface HistoryFilterFields {
  query: string;
  fromDay: string;
  toDay: string;
  outcome: HistoryOutcome | null;
  phone: string | null;
  /** Every profile's calls when null, as the history always showed them. */
  profileId: string | null;
}

export const EVERY_CALL: HistoryFilterFields = { query: '', fromDay: '', toDay: '', outcome: null, phone: null, profileId: null };

/** A filter field and the rule its value breaks, for the words under it: in the window's language as of the call. */
export type FilterProblems = Partial<Record<keyof HistoryFilterFields, string>>;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local midnight that starts `day` (plus `days` more), as the moment main compares calls with. */
function midnightOf(day: string, days = 0): string | undefined {
  const [, year, month, date] = DAY.exec(day) ?? [];
  if (!year || !month || !date) return undefined;
  const moment = new Date(0);
  moment.setFullYear(Number(year), Number(month) - 1, Number(date) + days);
  moment.setHours(0, 0, 0, 0);
  return moment.toISOString();
}

/** Which field of the row a field of the contract's filter is. */
const FIELD_OF: Record<string, keyof HistoryFilterFields> = { from: 'fromDay', to: 'toDay', query: 'query', outcome: 'outcome', phone: 'phone', profileId: 'profileId' };

export const isFiltering = (fields: HistoryFilterFields): boolean =>
  fields.query.trim() !== '' || fields.fromDay !== '' || fields.toDay !== '' || fields.outcome !== null || fields.phone !== null || fields.profileId !== null;

/**
 * The contract's filter for what the row holds: the From day from its midnight, the To day up to
 * the next midnight (whole days in the operator's time zone), checked with the schema main parses
 * it with. A broken rule is answered per field of the row, and nothing is to be sent.
 */
export function historyFilterOf(fields: HistoryFilterFields): { ok: true; value: HistoryFilter } | { ok: false; problems: FilterProblems } {
  const query = fields.query.trim();
  const from = fields.fromDay ? midnightOf(fields.fromDay) : undefined;
  const to = fields.toDay ? midnightOf(fields.toDay, 1) : undefined;
  const problems: FilterProblems = {};
  const dayRule = i18n.t('calls:filters.dayRule');
  if (fields.fromDay && !from) problems.fromDay = dayRule;
  if (fields.toDay && !to) problems.toDay = dayRule;
  const value: HistoryFilter = {
    ...(query ? { query } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(fields.outcome ? { outcome: fields.outcome } : {}),
    ...(fields.phone ? { phone: fields.phone } : {}),
    ...(fields.profileId ? { profileId: fields.profileId } : {}),
  };
  const parsed = historyFilter.safeParse(value);
  for (const issue of parsed.error?.issues ?? []) {
    const field = FIELD_OF[String(issue.path[0])];
    if (!field || problems[field]) continue;
    // The schema's rules are about moments; the row speaks in days.
    if (field === 'toDay' && issue.code === 'custom') problems.toDay = i18n.t('calls:filters.untilBeforeFrom');
    else problems[field] = field === 'fromDay' || field === 'toDay' ? dayRule : ruleWords(issue.message);
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, value };
}
