/**
 * `npm run bench`: every benchmark, each figure a ratio against a baseline measured in the same
 * run (never an absolute number compared with another machine). Record the output in README.md.
 * The renderer sections drive the built app in Chromium (the npm script builds it first).
 * `npm run bench -- startup` runs only the sections whose name contains one of the words given.
 */
import { clientOverhead } from './client-overhead.mts';
import { greetingDrop } from './greeting-drop.mts';
import { greetingEncodeMp3, greetingEncodeWav } from './greeting-encode.mts';
import { paging } from './paging.mts';
import { phoneListScroll } from './phone-scroll.mts';
import { reportAggregate } from './report-aggregate.mts';
import { reportCharts } from './report-charts.mts';
import { cliStartup } from './startup-cli.mts';
import { rendererStartup } from './startup-renderer.mts';
import { printFigure, printReport, type Figure, type Report } from './stats.mts';

type Section = () => Promise<Figure | Report>;

const sections: Record<string, Section> = {
  'client-overhead': clientOverhead,
  'greeting-encode-wav': greetingEncodeWav,
  'greeting-encode-mp3': greetingEncodeMp3,
  paging,
  'greeting-drop': greetingDrop,
  'report-aggregate': () => reportAggregate(40),
  'report-charts': () => reportCharts({ phoneCalls: 50_000, numberCalls: 10_000, baselineCalls: 1_000, aggregateRounds: 10, throttle: 1 }),
  'report-charts-4x-cpu': () => reportCharts({ phoneCalls: 50_000, numberCalls: 10_000, baselineCalls: 1_000, aggregateRounds: 10, throttle: 4 }),
  'phone-list-scroll': () => phoneListScroll({ extraPhones: 10_000, throttle: 1 }),
  'startup-renderer': () => rendererStartup({ runs: 7, rate: 4 }),
  'startup-cli': () => cliStartup(15),
};
const wanted = process.argv.slice(2);
// A word that is a benchmark's whole name picks that one alone ("report-charts", not its 4x-cpu twin).
const picks = (name: string, word: string) => name === word || (!(word in sections) && name.includes(word));
const chosen = Object.entries(sections).filter(([name]) => wanted.length === 0 || wanted.some((word) => picks(name, word)));
if (chosen.length === 0) throw new Error(`No benchmark is named after ${wanted.join(', ')}; there are: ${Object.keys(sections).join(', ')}.`);
for (const [, section] of chosen) {
  const result = await section();
  if ('lines' in result) printReport(result);
  else printFigure(result);
}
