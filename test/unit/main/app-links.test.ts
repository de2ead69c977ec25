import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LinkHandlers } from '../../../main/app-services';
import { inEnglish } from '../../../main/platform/messages';
import { openTestApp, type TestApp } from '../../support/app';

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The system's side: which schemes open Switchboard, and the ones it refuses to hand over. */
function system(refuses: string[] = []) {
  const handled = new Set<string>();
  const links: LinkHandlers = {
    isHandler: (scheme) => handled.has(scheme),
    become: (scheme) => !refuses.includes(scheme) && Boolean(handled.add(scheme)),
    giveUp: (scheme) => handled.delete(scheme) || true,
  };
  return { links, handled };
}

describe('app.linkHandler and app.setLinkHandler', () => {
  it('says where links cannot be opened at all (the CLI, the preview), and refuses to change it there', async () => {
    app = await openTestApp();
    expect(await app.router.dispatch('app.linkHandler', undefined)).toEqual({ ok: true, value: { available: false, schemes: [] } });
    expect(await app.router.dispatch('app.setLinkHandler', { handle: true })).toEqual({
      ok: false,
      error: {
        kind: 'invalid-input',
        message: 'Only the installed Switchboard app can open tel: and callto: links.',
        hint: 'Install Switchboard on this computer, then choose this in its Settings.',
        say: { message: { key: 'app.links.notInstalled.message' }, hint: { key: 'app.links.notInstalled.hint' } },
      },
    });
  });

  it('takes both schemes on request and hands both back', async () => {
    const { links, handled } = system();
    app = await openTestApp({ app: { links } });
    expect(await app.router.dispatch('app.setLinkHandler', { handle: true })).toEqual({ ok: true, value: { available: true, schemes: [{ scheme: 'tel', handled: true }, { scheme: 'callto', handled: true }] } });
    expect([...handled].sort()).toEqual(['callto', 'tel']);
    expect(await app.router.dispatch('app.setLinkHandler', { handle: false })).toMatchObject({ ok: true, value: { schemes: [{ handled: false }, { handled: false }] } });
    expect(handled.size).toBe(0);
  });

  it('names the scheme the system refused, keeping the other', async () => {
    const { links, handled } = system(['callto']);
    app = await openTestApp({ app: { links } });
    expect(await app.router.dispatch('app.setLinkHandler', { handle: true })).toEqual({
      ok: false,
      error: {
        kind: 'internal',
        message: 'The system did not let Switchboard open callto: links.',
        hint: "Choose the app for these links in the system's default apps settings.",
        say: { message: { key: 'app.links.notOpened', values: { schemes: 'callto:' } }, hint: { key: 'app.links.hint' } },
      },
    });
    expect([...handled]).toEqual(['tel']);
    expect(await app.router.dispatch('app.linkHandler', undefined)).toEqual({ ok: true, value: { available: true, schemes: [{ scheme: 'tel', handled: true }, { scheme: 'callto', handled: false }] } });
  });

  it('names both schemes when the system keeps both, in English and as keys', async () => {
    const links: LinkHandlers = { isHandler: () => true, become: () => true, giveUp: () => false };
    app = await openTestApp({ app: { links } });
    const refused = await app.router.dispatch('app.setLinkHandler', { handle: false });
    expect(refused).toMatchObject({ ok: false, error: { message: 'The system still opens tel: and callto: links with Switchboard.' } });
    if (refused.ok) return;
    expect(refused.error.say?.message).toEqual({ key: 'app.links.stillOpens', values: { schemes: { key: 'app.links.both', values: { first: 'tel:', second: 'callto:' } } } });
    expect(inEnglish(refused.error.say!.message)).toBe(refused.error.message);
  });

  it('refuses anything but a yes or no', async () => {
    app = await openTestApp({ app: { links: system().links } });
    expect(await app.router.dispatch('app.setLinkHandler', { handle: 'yes' })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'handle' } });
  });
});

describe('app.desktopSettings and app.setDesktopSettings', () => {
  it('ends with the window until the operator keeps Switchboard in the tray, kept in settings.json and told to the window at once', async () => {
    const told: unknown[] = [];
    app = await openTestApp({ app: { onDesktopSettings: (settings) => void told.push(settings) } });
    expect(await app.router.dispatch('app.desktopSettings', undefined)).toEqual({ ok: true, value: { keepInTray: false } });
    expect(await app.router.dispatch('app.setDesktopSettings', { keepInTray: true })).toEqual({ ok: true, value: { keepInTray: true } });
    expect(told).toEqual([{ keepInTray: true }]);
    expect(JSON.parse(readFileSync(join(app.home, 'settings.json'), 'utf8'))).toMatchObject({ keepInTray: true });
    expect(await app.router.dispatch('app.desktopSettings', undefined)).toEqual({ ok: true, value: { keepInTray: true } });
    expect(await app.router.dispatch('app.setDesktopSettings', { keepInTray: 'yes' })).toMatchObject({ ok: false, error: { field: 'keepInTray' } });
  });
});
