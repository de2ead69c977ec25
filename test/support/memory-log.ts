import { createLogger, type Logger } from '../../main/platform/log';

/** A real logger whose lines are kept for assertions instead of written to stderr (and handed to `also`, when given). */
export function memoryLogger(also?: (line: string) => void): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  return {
    log: createLogger((line) => {
      lines.push(line);
      also?.(line);
    }),
    lines,
  };
}
