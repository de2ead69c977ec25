import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sipUri, type PhoneSummary } from '../../../../../../contract/schemas/phones';
import type { SipRegistrar } from '../../../../../../contract/schemas/profiles';
import { App } from '../../../../../../renderer/src/app/App';
import { SetupQrCode } from '../../../../../../renderer/src/features/phones/SetupCard';
import { useNavigation } from '../../../../../../renderer/src/ui/navigation';
import { FIRST_RUN_PROFILES, installBridge, shellAnswers } from '../../../fake-bridge';
import { giveBoxesHeight } from '../../../viewport';

const PHONES: PhoneSummary[] = [1, 2].map((n) => ({ account: `8001000${n}`, phoneName: `desk-${n}`, groupName: 'Front Office', displayNum: '447700900123' }));
const PASSWORD = 'Pw80010002Zq';
const REGISTRAR: SipRegistrar = { host: 'sip.example.com', port: 5061, transport: 'tls' };
const onPage = (text: string) => document.body.textContent?.includes(text) ?? false;

giveBoxesHeight(440);
beforeEach(() => {
  notifications.clean();
  useNavigation.setState({ screen: 'phones' });
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => vi.useRealTimers());

/** The sandbox profile active, with the registrar given (or none recorded). */
function setupBridge(registrar: SipRegistrar | undefined) {
  const profiles = { ...FIRST_RUN_PROFILES, profiles: FIRST_RUN_PROFILES.profiles.map((profile) => ({ ...profile, ...(registrar ? { registrar } : {}) })) };
  const calls = installBridge({
    ...shellAnswers(),
    'profiles.list': () => ({ ok: true, value: profiles }),
    'phones.list': () => ({ ok: true, value: { profileId: 'sandbox', fetchedAt: new Date().toISOString(), phones: PHONES } }),
    'phones.password': (input) => ({ ok: true, value: { account: (input as { account: string }).account, password: PASSWORD } }),
    'phones.copyPassword': () => ({ ok: true, value: { clearsInMs: 30_000 } }),
    'phones.copySetup': () => ({ ok: true, value: { clearsInMs: 30_000 } }),
  });
  return { inputsOf: (method: string) => calls.filter((call) => call.method === method).map((call) => call.input) };
}

async function openCard(account: string) {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  render(<App />);
  await screen.findByRole('table', { name: 'Phones' });
  await user.click(screen.getByRole('button', { name: `Set up a handset for ${account}` }));
  const card = await screen.findByRole('dialog', { name: `Set up a handset for desk-2 (${account})` });
  return { user, card };
}

/** The QR code the card shows, as markup, beside the one of `uri` drawn alone: equal when they encode the same text. */
function qrOf(card: HTMLElement): string {
  return within(card).getByRole('img', { name: /^QR code/ }).innerHTML;
}
function qrEncoding(uri: string): string {
  const { container, unmount } = render(<SetupQrCode uri={uri} account="80010002" withPassword={uri.includes(`:${PASSWORD}@`)} />);
  const markup = container.querySelector('svg')!.innerHTML;
  unmount();
  return markup;
}

const setupText = (card: HTMLElement) => (within(card).getByLabelText('Setup text') as HTMLTextAreaElement).value;
const field = (card: HTMLElement, name: string) => within(card).getByRole('rowheader', { name }).closest('tr')!.querySelector('td')!.textContent;

describe('the setup card of a phone', () => {
  it('shows server, port, transport and account, the password hidden, and a QR code and text without it', async () => {
    setupBridge(REGISTRAR);
    const { card } = await openCard('80010002');
    expect(field(card, 'SIP server')).toBe('sip.example.com');
    expect(field(card, 'Port')).toBe('5061');
    expect(field(card, 'Transport')).toBe('TLS');
    expect(field(card, 'Account')).toBe('80010002');
    expect(field(card, 'Password')).toContain('••••••••');
    expect(qrOf(card) === qrEncoding(sipUri({ registrar: REGISTRAR, account: '80010002' }))).toBe(true);
    expect(setupText(card)).toBe('SIP server: sip.example.com\nPort: 5061\nTransport: TLS\nAccount: 80010002');
    expect(card.textContent).toContain('The QR code and the text hold the password only once you reveal it.');
    expect(onPage(PASSWORD)).toBe(false);
  });

  it('puts the password in the QR code and the text once revealed, and takes it out again after 20 s', async () => {
    const { inputsOf } = setupBridge(REGISTRAR);
    const { user, card } = await openCard('80010002');
    await user.click(within(card).getByRole('button', { name: 'Reveal password of 80010002' }));
    await within(card).findByRole('button', { name: 'Hide password of 80010002' });
    expect(inputsOf('phones.password')).toEqual([{ account: '80010002' }]);
    expect(qrOf(card) === qrEncoding(sipUri({ registrar: REGISTRAR, account: '80010002', password: PASSWORD }))).toBe(true);
    expect(setupText(card).endsWith(`\nPassword: ${PASSWORD}`)).toBe(true);
    expect(within(card).getByRole('img', { name: /^QR code/ }).getAttribute('aria-label')).toBe('QR code of the setup of 80010002, with its password');

    await act(() => vi.advanceTimersByTimeAsync(20_000));
    expect(onPage(PASSWORD)).toBe(false);
    expect(qrOf(card) === qrEncoding(sipUri({ registrar: REGISTRAR, account: '80010002' }))).toBe(true);
  });

  it('copies the text through the page without the password, and through main (cleared in 30 s) with it', async () => {
    const { inputsOf } = setupBridge(REGISTRAR);
    const { user, card } = await openCard('80010002');
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(within(card).getByRole('button', { name: 'Copy setup text' }));
    expect(writeText).toHaveBeenCalledWith('SIP server: sip.example.com\nPort: 5061\nTransport: TLS\nAccount: 80010002');
    expect(await screen.findByText('Without the password: reveal it first to copy it along.')).toBeTruthy();
    expect(inputsOf('phones.copySetup')).toEqual([]);

    await user.click(within(card).getByRole('button', { name: 'Reveal password of 80010002' }));
    await within(card).findByRole('button', { name: 'Hide password of 80010002' });
    await user.click(within(card).getByRole('button', { name: 'Copy setup text' }));
    expect(await screen.findByText('Copied with the password — the clipboard is cleared in 30 s.')).toBeTruthy();
    expect(inputsOf('phones.copySetup')).toEqual([{ account: '80010002', profileId: 'sandbox', registrar: REGISTRAR }]);
    expect(writeText).toHaveBeenCalledTimes(1);
  });

  it('copies the password alone through main', async () => {
    const { inputsOf } = setupBridge(REGISTRAR);
    const { user, card } = await openCard('80010002');
    await user.click(within(card).getByRole('button', { name: 'Copy password of 80010002' }));
    expect(await screen.findByText('Copied — the clipboard is cleared in 30 s.')).toBeTruthy();
    expect(inputsOf('phones.copyPassword')).toEqual([{ account: '80010002', profileId: 'sandbox' }]);
  });

  it('says when the active profile has no registrar, invents none, and takes the operator to the Profiles screen', async () => {
    setupBridge(undefined);
    const { user, card } = await openCard('80010002');
    expect(card.textContent).toContain('The active profile does not say where its phones register');
    expect(within(card).queryByRole('img', { name: /^QR code/ })).toBeNull();
    expect(within(card).queryByLabelText('Setup text')).toBeNull();
    expect(within(card).queryByRole('rowheader', { name: 'SIP server' })).toBeNull();
    expect(field(card, 'Account')).toBe('80010002');

    await user.click(within(card).getByRole('button', { name: 'Set the registrar on the Profiles screen' }));
    await vi.waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Profiles'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
