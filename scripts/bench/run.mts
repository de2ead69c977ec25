/**
 * `npm run bench`: every benchmark, each figure a ratio against a baseline measured in the same
 * run (never an absolute number compared with another machine). Record the output in README.md.
 * The renderer sections drive the built app in Chromium (the npm script builds it first).
 */
import { clientOverhead } from './client-overhead.mts';
import { greetingDrop } from './greeting-drop.mts';
import { greetingEncodeMp3, greetingEncodeWav } from './greeting-encode.mts';
import { paging } from './paging.mts';
import { phoneListScroll } from './phone-scroll.mts';
import { printFigure, printReport, type Figure, type Report } from './stats.mts';

type Section = () => Promise<Figure | Report>;

const sections: Section[] = [
  clientOverhead,
  greetingEncodeWav,
  greetingEncodeMp3,
  paging,
  greetingDrop,
  () => phoneListScroll({ extraPhones: 10_000, throttle: 1 }),
];
for (const section of sections) {
  const result = await section();
  if ('lines' in result) printReport(result);
  else printFigure(result);
}
