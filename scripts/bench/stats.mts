/** Small helpers shared by the benchmark sections: timing, percentiles, one printed line each. */
export const now = (): number => performance.now();

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/**
 * Times a subject and its baseline interleaved, round after round, so the machine's load falls on
 * both alike; the warm-up rounds are not kept. Answers each one's p50 in ms.
 */
export async function pairedP50(subject: () => unknown, baseline: () => unknown, rounds: number, warmup: number): Promise<{ subject: number; baseline: number }> {
  for (let i = 0; i < warmup; i++) {
    await subject();
    await baseline();
  }
  const subjectTimes: number[] = [];
  const baselineTimes: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let start = now();
    await subject();
    subjectTimes.push(now() - start);
    start = now();
    await baseline();
    baselineTimes.push(now() - start);
  }
  return { subject: percentile(subjectTimes, 50), baseline: percentile(baselineTimes, 50) };
}

export interface Figure {
  name: string;
  subject: string;
  baseline: string;
  subjectValue: number;
  baselineValue: number;
  unit: string;
}

export function printFigure(figure: Figure): void {
  const ratio = figure.subjectValue / figure.baselineValue;
  const value = (n: number) => `${n.toFixed(n < 10 ? 3 : 1)} ${figure.unit}`;
  process.stdout.write(
    `${figure.name}\n  ${figure.subject}: ${value(figure.subjectValue)}\n  ${figure.baseline}: ${value(figure.baselineValue)}\n  ratio: ${ratio.toFixed(2)}×\n`,
  );
}

/** A section that says more than one figure: its own lines first, then its figures. */
export interface Report {
  lines: string[];
  figures: Figure[];
  /** Everything measured, for a JSON record. */
  details: Record<string, unknown>;
}

export function printReport(report: Report): void {
  process.stdout.write(`${report.lines.join('\n')}\n`);
  for (const figure of report.figures) printFigure(figure);
}
