import { z } from 'zod';
import { ERROR_KINDS, type AppError } from '../result';

/** An `AppError` carried inside an answer (a check's first failure, the reason a list is the last one kept). */
export const appError = z.object({
  kind: z.enum(ERROR_KINDS),
  code: z.string().optional(),
  message: z.string(),
  hint: z.string().optional(),
  field: z.string().optional(),
  rule: z.string().optional(),
  reachedItnio: z.enum(['no', 'maybe']).optional(),
}) satisfies z.ZodType<AppError>;
