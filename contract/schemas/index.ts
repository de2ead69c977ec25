import type { z } from 'zod';
import type { MethodName } from '../methods';
import { appInfoInput, appInfoOutput, openExternalInput, openExternalOutput } from './app';

export interface MethodSchema {
  input: z.ZodType;
  output: z.ZodType;
}

/** The zod side of the contract: main parses every input with these, the renderer's forms reuse them. */
export const schemas = {
  'app.info': { input: appInfoInput, output: appInfoOutput },
  'app.openExternal': { input: openExternalInput, output: openExternalOutput },
} as const satisfies Record<MethodName, MethodSchema>;
