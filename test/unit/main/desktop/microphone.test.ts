import { describe, expect, it } from 'vitest';
import { createMicrophoneGrant, MICROPHONE_GRANT_MS } from '../../../../main/desktop/microphone';
import { handTimers } from '../../../support/hand-timers';

describe('the microphone grant', () => {
  it('is closed until the studio records, and closed again when it stops', () => {
    const grant = createMicrophoneGrant(handTimers().timers);
    expect(grant.isOpen()).toBe(false);
    grant.set(true);
    expect(grant.isOpen()).toBe(true);
    grant.set(false);
    expect(grant.isOpen()).toBe(false);
  });

  it('closes by itself after ten minutes, whatever the page does meanwhile', async () => {
    const { timers, run } = handTimers();
    const grant = createMicrophoneGrant(timers);
    grant.set(true);
    await run(MICROPHONE_GRANT_MS - 1);
    expect(grant.isOpen()).toBe(true);
    await run(1);
    expect(grant.isOpen()).toBe(false);
  });

  it('counts the ten minutes from the latest recording, not an earlier one stopped meanwhile', async () => {
    const { timers, run } = handTimers();
    const grant = createMicrophoneGrant(timers);
    grant.set(true);
    await run(MICROPHONE_GRANT_MS / 2);
    grant.set(false);
    grant.set(true);
    await run(MICROPHONE_GRANT_MS / 2);
    expect(grant.isOpen()).toBe(true);
    await run(MICROPHONE_GRANT_MS / 2);
    expect(grant.isOpen()).toBe(false);
  });
});
