/**
 * Property tests over every contract method through the real router and services, against a
 * sandbox: whatever arrives over IPC, the answer is a Result (never a throw, never an internal
 * error), and input that breaks a rule of the method's schema sends nothing to ITNIO.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { METHODS, type MethodName } from '../../../contract/methods';
import { ERROR_KINDS } from '../../../contract/result';
import { schemas } from '../../../contract/schemas';
import type { Sandbox } from '../../../main/sandbox';
import { environmentOf, startAccount } from '../../support/account';
import { openTestApp, type TestApp } from '../../support/app';

// At least 10 000 generated cases per CI run, spread over however many methods the contract has.
const RUNS_PER_METHOD = Math.ceil(10_000 / METHODS.length);
const KEY = 'fuzzKey01';
const SECRET = 'fuzz-secret-0e7d';

let sandbox: Sandbox;
let app: TestApp;

beforeAll(async () => {
  sandbox = await startAccount({ apiKey: KEY, apiSecret: SECRET });
  // Environment credentials: every feature method talks to this sandbox, whose requests are counted.
  app = await openTestApp({ environment: environmentOf(sandbox) });
});
afterAll(async () => {
  await app?.close();
  await sandbox?.close();
});

/** Every property name a method's input schema knows, so generated objects hit real fields. */
function fieldNames(schema: z.ZodType): string[] {
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const properties = (node as { properties?: Record<string, unknown> }).properties;
    if (properties) for (const name of Object.keys(properties)) names.add(name);
    for (const child of Object.values(node)) walk(child);
  };
  try {
    walk(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }));
  } catch {
    // A schema JSON Schema cannot express still gets fully random input below.
  }
  return [...names];
}

/** Values that sit on and around the vendor's rules: digit strings of every length, IPs, long text. */
const edgy = fc.oneof(
  fc.string(),
  fc.stringMatching(/^\d{0,17}$/),
  fc.integer({ min: -2, max: 1_001 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('', ' ', '1', '0', 'on', 'off', '127.0.0.1', '::1', '10.0.0.1:5060', '1.2.3.999', 'https://api.itniotech.com', 'http://evil.example'),
  fc.string({ minLength: 1_000, maxLength: 1_100 }),
);

function inputFor(method: MethodName): fc.Arbitrary<unknown> {
  const names = fieldNames(schemas[method].input);
  const shaped =
    names.length > 0
      ? fc.dictionary(fc.constantFrom(...names), fc.oneof(edgy, fc.array(fc.dictionary(fc.constantFrom(...names), edgy), { maxLength: 3 })), { maxKeys: names.length })
      : fc.constant({});
  return fc.oneof(fc.constant(undefined), fc.anything(), shaped, shaped);
}

describe('every contract method through the router, fuzzed', () => {
  it.each([...METHODS])('%s answers a Result for any input and sends nothing for invalid input', async (method) => {
    await fc.assert(
      fc.asyncProperty(inputFor(method), async (input) => {
        const before = sandbox.requests.length;
        const answer = await app.router.dispatch(method, input);
        expect(typeof answer.ok).toBe('boolean');
        if (answer.ok) return;
        expect(ERROR_KINDS).toContain(answer.error.kind);
        expect(answer.error.kind, answer.error.message).not.toBe('internal');
        expect(answer.error.message.length).toBeGreaterThan(0);
        if (!schemas[method].input.safeParse(input).success) {
          expect(answer.error.kind).toBe('invalid-input');
          expect(sandbox.requests.length).toBe(before);
        }
      }),
      { numRuns: RUNS_PER_METHOD },
    );
  });
});
