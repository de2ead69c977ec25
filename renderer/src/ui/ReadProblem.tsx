import { Alert } from '@mantine/core';
import type { AppError } from '../../../contract/result';
import { ageOf, clockTime } from './format';

/** A read that could not reach ITNIO or got no result from it: the shell's connection banner says the rest. */
const isOutage = (error: AppError) => error.kind === 'network' || error.kind === 'timeout' || error.kind === 'server';

/**
 * Why a list is not fresh, next to it. When ITNIO could not be read and a list is kept (`readAt`),
 * a quiet note that this is what was read then, and how long ago (the shell's banner alone gives
 * the failure, once for every screen); otherwise (nothing kept, or ITNIO
 * refused) the failure with its hint, as an alert. Nothing when there is no problem.
 */
export function ReadProblem({ problem, readAt, what, extra }: { problem: AppError | undefined; readAt: string | undefined; what: string; extra?: string }) {
  if (!problem) return null;
  if (readAt && isOutage(problem)) {
    return (
      <Alert color="yellow" variant="light" role="status" title={`Showing the ${what} read at ${clockTime(readAt)} (${ageOf(readAt)})`} data-testid="kept-list">
        ITNIO could not be read again (the banner above says why). They are read again by themselves once ITNIO answers.
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" title={problem.message} role="alert">
      {`${problem.hint ?? 'Try Refresh.'}${extra ? ` ${extra}` : ''}`}
    </Alert>
  );
}
