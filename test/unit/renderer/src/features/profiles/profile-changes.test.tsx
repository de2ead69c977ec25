import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../../../renderer/src/app/App';
import { FIRST_RUN_PROFILES, installBridge, sendEvent, shellAnswers } from '../../../fake-bridge';

const WORK = { id: 'work', name: 'Work', baseUrl: 'https://api.itniotech.com', appId: 'app-2', apiKeyMasked: 'bDq…q9', sandbox: false };

describe('a profile switched outside the window (the tray)', () => {
  it('is read again when main says so, and the header shows the profile now in use', async () => {
    let activeId = 'sandbox';
    const calls = installBridge({ ...shellAnswers(), 'profiles.list': () => ({ ok: true, value: { activeId, profiles: [...FIRST_RUN_PROFILES.profiles, WORK] } }) });
    render(<App />);
    await screen.findByRole('status', { name: /sandbox/i });
    const reads = () => calls.filter((call) => call.method === 'profiles.list').length;
    const before = reads();

    activeId = 'work';
    act(() => sendEvent('profiles.changed', { activeId: 'work' }));
    await waitFor(() => expect(reads()).toBe(before + 1));
    await waitFor(() => expect(screen.queryByRole('status', { name: /sandbox/i })).toBeNull());
  });
});
