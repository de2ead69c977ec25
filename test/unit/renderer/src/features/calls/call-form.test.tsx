import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../../../../contract/result';
import { placeCallInput, type PlaceCall } from '../../../../../../contract/schemas/calls';
import { App } from '../../../../../../renderer/src/app/App';
import { useDialer } from '../../../../../../renderer/src/features/calls/store';
import { DIALER_PHONES, installBridge, shellAnswers } from '../../../fake-bridge';

/** main as the Dialer sees it on a first run (no default phone or caller ID): the call parsed with the contract schema, as the router does. */
function dialerBridge() {
  const sent: PlaceCall[] = [];
  installBridge({
    ...shellAnswers(),
    'phones.list': () => ({ ok: true, value: DIALER_PHONES }),
    'calls.place': (input): Result<unknown> => {
      const parsed = placeCallInput.safeParse(input);
      if (!parsed.success) return { ok: false, error: { kind: 'invalid-input', message: 'refused by main' } };
      sent.push(parsed.data);
      return { ok: true, value: { recordingId: `rec-${sent.length}abc`, callee: parsed.data.callee, account: parsed.data.account, at: '2025-07-01T10:05:00.000Z' } };
    },
  });
  return { sent };
}

beforeEach(() => {
  localStorage.clear();
  useDialer.setState({ homeCountry: '' });
});

const numberField = () => screen.getByRole('textbox', { name: 'Number to call' });
const phonePicker = () => screen.getByRole('combobox', { name: /Phone that rings first/ }) as HTMLInputElement;
const callerIdField = () => screen.getByRole('combobox', { name: /Caller ID/ }) as HTMLInputElement;
const countryPicker = () => screen.getByRole('combobox', { name: /Country for local numbers/ });
const pad = () => screen.getByRole('toolbar', { name: 'Dial pad' });
const focused = () => document.activeElement;

async function openDialer() {
  const user = userEvent.setup({ delay: null });
  render(<App />);
  await waitFor(() => expect(phonePicker().getAttribute('data-disabled')).toBeNull());
  await screen.findByText(/^2 phones, read at/);
  return user;
}

async function pickPhone(user: ReturnType<typeof userEvent.setup>, account: string) {
  await user.click(phonePicker());
  await user.click(await screen.findByRole('option', { name: new RegExp(`^${account} `), hidden: true }));
}

describe('Dialer: the caller ID reads numbers as the callee field does', { timeout: 20_000 }, () => {
  it('takes +44 20 7946 0958, shows the digits it will send, and main sends exactly those', async () => {
    const { sent } = dialerBridge();
    const user = await openDialer();
    await user.type(numberField(), '+1 202 555 0143');
    await pickPhone(user, '80010001');
    // As an operator pastes it from an e-mail signature.
    await user.click(callerIdField());
    await user.paste('+44 20 7946 0958');
    expect(screen.getByTestId('caller-id-preview').textContent).toBe('Sends 442079460958 · United Kingdom · a valid United Kingdom number');
    await user.click(screen.getByRole('button', { name: 'Call' }));
    await screen.findByTestId('recording-id');
    expect(sent).toEqual([expect.objectContaining({ callee: '12025550143', displayNum: '442079460958' })]);
  });

  it('reads a local caller ID with the country chosen for local numbers, and refuses one the vendor would not take, stating the rule', async () => {
    const { sent } = dialerBridge();
    const user = await openDialer();
    await user.click(countryPicker());
    await user.type(countryPicker(), 'United King');
    // Mantine's dropdown is still mid-transition for happy-dom, which counts it as hidden.
    await user.click(await screen.findByRole('option', { name: 'United Kingdom (+44)', hidden: true }));
    await user.click(callerIdField());
    await user.paste('020 7946 0958');
    expect(screen.getByTestId('caller-id-preview').textContent).toBe('Sends 442079460958 · United Kingdom · a valid United Kingdom number');
    await user.clear(callerIdField());
    await user.paste('+1 23456');
    expect(screen.getByTestId('caller-id-preview').textContent).toBe('Will not be sent: the caller ID must be 7–15 digits, country code first (this has 6).');
    await user.type(numberField(), '+1 202 555 0143');
    await pickPhone(user, '80010001');
    await user.click(screen.getByRole('button', { name: 'Call' }));
    expect(await screen.findByText('must be 7–15 digits, country code first (this has 6)')).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it('says the phone’s own caller ID is used while the field is empty, and previews nothing yet', async () => {
    dialerBridge();
    await openDialer();
    expect(screen.getByRole('combobox', { name: 'Caller ID' }).getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText("Shown to the callee; empty: the phone's own caller ID")).toBeTruthy();
    expect(screen.getByTestId('caller-id-preview').textContent).toBe('');
  });
});

describe('Dialer by keyboard', { timeout: 20_000 }, () => {
  it('makes the dial pad one Tab stop, with the arrow keys moving between its keys', async () => {
    dialerBridge();
    const user = await openDialer();
    await user.click(numberField());
    await user.tab();
    expect(focused()).toBe(within(pad()).getByRole('button', { name: '1' }));
    await user.keyboard('{ArrowRight}{ArrowDown}');
    expect(focused()).toBe(within(pad()).getByRole('button', { name: '5' }));
    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(focused()).toBe(within(pad()).getByRole('button', { name: '0' }));
    await user.keyboard(' ');
    await user.keyboard('{ArrowRight}');
    expect(focused()).toBe(within(pad()).getByRole('button', { name: 'Delete last digit' }));
    await user.keyboard('{ArrowDown}');
    expect(focused()).toBe(within(pad()).getByRole('button', { name: 'Clear number' }));
    expect((numberField() as HTMLInputElement).value).toBe('50');

    // One Tab leaves the pad, one more reaches the phone picker: three from the number, not fifteen.
    await user.tab();
    expect(focused()).toBe(countryPicker());
    await user.tab();
    expect(focused()).toBe(phonePicker());
    // Back into the pad, on the key last used.
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    expect(focused()).toBe(within(pad()).getByRole('button', { name: 'Clear number' }));
  });

  it('puts the country list in the page only while it is open, and picks a country by typing, arrow and Enter', async () => {
    dialerBridge();
    const user = await openDialer();
    // Some 250 countries, built on every start, were most of the Dialer's first render.
    expect(screen.queryByRole('option', { name: 'Germany (+49)', hidden: true })).toBeNull();
    expect(screen.queryByRole('option', { name: 'France (+33)', hidden: true })).toBeNull();

    await user.click(countryPicker());
    await user.keyboard('Germ');
    expect(await screen.findByRole('option', { name: 'Germany (+49)', hidden: true })).toBeTruthy();
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect((countryPicker() as HTMLInputElement).value).toBe('Germany (+49)'));
    expect(useDialer.getState().homeCountry).toBe('DE');
    await waitFor(() => expect(screen.queryByRole('option', { name: 'France (+33)', hidden: true })).toBeNull());
  });

  it('moves the focus to the phone picker when Enter is pressed with no phone chosen', async () => {
    const { sent } = dialerBridge();
    const user = await openDialer();
    await user.type(numberField(), '+44 20 7946 0958{Enter}');
    await waitFor(() => expect(focused()).toBe(phonePicker()));
    expect(screen.getByText('is required: pick the phone that rings first')).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it('keeps the focus on the number when the number itself is what is wrong', async () => {
    dialerBridge();
    const user = await openDialer();
    await user.type(numberField(), '123456{Enter}');
    expect(await screen.findByText('must be 7–15 digits, country code first (this has 6)')).toBeTruthy();
    expect(focused()).toBe(numberField());
  });
});
