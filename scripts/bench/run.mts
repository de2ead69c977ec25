/**
 * `npm run bench`: every benchmark, each figure a ratio against a baseline measured in the same
 * run (never an absolute number compared with another machine). Record the output in README.md.
 */
import { clientOverhead } from './client-overhead.mts';
import { paging } from './paging.mts';
import { printFigure, type Figure } from './stats.mts';

const sections: (() => Promise<Figure>)[] = [clientOverhead, paging];
for (const section of sections) printFigure(await section());
