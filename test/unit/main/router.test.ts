import { afterEach, describe, expect, it, vi } from 'vitest';
import { METHODS } from '../../../contract/methods';
import { schemas } from '../../../contract/schemas';
import type { Services } from '../../../main/router';
import { inEnglish } from '../../../main/platform/messages';
import { openTestApp, type TestApp } from '../../support/app';

const opened: TestApp[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((app) => app.close()));
});

/** The app's real services, with single methods swapped out where a test needs a misbehaving one. */
async function setup(overrides: Partial<Services> = {}) {
  const openExternal = vi.fn(async () => undefined);
  const app = await openTestApp({ app: { version: '1.2.3', openExternal }, services: overrides });
  opened.push(app);
  return { router: app.router, openExternal, lines: app.logLines };
}

describe('router', () => {
  it('has a schema for every contract method and no more', () => {
    expect(Object.keys(schemas).sort()).toEqual([...METHODS].sort());
  });

  it('dispatches a valid call to its service and returns its Result', async () => {
    const { router } = await setup();
    await expect(router.dispatch('app.info', undefined)).resolves.toEqual({
      ok: true,
      value: { name: 'Switchboard', version: '1.2.3', platform: 'linux' },
    });
  });

  it('rejects invalid input with the field and rule, without calling the service', async () => {
    const { router, openExternal } = await setup();
    const result = await router.dispatch('app.openExternal', { url: 'http://example.com/docs' });
    const rule = { key: 'rules.rule.fullHttpsAddress' };
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'invalid-input',
        field: 'url',
        rule: 'must be a full https:// address',
        message: 'url: must be a full https:// address',
        hint: 'Correct the highlighted field and try again. Nothing was sent.',
        say: { message: { key: 'rules.onField', values: { field: 'url', rule } }, rule, hint: { key: 'rules.hints.correctField' } },
      },
    });
    if (!result.ok) expect(inEnglish(result.error.say!.message)).toBe(result.error.message);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('rejects input of the wrong shape entirely', async () => {
    const { router, openExternal } = await setup();
    const result = await router.dispatch('app.openExternal', 'https://example.com');
    const rule = 'Invalid input: expected object, received string';
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'invalid-input',
        message: `Input: ${rule}`,
        hint: 'Correct the highlighted field and try again. Nothing was sent.',
        say: { message: { key: 'rules.onInput', values: { rule } }, hint: { key: 'rules.hints.correctField' } },
      },
    });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('passes parsed input to the service', async () => {
    const { router, openExternal } = await setup();
    await expect(router.dispatch('app.openExternal', { url: 'https://itniotech.com/api' })).resolves.toEqual({ ok: true, value: undefined });
    expect(openExternal).toHaveBeenCalledWith('https://itniotech.com/api');
  });

  it('answers invalid-input for a wrongly typed field next to one a refinement reads (found by the fuzzer)', async () => {
    const { router } = await setup();
    const result = await router.dispatch('calls.place', { callee: '0', defaultCountry: [{}], account: '80010001' });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ kind: 'invalid-input', field: 'defaultCountry' }) });
  });

  it('refuses unknown methods without throwing', async () => {
    const { router } = await setup();
    const result = await router.dispatch('secrets.dump', {});
    expect(result).toEqual({
      ok: false,
      error: { kind: 'internal', message: 'Unknown request "secrets.dump".', say: { message: { key: 'rules.router.unknownMethod', values: { method: 'secrets.dump' } } } },
    });
  });

  it('turns a throwing service into an internal error that leaks neither message nor stack', async () => {
    const secret = 'sk-very-secret-7bz1lzh9';
    const { router, lines } = await setup({
      'app.info': async () => {
        throw new Error(`exploded while signing with ${secret}`);
      },
    });
    const result = await router.dispatch('app.info', undefined);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('internal');
    expect(result.error.message).toMatch(/unexpected problem \(ref [0-9a-f]{6}\)/);
    const ref = /ref ([0-9a-f]{6})/.exec(result.error.message)![1]!;
    expect(result.error.say).toEqual({ message: { key: 'rules.router.unexpected', values: { ref } }, hint: { key: 'rules.router.unexpectedHint' } });
    expect(result.error.hint).toBe('Try again; if it keeps happening, restart Switchboard and report the reference.');
    const everything = JSON.stringify(result) + lines.join('\n');
    expect(everything).not.toContain(secret);
    expect(everything).not.toContain('at ');
    expect(lines.some((line) => line.includes('"method":"app.info"'))).toBe(true);
  });
});
