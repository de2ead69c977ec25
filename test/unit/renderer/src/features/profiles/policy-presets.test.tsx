import { notifications } from '@mantine/notifications';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ProfileSummary } from '../../../../../../contract/schemas/profiles';
import { App } from '../../../../../../renderer/src/app/App';
import { useNavigation } from '../../../../../../renderer/src/app/navigation';
import { i18n } from '../../../../../../renderer/src/i18n';
import { installBridge, NO_POLICY, NO_UPDATES, shellAnswers } from '../../../fake-bridge';

const PRESET = { name: 'Head office', baseUrl: 'https://api.itniotech.com', appId: 'HqApp01', defaultCallerId: '442079460958' };
const POLICY = { ...NO_POLICY, state: 'applied' as const, baseUrl: 'https://api.itniotech.com', hideSandbox: true, presets: [PRESET], updateFeed: 'https://updates.example.com/switchboard/' };
const SAVED: ProfileSummary = { id: 'p2', ...PRESET, apiKeyMasked: 'key…12', sandbox: false };

beforeEach(() => {
  notifications.clean();
});

function policyBridge(profiles: ProfileSummary[] = [], policy: unknown = POLICY) {
  return installBridge({
    ...shellAnswers(),
    'app.policy': () => ({ ok: true, value: policy }),
    'profiles.list': () => ({ ok: true, value: { activeId: 'sandbox', profiles } }),
    'profiles.save': (input) => ({ ok: true, value: { ...SAVED, ...(input as object) } }),
    'profiles.test': () => ({ ok: true, value: { profileId: 'p2', latencyMs: 9, phones: 3, clockOffsetSeconds: 0 } }),
    'app.linkHandler': () => ({ ok: true, value: { available: false, schemes: [] } }),
    'app.dialShortcut': () => ({ ok: true, value: { available: false, accelerator: null, registered: false } }),
    'app.desktopSettings': () => ({ ok: true, value: { keepInTray: false } }),
    'app.notifications': () => ({ ok: true, value: { available: false, kinds: { callOutcome: true, lowBalance: true, numberExpiring: true } } }),
    'app.updates': () => ({ ok: true, value: { ...NO_UPDATES, feed: (policy as { updateFeed: string | null }).updateFeed } }),
  });
}

describe('the Profiles screen under a policy', () => {
  it('offers the presets not set up yet, fills the dialog with the fields the policy fixes locked, and saves them with the typed key and secret', async () => {
    useNavigation.setState({ screen: 'profiles' });
    const calls = policyBridge();
    const user = userEvent.setup({ delay: null });
    render(<App />);
    const presets = await screen.findByTestId('policy-presets');
    expect(presets.textContent).toContain('Head office · https://api.itniotech.com · HqApp01');
    await user.click(within(presets).getByRole('button', { name: 'Set up Head office' }));
    const dialog = await screen.findByRole('dialog', { name: 'Set up Head office' });
    const field = (label: RegExp) => within(dialog).getByLabelText(label) as HTMLInputElement;
    for (const label of [/Profile name/, /API base URL/, /App ID/, /Default caller ID/]) expect(field(label).readOnly, String(label)).toBe(true);
    expect(field(/Default phone account/).readOnly).toBe(false);
    expect(field(/API base URL/).value).toBe('https://api.itniotech.com');
    await user.type(field(/API key/), 'keyFromAdmin12');
    await user.type(field(/API secret/), 'secret-from-admin');
    await user.click(within(dialog).getByRole('button', { name: 'Add profile' }));
    await waitFor(() => expect(calls.some((call) => call.method === 'profiles.save')).toBe(true));
    expect(calls.find((call) => call.method === 'profiles.save')!.input).toMatchObject({ ...PRESET, apiKey: 'keyFromAdmin12', apiSecret: 'secret-from-admin' });
  });

  it('no longer offers a preset once it is set up, and a new profile’s address is the policy’s, locked', async () => {
    useNavigation.setState({ screen: 'profiles' });
    policyBridge([SAVED]);
    const user = userEvent.setup({ delay: null });
    render(<App />);
    await screen.findByTestId('profile-Head office');
    expect(screen.queryByTestId('policy-presets')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Add profile' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add profile' });
    const address = within(dialog).getByLabelText(/API base URL/) as HTMLInputElement;
    expect(address.value).toBe('https://api.itniotech.com');
    expect(address.readOnly).toBe(true);
    expect(within(dialog).getByText("Fixed by your organisation's policy")).toBeTruthy();
  });
});

describe('Settings under a policy', () => {
  it('says what the policy fixes, and where it comes from', async () => {
    useNavigation.setState({ screen: 'settings' });
    policyBridge([SAVED]);
    render(<App />);
    const card = await screen.findByTestId('policy-card');
    expect(within(card).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Every profile uses the API address https://api.itniotech.com.',
      'The built-in Sandbox is hidden.',
      'Profiles set up for you: Head office (their settings are fixed; the API key and secret are yours).',
      'The update feed is https://updates.example.com/switchboard/.',
    ]);
    expect(card.textContent).toContain('/etc/switchboard/policy.json');
  });

  it('says a broken policy was not applied, and why', async () => {
    useNavigation.setState({ screen: 'settings' });
    policyBridge([], { ...NO_POLICY, state: 'invalid', problem: 'hideSandbox: Invalid input: expected boolean, received string' });
    render(<App />);
    expect(await screen.findByText('The policy file was not applied')).toBeTruthy();
    expect(screen.getByText(/hideSandbox: Invalid input: expected boolean, received string/).textContent).toContain('applies none of it until it is corrected');
  });

  it("says why a policy was not applied in the window's language, where main gave keys", async () => {
    useNavigation.setState({ screen: 'settings' });
    policyBridge([], { ...NO_POLICY, state: 'invalid', problem: 'the file is not JSON', problemSay: { key: 'policy.problem.notJson' } });
    render(<App />);
    expect(await screen.findByText(/^the file is not JSON\. Switchboard applies none of it/)).toBeTruthy();
    await act(() => i18n.changeLanguage('zh-CN'));
    expect(await screen.findByText('文件不是 JSON 格式。在更正之前，Switchboard 不会应用其中任何设置；请告知管理员。')).toBeTruthy();
  });

  it('shows nothing of a policy where there is none', async () => {
    useNavigation.setState({ screen: 'settings' });
    policyBridge([], NO_POLICY);
    render(<App />);
    await screen.findByRole('heading', { level: 2, name: 'Notifications' });
    expect(screen.queryByTestId('policy-card')).toBeNull();
  });
});

describe('the header under a policy that hides the Sandbox', () => {
  it('says no profile is in use until one is set up', async () => {
    useNavigation.setState({ screen: 'dialer' });
    policyBridge([]);
    render(<App />);
    expect((await screen.findByRole('status', { name: 'No profile' })).textContent).toBe('No profile is in use. Set one up on the Profiles screen to work.');
  });
});
