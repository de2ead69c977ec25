import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../contract/result';
import { ageOf, clockTime } from './format';
import { errorWords } from '../i18n/said';

/** A read that could not reach ITNIO or got no result from it: the shell's connection banner says the rest. */
const isOutage = (error: AppError) => error.kind === 'network' || error.kind === 'timeout' || error.kind === 'server';

/**
 * Why a list is not fresh, next to it. When ITNIO could not be read and a list is kept (`readAt`),
 * a quiet note that this is what was read then, and how long ago (the shell's banner alone gives
 * the failure, once for every screen); otherwise (nothing kept, or ITNIO
 * refused) the failure with its hint, as an alert. Nothing when there is no problem.
 */
export function ReadProblem({ problem, readAt, what, extra }: { problem: AppError | undefined; readAt: string | undefined; what: string; extra?: string }) {
  const { t } = useTranslation('shell');
  if (!problem) return null;
  if (readAt && isOutage(problem)) {
    return (
      <Alert color="yellow" variant="light" role="status" title={t('readProblem.kept', { what, time: clockTime(readAt), age: ageOf(readAt) })} data-testid="kept-list">
        {t('readProblem.keptAbout')}
      </Alert>
    );
  }
  const words = errorWords(problem);
  return (
    <Alert color="red" variant="light" title={words.message} role="alert">
      {`${words.hint ?? t('readProblem.tryRefresh')}${extra ? ` ${extra}` : ''}`}
    </Alert>
  );
}
