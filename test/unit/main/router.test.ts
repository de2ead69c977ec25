import { afterEach, describe, expect, it, vi } from 'vitest';
import { METHODS } from '../../../contract/methods';
import { schemas } from '../../../contract/schemas';
import type { Services } from '../../../main/router';
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
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: 'invalid-input', field: 'url', message: 'url: must be a full https:// address' }),
    });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('rejects input of the wrong shape entirely', async () => {
    const { router, openExternal } = await setup();
    const result = await router.dispatch('app.openExternal', 'https://example.com');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('invalid-input');
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
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ kind: 'internal' }) });
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
    const everything = JSON.stringify(result) + lines.join('\n');
    expect(everything).not.toContain(secret);
    expect(everything).not.toContain('at ');
    expect(lines.some((line) => line.includes('"method":"app.info"'))).toBe(true);
  });
});
