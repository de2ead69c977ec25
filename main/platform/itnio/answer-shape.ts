import type { z } from 'zod';
import type { Said } from '../../../contract/said';
import { advised, type Failure } from './envelope';

/**
 * The error for an answer whose status says success but whose data is not what the vendor
 * documents for that request. It names the place and the rule, never the value: the value is
 * the server's text, and may be anything. The hint is only the advice: the caller says first what
 * the request may have done.
 */
export function unexpectedShape(endpointName: string, error: z.ZodError): Failure['error'] {
  const issue = deepestIssue(error.issues);
  const where = issue.path.map(String).join('.').slice(0, 100);
  // The rule as the answer's schema words it: a developer's detail, quoted as it is.
  const values = { endpoint: endpointName, issue: issue.message.slice(0, 200) };
  const message: Said = where
    ? { key: 'itnio.answer.shapeAt', values: { ...values, where } }
    : { key: issue.code === 'custom' ? 'itnio.answer.disagrees' : 'itnio.answer.shape', values };
  return { kind: 'server', ...advised(message, { key: 'itnio.advice.baseUrlThenSupport' }) };
}

/** A union's own issue says only "invalid input": the branch that got furthest says why. */
function deepestIssue(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue {
  let best = issues[0]!;
  for (const issue of issues) {
    const candidate = issue.code === 'invalid_union' && issue.errors.length > 0 ? deepestIssue(issue.errors.flat().map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }))) : issue;
    if (candidate.path.length > best.path.length || best.code === 'invalid_union') best = candidate;
  }
  return best;
}
