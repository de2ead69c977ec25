import { fileTypeFromBuffer } from 'file-type';
import { invalidField, ok, type Result } from '../../../contract/result';
import { earliestKeptDay } from '../../../contract/schemas/activity';
import type { CallReport, ReportInput } from '../../../contract/schemas/reports';
import type { Connections } from '../../platform/connections/connections';
import { ENV_PROFILE_ID } from '../../platform/connections/connections';
import type { FileDialogs } from '../../platform/files/dialogs';
import { CSV_FILES } from '../../platform/files/csv';
import { saveAs } from '../../platform/files/save-as';
import type { Logger } from '../../platform/log';
import type { ReadCache } from '../../platform/storage/read-cache';
import type { DomainServices } from '../../router';
import { aggregateReport } from './aggregate';
import { keptDays } from './kept-days';
import { readReportDays } from './read-days';
import { reportCsv } from './report-csv';

const DAY_MS = 86_400_000;
const KEPT_HINT = 'ITNIO keeps call records for two months. Nothing was sent.';

/** Every day from `since` to `until`, both included. */
function daysOf(since: string, until: string): string[] {
  const days: string[] = [];
  for (let at = Date.parse(`${since}T00:00:00Z`); at <= Date.parse(`${until}T00:00:00Z`); at += DAY_MS) days.push(new Date(at).toISOString().slice(0, 10));
  return days;
}

/**
 * Reports: the active profile's phone and number calls over the operator's days, counted in main
 * so the window receives rows, never the records (50 000 of them would stall its thread).
 */
export function createReportServices(deps: {
  connections: Pick<Connections, 'active'>;
  cache: ReadCache;
  dialogs: FileDialogs;
  log: Logger;
  /** False for the CLI: a script must see an outage, never kept days as if new. */
  answerKept: boolean;
  now?: () => Date;
}): DomainServices<'reports'> {
  const now = deps.now ?? (() => new Date());
  const days = keptDays(deps.cache);

  const report = async (input: ReportInput): Promise<Result<CallReport>> => {
    const at = now();
    const offset = input.utcOffsetMinutes ?? -at.getTimezoneOffset();
    const earliest = earliestKeptDay(at.getTime(), offset);
    if (input.since < earliest) return invalidField('since', `must be on or after ${earliest}: ITNIO keeps call records for two months`, KEPT_HINT);
    const today = new Date(at.getTime() + offset * 60_000).toISOString().slice(0, 10);
    if (input.until > today) return invalidField('until', `must not be after today (${today})`, 'A report covers days that have begun. Nothing was sent.');

    const active = await deps.connections.active();
    if (!active.ok) return active;
    const { client, target } = active.value;
    const read = await readReportDays(
      {
        client,
        kept: target.profileId === ENV_PROFILE_ID ? undefined : { days, profileId: target.profileId },
        answerKept: deps.answerKept,
        log: deps.log,
        now: at.getTime(),
      },
      { days: daysOf(input.since, input.until), offsetMinutes: offset, refresh: input.refresh ?? false },
    );
    if (!read.ok) return read;
    const { phoneCalls, numberCalls, daysRead, daysKept, readAt, stale } = read.value;
    const filters = { ...(input.group ? { group: input.group } : {}), ...(input.phone ? { phone: input.phone } : {}), ...(input.number ? { number: input.number } : {}) };
    return ok({
      profileId: target.profileId,
      fetchedAt: readAt,
      since: input.since,
      until: input.until,
      utcOffsetMinutes: offset,
      ...filters,
      ...aggregateReport(phoneCalls, numberCalls, { since: input.since, until: input.until, utcOffsetMinutes: offset, ...filters }),
      daysRead,
      daysKept,
      ...(stale ? { stale } : {}),
    });
  };

  return {
    'reports.calls': report,

    'reports.exportCsv': async ({ report: input, table }) => {
      const figures = await report(input);
      if (!figures.ok) return figures;
      const saved = await saveAs(
        { dialogs: deps.dialogs, log: deps.log },
        {
          title: 'Export report as CSV',
          defaultName: `switchboard-report-${table}-${input.since}-to-${input.until}.csv`,
          filters: CSV_FILES,
          what: 'report',
          event: 'reports.exportCsv',
          contents: reportCsv(figures.value, table),
        },
        {},
      );
      return saved.ok ? ok(saved.value.saved ? { saved: true as const, path: saved.value.path } : { saved: false as const }) : saved;
    },

    'reports.saveChart': async ({ chart, bytes }) => {
      // The window drew it, but main writes only what it has checked is an image.
      const type = await fileTypeFromBuffer(bytes);
      if (type?.mime !== 'image/png') return invalidField('bytes', 'must be a PNG image', 'Save the chart again from its Save image button. Nothing was saved.');
      const saved = await saveAs(
        { dialogs: deps.dialogs, log: deps.log },
        {
          title: 'Save chart image',
          defaultName: `switchboard-${chart.replace(/\s+/g, '-').toLowerCase()}-${now().toISOString().slice(0, 10)}.png`,
          filters: [{ name: 'PNG image', extensions: ['png'] }],
          what: 'chart image',
          event: 'reports.saveChart',
          contents: Buffer.from(bytes),
        },
        {},
      );
      return saved.ok ? ok(saved.value.saved ? { saved: true as const, path: saved.value.path } : { saved: false as const }) : saved;
    },
  };
}
