import { z } from 'zod';
import { appError } from './app-error';

/**
 * Reports: the account's phone calls (`/voice/recordSipQuery`, wider API §4.6) and its numbers'
 * calls (`/number/record/queryPage`, §5.3) over the operator's days, counted in main. ITNIO keeps
 * two months and answers at most 31 days per query, so main splits a longer period into windows
 * and keeps what it read per profile and per day, reading again only what is missing or recent.
 */

/** What happened to a phone call, in the four buckets the charts split by. */
export const REPORT_OUTCOMES = ['answered', 'noAnswer', 'busy', 'failed'] as const;
export type ReportOutcome = (typeof REPORT_OUTCOMES)[number];

/** The period the picker offers; `custom` takes the two days given. */
export const REPORT_PERIODS = ['today', '7d', '30d', 'custom'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

/** How the CLI's report groups its rows. */
export const REPORT_GROUPINGS = ['day', 'phone', 'group'] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

const day = z.iso.date({ error: 'must be a date such as 2026-11-30' });
/** The vendor's group and phone names are matched exactly; the filter takes one as the lists show it. */
const name = (what: string) => z.string().trim().min(1, 'must not be empty').max(64, `must be a ${what} name of at most 64 characters`);

export const reportInput = z
  .object({
    /** First day, in the operator's time zone (`utcOffsetMinutes`); main refuses a day ITNIO no longer keeps. */
    since: day,
    /** Last day, included. */
    until: day,
    /** Minutes east of UTC of the operator's days; the computer's offset when omitted. */
    utcOffsetMinutes: z.number().int().min(-14 * 60).max(14 * 60).optional(),
    /** Only this phone group's calls (exact, as ITNIO names it). */
    group: name('phone group').optional(),
    /** Only this phone's calls (its name, exact). */
    phone: name('phone').optional(),
    /** Only this number's calls in the number figures (digits). */
    number: z.string().regex(/^\d{4,20}$/, 'must be the digits of one of the account numbers').optional(),
    /** Read every day again from ITNIO, kept ones included. */
    refresh: z.boolean().optional(),
  })
  .superRefine((value, context) => {
    const days = day.safeParse(value.since).success && day.safeParse(value.until).success;
    if (days && value.until < value.since) context.addIssue({ code: 'custom', path: ['until'], message: 'must not be before since' });
  });
export type ReportInput = z.input<typeof reportInput>;

/** Counts of phone calls by outcome, with their talk time and spend. */
const callFigures = {
  calls: z.number().int(),
  answered: z.number().int(),
  noAnswer: z.number().int(),
  busy: z.number().int(),
  failed: z.number().int(),
  /** answered / calls, 0–1; null with no calls. */
  answerRate: z.number().nullable(),
  /** Seconds talked on answered calls. */
  talkSeconds: z.number().int(),
  /** talkSeconds / answered; null with none answered. */
  averageTalkSeconds: z.number().nullable(),
  /** Sum of the records' cost, in the quote currency, rounded to 4 decimals. */
  spend: z.number(),
};
export const callTotals = z.object(callFigures);
export type CallTotals = z.infer<typeof callTotals>;

/** One of the operator's days; every day of the period has a row, a day without calls too. */
export const reportDay = z.object({ day: z.string(), ...callFigures, cumulativeSpend: z.number() });
export type ReportDay = z.infer<typeof reportDay>;

export const reportGroup = z.object({ group: z.string(), ...callFigures });
export type ReportGroup = z.infer<typeof reportGroup>;

export const reportPhone = z.object({ phone: z.string(), group: z.string(), ...callFigures });
export type ReportPhone = z.infer<typeof reportPhone>;

/** Calls on one of the account's numbers; `missed` are incoming calls nobody answered. */
export const reportNumber = z.object({
  number: z.string(),
  incoming: z.number().int(),
  answered: z.number().int(),
  missed: z.number().int(),
  outgoing: z.number().int(),
  spend: z.number(),
});
export type ReportNumber = z.infer<typeof reportNumber>;

export const callReport = z.object({
  profileId: z.string(),
  /** When the oldest of the days used was read from ITNIO: the report's age. */
  fetchedAt: z.string(),
  since: z.string(),
  until: z.string(),
  utcOffsetMinutes: z.number().int(),
  /** The filters applied, as given. */
  group: z.string().optional(),
  phone: z.string().optional(),
  number: z.string().optional(),
  /** Phone calls over the whole period (filters applied). */
  totals: callTotals,
  /** Oldest day first. */
  byDay: z.array(reportDay),
  /** Most calls first. */
  byGroup: z.array(reportGroup),
  byPhone: z.array(reportPhone),
  byNumber: z.array(reportNumber),
  /** What the filters can offer: every group, phone and number seen in the period, filters not applied. */
  choices: z.object({
    groups: z.array(z.string()),
    phones: z.array(z.object({ phone: z.string(), group: z.string() })),
    numbers: z.array(z.string()),
  }),
  /** Days read from ITNIO for this answer, and days answered from what was kept. */
  daysRead: z.number().int(),
  daysKept: z.number().int(),
  /** The outage that kept ITNIO from being read, when every day shown is one kept before. */
  stale: appError.optional(),
});
export type CallReport = z.infer<typeof callReport>;

/** A table of the report, saved as CSV; the same rows the CLI prints for `--by`. */
export const REPORT_TABLES = ['day', 'group', 'phone', 'number'] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

export const reportExportInput = z.object({
  report: reportInput,
  table: z.enum(REPORT_TABLES, 'must be day, group, phone or number'),
});
export type ReportExportInput = z.input<typeof reportExportInput>;

/** The largest chart image main saves: a chart at 4× scale is a few hundred KB. */
export const CHART_IMAGE_MAX_BYTES = 8 * 1024 * 1024;

/** A chart drawn by the window as PNG; main checks it is one before asking where to save it. */
export const chartImageInput = z.object({
  /** Used for the suggested file name: letters, digits, spaces, - and _. */
  chart: z
    .string()
    .trim()
    .min(1, 'must name the chart')
    .max(64, 'must be at most 64 characters')
    .regex(/^[\w -]+$/, 'must be letters, digits, spaces, - or _'),
  bytes: z.instanceof(Uint8Array, { error: "must be the image's bytes" }).refine((bytes) => bytes.length <= CHART_IMAGE_MAX_BYTES, `must be at most ${CHART_IMAGE_MAX_BYTES / 1024 / 1024} MB`),
});
export type ChartImageInput = z.input<typeof chartImageInput>;

export const savedReportFile = z.discriminatedUnion('saved', [z.object({ saved: z.literal(false) }), z.object({ saved: z.literal(true), path: z.string() })]);
export type SavedReportFile = z.infer<typeof savedReportFile>;
