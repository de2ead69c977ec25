import { afterEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../support/app';

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('app.microphone', () => {
  it('opens and closes the window’s grant as the studio records and stops', async () => {
    const told: boolean[] = [];
    app = await openTestApp({ app: { microphone: (recording) => void told.push(recording) } });
    expect(await app.router.dispatch('app.microphone', { recording: true })).toEqual({ ok: true, value: undefined });
    expect(await app.router.dispatch('app.microphone', { recording: false })).toEqual({ ok: true, value: undefined });
    expect(told).toEqual([true, false]);
  });

  it('opens nothing on input that is not a yes or no', async () => {
    const told: boolean[] = [];
    app = await openTestApp({ app: { microphone: (recording) => void told.push(recording) } });
    expect(await app.router.dispatch('app.microphone', { recording: 'yes' })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'recording' } });
    expect(told).toEqual([]);
  });

  it('just answers where there is no window to grant it (the CLI, the preview’s browser asks by itself)', async () => {
    app = await openTestApp();
    expect(await app.router.dispatch('app.microphone', { recording: true })).toEqual({ ok: true, value: undefined });
  });
});
