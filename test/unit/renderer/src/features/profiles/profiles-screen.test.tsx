import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ProfileList } from '../../../../../../contract/schemas/profiles';
import { App } from '../../../../../../renderer/src/app/App';
import { useNavigation } from '../../../../../../renderer/src/app/navigation';
import { FIRST_RUN_PROFILES, installBridge, shellAnswers } from '../../../fake-bridge';

const OFFICE = { id: 'p1', name: 'Office', baseUrl: 'https://api.itniotech.com', appId: 'app-1', apiKeyMasked: 'bDq…q9', sandbox: false };

beforeEach(() => {
  useNavigation.setState({ screen: 'profiles' });
});

/** A bridge whose profile list changes the way main's would. */
function profilesBridge() {
  let list: ProfileList = structuredClone(FIRST_RUN_PROFILES);
  const calls = installBridge({
    ...shellAnswers(),
    'profiles.list': () => ({ ok: true, value: list }),
    'profiles.save': () => {
      list = { ...list, profiles: [...list.profiles, OFFICE] };
      return { ok: true, value: OFFICE };
    },
    'profiles.remove': (input) => {
      const { id } = input as { id: string };
      list = { activeId: list.activeId === id ? 'sandbox' : list.activeId, profiles: list.profiles.filter((p) => p.id !== id) };
      return { ok: true, value: list };
    },
    'profiles.use': (input) => {
      list = { ...list, activeId: (input as { id: string }).id };
      return { ok: true, value: list };
    },
    'profiles.test': (input) =>
      (input as { id: string }).id === 'sandbox'
        ? { ok: true, value: { profileId: 'sandbox', latencyMs: 12, phones: 8, clockOffsetSeconds: 0 } }
        : { ok: false, error: { kind: 'auth', code: '-1', message: 'ITNIO refused the API key or secret.', hint: 'Copy both again from the console.' } },
  });
  return { calls, methods: () => calls.map((call) => call.method) };
}

/** The fields the add-profile tests type; a base URL replaces the form's default one. */
interface NewProfile {
  name: string;
  baseUrl?: string;
  appId: string;
  apiKey?: string;
  apiSecret?: string;
}

/** Opens the add-profile form, types `profile` into it field by field and submits it; returns the form. */
async function addProfile(user: ReturnType<typeof userEvent.setup>, profile: NewProfile) {
  await user.click(await screen.findByRole('button', { name: 'Add profile' }));
  const form = await screen.findByRole('form', { name: 'Add profile' });
  const field = (label: RegExp) => within(form).getByLabelText(label);
  await user.type(field(/Profile name/), profile.name);
  if (profile.baseUrl !== undefined) {
    await user.clear(field(/API base URL/));
    await user.type(field(/API base URL/), profile.baseUrl);
  }
  await user.type(field(/App ID/), profile.appId);
  if (profile.apiKey !== undefined) await user.type(field(/API key/), profile.apiKey);
  if (profile.apiSecret !== undefined) await user.type(field(/API secret/), profile.apiSecret);
  await user.click(within(form).getByRole('button', { name: 'Add profile' }));
  return form;
}

/** What the operator types for the Office profile; OFFICE is what main answers once it is saved. */
const OFFICE_INPUT: NewProfile = { name: 'Office', appId: 'app-1', apiKey: 'bDqJFiq9', apiSecret: '7bz1lzh9' };

describe('Profiles screen', () => {
  it('names the field and the rule for a plain-http remote address and sends nothing', async () => {
    const { methods } = profilesBridge();
    const user = userEvent.setup();
    render(<App />);
    const form = await addProfile(user, { name: 'Office', baseUrl: 'http://api.itniotech.com', appId: 'app-1' });
    expect(await within(form).findByText(/must use https:\/\//)).toBeTruthy();
    expect(within(form).getAllByText('is required for a new profile')).toHaveLength(2);
    expect(methods()).not.toContain('profiles.save');
  });

  it('adds a profile with the typed values and lists it with the masked key only', async () => {
    const { calls } = profilesBridge();
    const user = userEvent.setup();
    render(<App />);
    await addProfile(user, OFFICE_INPUT);
    const row = await screen.findByTestId('profile-Office');
    expect(row.textContent).toContain('bDq…q9');
    expect(calls.find((call) => call.method === 'profiles.save')?.input).toMatchObject({
      name: 'Office',
      baseUrl: 'https://api.itniotech.com',
      appId: 'app-1',
      apiKey: 'bDqJFiq9',
      apiSecret: '7bz1lzh9',
    });
    expect(document.body.textContent).not.toContain('7bz1lzh9');
  });

  it('shows the connection test result under the profile', async () => {
    profilesBridge();
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Test connection of Sandbox' }));
    expect((await within(screen.getByTestId('profile-Sandbox')).findByRole('status')).textContent).toMatch(/Connected in 12 ms · 8 phones on this app/);
  });

  it('removes a profile only after confirmation, and switches the active one', async () => {
    const { methods } = profilesBridge();
    const user = userEvent.setup();
    render(<App />);
    await addProfile(user, OFFICE_INPUT);
    const row = await screen.findByTestId('profile-Office');

    await user.click(within(row).getByRole('button', { name: 'Use Office' }));
    expect((await screen.findByTestId('active-profile')).textContent).toContain('Office');

    await user.click(within(row).getByRole('button', { name: 'Remove Office' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove profile?' });
    // Removing cannot be undone: the safe choice has the focus.
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep it' })));
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(methods()).not.toContain('profiles.remove');
    await user.click(within(row).getByRole('button', { name: 'Remove Office' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Remove profile?' })).getByRole('button', { name: 'Remove Office' }));
    await screen.findByText('Profile removed');
    expect(screen.queryByTestId('profile-Office')).toBeNull();
    expect(methods()).toContain('profiles.remove');
  });
});
