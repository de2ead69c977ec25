import { z } from 'zod';
import { ERROR_KINDS, type AppError } from '../result';
import type { MainKey } from '../messages/keys';
import type { Said } from '../said';

/** A message of main's catalog with its values, as an answer carries it beside the English it writes. */
export const said: z.ZodType<Said> = z.lazy(() => z.object({ key: z.custom<MainKey>((key) => typeof key === 'string' && key.length <= 200), values: z.record(z.string(), z.union([z.string(), z.number(), said])).optional() }));

/** An error's words as keys (`AppError['say']`), also for a failure told outside an `AppError` (an update's failed step). */
export const saidError = z.object({ message: said, hint: said.optional(), rule: said.optional() });

/** An `AppError` carried inside an answer (a check's first failure, the reason a list is the last one kept). */
export const appError = z.object({
  kind: z.enum(ERROR_KINDS),
  code: z.string().optional(),
  message: z.string(),
  hint: z.string().optional(),
  say: saidError.optional(),
  field: z.string().optional(),
  rule: z.string().optional(),
  reachedItnio: z.enum(['no', 'maybe']).optional(),
}) satisfies z.ZodType<AppError>;
