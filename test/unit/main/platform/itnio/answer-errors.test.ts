import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readAnswerBody } from '../../../../../main/platform/itnio/answer-body';
import { unexpectedShape } from '../../../../../main/platform/itnio/answer-shape';
import { readEnvelope } from '../../../../../main/platform/itnio/envelope';
import { inEnglish } from '../../../../../main/platform/messages';

/** The English the CLI prints is the window's keys said in English. */
function saysItsEnglish(error: { message: string; hint?: string | undefined; say?: { message: Parameters<typeof inEnglish>[0]; hint?: Parameters<typeof inEnglish>[0] } | undefined }) {
  expect(inEnglish(error.say!.message)).toBe(error.message);
  expect(inEnglish(error.say!.hint!)).toBe(error.hint);
}

describe('an answer that cannot be read', () => {
  it('is refused when larger than the bound, in English and by key', async () => {
    const read = await readAnswerBody(Readable.from([Buffer.alloc(2 * 1024 * 1024)]), undefined);
    if (read.ok) throw new Error('expected a failure');
    expect(read.error.message).toBe("The server's answer is larger than 1 MiB, far more than any ITNIO answer, so it was not read.");
    expect(read.error.say).toEqual({ message: { key: 'itnio.answer.tooLarge', values: { size: 1 } }, hint: { key: 'itnio.answer.tooLargeHint' } });
    saysItsEnglish(read.error);
  });

  it.each([
    [502, 'text/html', '<html></html>', 'The server answered HTTP 502 with an error page instead of a result.'],
    [404, undefined, 'Not Found', 'The server answered HTTP 404 instead of a result.'],
    [200, 'text/html', '<html></html>', 'The server answered with a web page (HTTP 200) instead of an API result.'],
    [200, 'application/json', '{"status":', "The server's answer (HTTP 200) is not valid JSON; it may have been cut off."],
    [200, 'application/json', '{"data":1}', "The server's answer (HTTP 200) is not an ITNIO result: it has no status."],
    [200, 'application/json', '{"status":"ok"}', "The server's answer (HTTP 200) is not an ITNIO result: its status is not a status code."],
  ])('HTTP %i (%s): says why in the same English as before', (status, contentType, body, message) => {
    const read = readEnvelope(status, contentType, body);
    if (read.ok) throw new Error('expected a failure');
    expect(read.error.message).toBe(message);
    saysItsEnglish(read.error);
  });

  it('names the place and the rule of a misshapen answer, never its value', () => {
    const parsed = z.object({ total: z.number() }).safeParse({ total: 'lots' });
    if (parsed.success) throw new Error('expected a failure');
    const error = unexpectedShape('sipQuery', parsed.error);
    expect(error.say).toEqual({
      message: { key: 'itnio.answer.shapeAt', values: { endpoint: 'sipQuery', where: 'total', issue: parsed.error.issues[0]!.message } },
      hint: { key: 'itnio.advice.baseUrlThenSupport' },
    });
    saysItsEnglish(error);
  });

  it('says an answer that disagrees with itself as such', () => {
    const parsed = z.object({}).superRefine((_, context) => context.addIssue({ code: 'custom', message: 'it says 2 pages for 1 record' })).safeParse({});
    if (parsed.success) throw new Error('expected a failure');
    const error = unexpectedShape('sipQuery', parsed.error);
    expect(error.message).toBe("The server's answer to sipQuery does not agree with itself: it says 2 pages for 1 record.");
    saysItsEnglish(error);
  });
});
