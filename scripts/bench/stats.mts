/** Small helpers shared by the benchmark sections: timing, percentiles, one printed line each. */
export const now = (): number => performance.now();

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
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
