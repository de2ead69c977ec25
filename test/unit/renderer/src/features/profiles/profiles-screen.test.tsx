import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppError } from '../../../../../../contract/result';
import type { ProfileList, ProfileSummary, SaveProfileInput } from '../../../../../../contract/schemas/profiles';
import { App } from '../../../../../../renderer/src/app/App';
import { useNavigation } from '../../../../../../renderer/src/app/navigation';
import { i18n } from '../../../../../../renderer/src/i18n';
import { FIRST_RUN_PROFILES, installBridge, shellAnswers } from '../../../fake-bridge';

const OFFICE = { id: 'p1', name: 'Office', baseUrl: 'https://api.itniotech.com', appId: 'app-1', apiKeyMasked: 'bDq…q9', sandbox: false };

beforeEach(() => {
  useNavigation.setState({ screen: 'profiles' });
  // Toasts live in one store for the whole file: a full queue from earlier cases would hide this case's.
  notifications.clean();
});

interface BridgeOptions {
  /** Whether the Office account answers a connection test (its saved or its typed credentials). */
  officeConnects?: boolean;
  /** What main answers a save, instead of saving (e.g. a keychain failure). */
  saveFails?: AppError;
  /** The profiles main has saved already, beside the sandbox. */
  saved?: ProfileSummary[];
}

const CONNECTED = { latencyMs: 12, phones: 8, clockOffsetSeconds: 0 };
const REFUSED: AppError = { kind: 'auth', code: '-1', message: 'ITNIO refused the API key or secret.', hint: 'Copy both again from the console.' };

/** A bridge whose profile list changes the way main's would. */
function profilesBridge({ officeConnects = false, saveFails, saved = [] }: BridgeOptions = {}) {
  let list: ProfileList = { ...structuredClone(FIRST_RUN_PROFILES), profiles: [...structuredClone(FIRST_RUN_PROFILES).profiles, ...saved] };
  const calls = installBridge({
    ...shellAnswers(),
    'profiles.list': () => ({ ok: true, value: list }),
    'profiles.save': (input) => {
      if (saveFails) return { ok: false, error: saveFails };
      const { apiKey: _key, apiSecret: _secret, id: _id, ...fields } = input as SaveProfileInput;
      const summary: ProfileSummary = { ...OFFICE, ...fields };
      list = { ...list, profiles: [...list.profiles.filter((p) => p.id !== OFFICE.id), summary] };
      return { ok: true, value: summary };
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
    'profiles.test': (input) => {
      const { id } = input as { id: string };
      return id === 'sandbox' || officeConnects ? { ok: true, value: { profileId: id, ...CONNECTED } } : { ok: false, error: REFUSED };
    },
    'profiles.testUnsaved': () => (officeConnects ? { ok: true, value: CONNECTED } : { ok: false, error: REFUSED }),
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

type User = ReturnType<typeof userEvent.setup>;

/** Opens the add-profile form and types `profile` into it field by field; returns the form. */
async function fillNewProfile(user: User, profile: NewProfile) {
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
  return form;
}

/** Opens the add-profile form, types `profile` into it field by field and submits it; returns the form. */
async function addProfile(user: User, profile: NewProfile) {
  const form = await fillNewProfile(user, profile);
  await user.click(within(form).getByRole('button', { name: 'Add profile' }));
  return form;
}

/** The dialog's SIP registrar fields. */
const registrarFields = (form: HTMLElement) => ({
  host: within(form).getByLabelText(/Registrar host/) as HTMLInputElement,
  port: within(form).getByLabelText(/Registrar port/) as HTMLInputElement,
  transport: within(form).getByLabelText(/Transport/) as HTMLSelectElement,
});

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

  it("says a connection test's clock warning in the window's language", async () => {
    const warning = "This computer's clock is about 2 minutes behind the server's clock. Set the correct time (turn on automatic date and time in the system settings) and try again.";
    installBridge({
      ...shellAnswers(),
      'profiles.list': () => ({ ok: true, value: FIRST_RUN_PROFILES }),
      'profiles.test': () => ({
        ok: true,
        value: { profileId: 'sandbox', ...CONNECTED, clockOffsetSeconds: 125, clockWarning: warning, clockWarningSay: { key: 'itnio.clock.behind', values: { span: { key: 'itnio.clock.minutes', values: { count: 2 } } } } },
      }),
    });
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Test connection of Sandbox' }));
    const status = await within(screen.getByTestId('profile-Sandbox')).findByRole('status');
    expect(status.textContent).toBe(`Connected in 12 ms · 8 phones on this app · ${warning}`);
    await act(() => i18n.changeLanguage('zh-CN'));
    expect(status.textContent).toBe('已连接，耗时 12 毫秒 · 此应用有 8 部话机 · 本机时钟比服务器时钟慢了约 2 分钟。请设置正确的时间（在系统设置中打开自动设置日期和时间），然后重试。');
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
  it('after saving, says the profile is ready only once a real connection test passed', async () => {
    const { calls, methods } = profilesBridge({ officeConnects: true });
    const user = userEvent.setup();
    render(<App />);
    await addProfile(user, OFFICE_INPUT);
    const row = await screen.findByTestId('profile-Office');
    expect(await screen.findByText(/Office is ready/)).toBeTruthy();
    expect(methods().slice(methods().indexOf('profiles.save'))).toContain('profiles.test');
    expect(calls.filter((call) => call.method === 'profiles.test').map((call) => call.input)).toEqual([{ id: 'p1' }]);
    expect((await within(row).findByRole('status')).textContent).toMatch(/Connected in 12 ms · 8 phones on this app/);
  });

  it('after saving credentials ITNIO refuses, shows that failure (once) instead of "ready"', async () => {
    profilesBridge({ officeConnects: false });
    const user = userEvent.setup();
    render(<App />);
    await addProfile(user, OFFICE_INPUT);
    const row = await screen.findByTestId('profile-Office');
    expect((await within(row).findByRole('status')).textContent).toMatch(/ITNIO refused the API key or secret/);
    expect(await screen.findByText('Office was saved, but it cannot connect')).toBeTruthy();
    expect(screen.queryByText(/is ready/)).toBeNull();
    expect(screen.getAllByText(/ITNIO refused the API key or secret/)).toHaveLength(1);
  });

  it('shows a failed connection test once, under its profile', async () => {
    profilesBridge({ saved: [OFFICE] });
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Test connection of Office' }));
    const row = screen.getByTestId('profile-Office');
    expect((await within(row).findByRole('status')).textContent).toMatch(/ITNIO refused the API key or secret\. Copy both again from the console\./);
    // A toast would say it a second time, away from the row.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getAllByText(/ITNIO refused the API key or secret/)).toHaveLength(1);
  });

  it('tests the typed credentials from the Add dialog without saving anything', async () => {
    const { calls, methods } = profilesBridge({ officeConnects: true });
    const user = userEvent.setup();
    render(<App />);
    const form = await fillNewProfile(user, { ...OFFICE_INPUT, apiSecret: undefined });
    await user.click(within(form).getByRole('button', { name: 'Test connection' }));
    // Without a secret there is nothing to test: the field says so and nothing is sent.
    expect(await within(form).findByText('is required for a new profile')).toBeTruthy();
    expect(methods()).not.toContain('profiles.testUnsaved');

    await user.type(within(form).getByLabelText(/API secret/), '7bz1lzh9');
    await user.click(within(form).getByRole('button', { name: 'Test connection' }));
    expect((await within(form).findByRole('status')).textContent).toMatch(/Connected in 12 ms · 8 phones on this app/);
    expect(calls.find((call) => call.method === 'profiles.testUnsaved')?.input).toEqual({
      baseUrl: 'https://api.itniotech.com',
      appId: 'app-1',
      apiKey: 'bDqJFiq9',
      apiSecret: '7bz1lzh9',
    });
    expect(methods()).not.toContain('profiles.save');
    expect(screen.queryByTestId('profile-Office')).toBeNull();
  });

  it("shows the Add dialog's failed test once, in the dialog", async () => {
    profilesBridge({ officeConnects: false });
    const user = userEvent.setup();
    render(<App />);
    const form = await fillNewProfile(user, OFFICE_INPUT);
    await user.click(within(form).getByRole('button', { name: 'Test connection' }));
    expect((await within(form).findByRole('status')).textContent).toMatch(/ITNIO refused the API key or secret\. Copy both again from the console\./);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getAllByText(/ITNIO refused the API key or secret/)).toHaveLength(1);
  });

  it('shows a keychain failure at the top of the dialog, with the focus on it', async () => {
    profilesBridge({ saveFails: { kind: 'keychain', message: 'The OS keychain is locked.', hint: 'Unlock it, then save again.' } });
    const user = userEvent.setup();
    render(<App />);
    const form = await addProfile(user, OFFICE_INPUT);
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('The OS keychain is locked.');
    expect(alert.textContent).toContain('Unlock it, then save again.');
    // Before the first field, where the operator looks first, and focused so it is scrolled into view and read out.
    expect(alert.compareDocumentPosition(within(form).getByLabelText(/Profile name/)) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await waitFor(() => expect(alert.contains(document.activeElement)).toBe(true));
  });

  it('records a SIP registrar: the port follows the transport, all three or none, sent with the profile', async () => {
    const { calls, methods } = profilesBridge({ officeConnects: true });
    const user = userEvent.setup();
    render(<App />);
    const form = await fillNewProfile(user, OFFICE_INPUT);
    const registrar = registrarFields(form);
    await user.type(registrar.host, 'sip.example.com');
    await user.click(within(form).getByRole('button', { name: 'Add profile' }));
    expect(await within(form).findAllByText('is required with the other registrar fields (or leave all three empty)')).toHaveLength(2);
    expect(methods()).not.toContain('profiles.save');

    await user.selectOptions(registrar.transport, 'UDP');
    expect(registrar.port.value).toBe('5060');
    await user.selectOptions(registrar.transport, 'TLS');
    expect(registrar.port.value).toBe('5061');
    await user.click(within(form).getByRole('button', { name: 'Add profile' }));
    const row = await screen.findByTestId('profile-Office');
    expect(calls.find((call) => call.method === 'profiles.save')?.input).toMatchObject({ registrar: { host: 'sip.example.com', port: 5061, transport: 'tls' } });
    expect(row.textContent).toContain('sip.example.com:5061 · TLS');
  });

  it('keeps a port the operator typed when the transport changes, and refuses a port out of range', async () => {
    const { methods } = profilesBridge();
    const user = userEvent.setup();
    render(<App />);
    const form = await fillNewProfile(user, OFFICE_INPUT);
    const registrar = registrarFields(form);
    await user.type(registrar.host, 'sip.example.com');
    await user.type(registrar.port, '70000');
    await user.selectOptions(registrar.transport, 'TCP');
    expect(registrar.port.value).toBe('70000');
    await user.click(within(form).getByRole('button', { name: 'Add profile' }));
    expect(await within(form).findByText('must be 1–65535')).toBeTruthy();
    expect(methods()).not.toContain('profiles.save');
  });

  it("shows a saved profile's registrar in its Edit dialog and removes it when all three are cleared", async () => {
    const { calls } = profilesBridge({ saved: [{ ...OFFICE, registrar: { host: 'sip.example.com', port: 5070, transport: 'tcp' } }] });
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Edit Office' }));
    const form = await screen.findByRole('form', { name: 'Edit profile Office' });
    const registrar = registrarFields(form);
    expect([registrar.host.value, registrar.port.value, registrar.transport.value]).toEqual(['sip.example.com', '5070', 'tcp']);
    await user.clear(registrar.host);
    await user.clear(registrar.port);
    await user.selectOptions(registrar.transport, 'None');
    await user.click(within(form).getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(calls.some((call) => call.method === 'profiles.save')).toBe(true));
    expect(calls.find((call) => call.method === 'profiles.save')?.input).not.toHaveProperty('registrar');
  });
  it("tests an edited address from the Edit dialog with the saved credentials when none are typed", async () => {
    const { calls, methods } = profilesBridge({ officeConnects: true, saved: [OFFICE] });
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Edit Office' }));
    const form = await screen.findByRole('form', { name: 'Edit profile Office' });
    await user.clear(within(form).getByLabelText(/App ID/));
    await user.type(within(form).getByLabelText(/App ID/), 'app-2');
    await user.click(within(form).getByRole('button', { name: 'Test connection' }));
    expect((await within(form).findByRole('status')).textContent).toMatch(/Connected in 12 ms/);
    expect(calls.find((call) => call.method === 'profiles.testUnsaved')?.input).toEqual({ id: 'p1', baseUrl: 'https://api.itniotech.com', appId: 'app-2' });
    expect(methods()).not.toContain('profiles.save');
  });
});
