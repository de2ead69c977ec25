/**
 * `npm run bench:phones`: the Phones list with 5 000 extra phones scrolled in Chromium against an
 * empty box scrolled the same way (see phone-scroll.mts), with a JSON record in
 * test-results/bench. A benchmark, not a test: it prints figures and ratios. `--throttle N` slows
 * the CPU N times (Chromium's emulation) for both.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT } from '../../test/e2e/paths';
import { phoneListScroll } from './phone-scroll.mts';
import { printReport } from './stats.mts';

const throttleArg = process.argv.indexOf('--throttle');
const THROTTLE = throttleArg > 0 ? Number(process.argv[throttleArg + 1]) : 1;
if (!Number.isFinite(THROTTLE) || THROTTLE < 1) throw new Error('--throttle: must be a number ≥ 1 (1 = no slowdown)');

const scroll = await phoneListScroll({ extraPhones: 5_000, throttle: THROTTLE });
printReport(scroll);

const out = join(REPO_ROOT, 'test-results', 'bench');
await mkdir(out, { recursive: true });
await writeFile(join(out, 'phone-list-scroll.json'), `${JSON.stringify(scroll.details, null, 2)}\n`);
