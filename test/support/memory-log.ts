import { createLogger, type Logger } from '../../main/platform/log';

/** A real logger whose lines are kept for assertions instead of written to stderr. */
export function memoryLogger(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  return { log: createLogger((line) => lines.push(line)), lines };
}
