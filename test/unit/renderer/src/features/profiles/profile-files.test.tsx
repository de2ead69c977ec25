import { notifications } from '@mantine/notifications';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ProfileSummary } from '../../../../../../contract/schemas/profiles';
import { App } from '../../../../../../renderer/src/app/App';
import { useNavigation } from '../../../../../../renderer/src/app/navigation';
import { FIRST_RUN_PROFILES, installBridge, shellAnswers } from '../../../fake-bridge';

const OFFICE: ProfileSummary = { id: 'p1', name: 'Office', baseUrl: 'https://api.itniotech.com', appId: 'app-1', apiKeyMasked: 'bDq…q9', sandbox: false };
const FROM_FILE = { name: 'Head office', baseUrl: 'https://eu.api.itniotech.com', appId: 'app-4b2d91', defaultCallerId: '442079460958', registrar: { host: 'sip.example.com', port: 5061, transport: 'tls' as const } };

beforeEach(() => {
  useNavigation.setState({ screen: 'profiles' });
  notifications.clean();
});

function filesBridge(answers: Parameters<typeof installBridge>[0] = {}) {
  return installBridge({
    ...shellAnswers(),
    'profiles.list': () => ({ ok: true, value: { ...FIRST_RUN_PROFILES, profiles: [...FIRST_RUN_PROFILES.profiles, OFFICE] } }),
    'profiles.importFile': () => ({ ok: true, value: { chosen: true, fileName: 'head-office.json', profile: FROM_FILE } }),
    'profiles.save': (input) => ({ ok: true, value: { ...OFFICE, ...(input as object), id: 'p2', apiKeyMasked: 'key…12' } }),
    'profiles.test': () => ({ ok: true, value: { profileId: 'p2', latencyMs: 9, phones: 3, clockOffsetSeconds: 0 } }),
    ...answers,
  });
}

describe('profiles from and to files', () => {
  it('fills the Add dialog from an imported file, leaving the key and secret to be typed, and saves them together', async () => {
    const calls = filesBridge();
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Import profile…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add profile from head-office.json' });
    const field = (label: RegExp) => within(dialog).getByLabelText(label) as HTMLInputElement;
    expect(field(/Profile name/).value).toBe('Head office');
    expect(field(/API base URL/).value).toBe('https://eu.api.itniotech.com');
    expect(field(/App ID/).value).toBe('app-4b2d91');
    expect(field(/Registrar host/).value).toBe('sip.example.com');
    expect(field(/API key/).value).toBe('');
    expect(field(/API secret/).value).toBe('');

    await user.type(field(/API key/), 'keyFromAdmin12');
    await user.type(field(/API secret/), 'secret-from-admin');
    await user.click(within(dialog).getByRole('button', { name: 'Add profile' }));
    await waitFor(() => expect(calls.some((call) => call.method === 'profiles.save')).toBe(true));
    expect(calls.find((call) => call.method === 'profiles.save')!.input).toMatchObject({ ...FROM_FILE, apiKey: 'keyFromAdmin12', apiSecret: 'secret-from-admin' });
  });

  it('says why a file was refused, opening no dialog', async () => {
    filesBridge({
      'profiles.importFile': () => ({ ok: false, error: { kind: 'invalid-input', field: 'profile.apiSecret', message: 'team.json holds a credential (profile.apiSecret); a profile file never carries one, so nothing was imported.', hint: 'Delete that line from the file, and give the API key and secret when you import it.' } }),
    });
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Import profile…' }));
    expect(await screen.findByText('team.json holds a credential (profile.apiSecret); a profile file never carries one, so nothing was imported.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('exports a saved profile through main and says where it went, without its credentials', async () => {
    const calls = filesBridge({ 'profiles.exportFile': () => ({ ok: true, value: { saved: true, path: '/home/op/Office.json' } }) });
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Export Office' }));
    expect(await screen.findByText('Office was saved to /home/op/Office.json, without its API key or secret.')).toBeTruthy();
    expect(calls.find((call) => call.method === 'profiles.exportFile')!.input).toEqual({ id: 'p1' });
    // The built-in Sandbox is on every computer: it has no Export.
    expect(screen.queryByRole('button', { name: 'Export Sandbox' })).toBeNull();
  });
});
