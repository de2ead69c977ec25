import type { z } from 'zod';
import type { AppError } from '../../../contract/result';

/**
 * The error for an answer whose status says success but whose data is not what the vendor
 * documents for that request. It names the place and the rule, never the value: the value is
 * the server's text, and may be anything. The hint is only the advice: the caller says first what
 * the request may have done.
 */
export function unexpectedShape(endpointName: string, error: z.ZodError): AppError {
  const issue = deepestIssue(error.issues);
  const where = issue.path.map(String).join('.').slice(0, 100);
  const message = where
    ? `The server's answer to ${endpointName} is not in the shape ITNIO documents (${where}: ${issue.message.slice(0, 200)}).`
    : issue.code === 'custom'
      ? `The server's answer to ${endpointName} does not agree with itself: ${issue.message.slice(0, 200)}.`
      : `The server's answer to ${endpointName} is not in the shape ITNIO documents (${issue.message.slice(0, 200)}).`;
  return { kind: 'server', message, hint: "Check the profile's base URL; if it is right and this keeps happening, contact ITNIO support." };
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
