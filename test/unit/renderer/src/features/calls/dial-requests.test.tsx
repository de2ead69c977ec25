import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../../../renderer/src/app/App';
import { i18n } from '../../../../../../renderer/src/i18n';
import { DIALER_PHONES, installBridge, sendEvent, shellAnswers } from '../../../fake-bridge';

const PROFILES = {
  activeId: 'sandbox',
  profiles: [{ id: 'sandbox', name: 'Sandbox', baseUrl: 'http://127.0.0.1:4010', appId: 'app-7f3c21', apiKeyMasked: 'sbx…9f', sandbox: true, defaultAccount: '80010004' }],
};

function dialer() {
  const calls = installBridge({
    ...shellAnswers(),
    'profiles.list': () => ({ ok: true, value: PROFILES }),
    'phones.list': () => ({ ok: true, value: DIALER_PHONES }),
    // Only reached when the operator presses Call; what ITNIO answers then is not this file's concern.
    'calls.place': () => ({ ok: false, error: { kind: 'vendor', code: '-10', message: 'The account balance is too low to place this call.' } }),
  });
  return { calls, placed: () => calls.filter((call) => call.method === 'calls.place') };
}

const numberField = () => screen.getByRole('textbox', { name: /^Number to call/ }) as HTMLInputElement;
const callButton = () => screen.getByRole('button', { name: 'Call' });

describe('a number from a tel: link or a launch', () => {
  it('brings the Dialer forward from another screen with the number in and Call focused, dialling nothing', async () => {
    const { placed } = dialer();
    const user = userEvent.setup();
    render(<App />);
    await user.click(within(screen.getByRole('navigation', { name: 'Screens' })).getByRole('button', { name: /^Phones/ }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Phones');

    act(() => sendEvent('dialer.prefill', { kind: 'number', from: 'link', number: '+44 20 7946 0958' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Dialer'));
    await waitFor(() => expect(numberField().value).toBe('+44 20 7946 0958'));
    expect(document.activeElement).toBe(callButton());
    expect(screen.getByTestId('callee-preview').textContent).toContain('442079460958');
    expect(placed()).toEqual([]);

    // Enter on the focused Call button is the operator's own press: only then is the call placed.
    await user.keyboard('{Enter}');
    await waitFor(() => expect(placed()).toHaveLength(1));
    expect(placed()[0]!.input).toMatchObject({ callee: '+44 20 7946 0958', account: '80010004' });
  });

  it('replaces the number typed before, on the Dialer already', async () => {
    const { placed } = dialer();
    const user = userEvent.setup();
    render(<App />);
    await user.type(numberField(), '12025550143');

    act(() => sendEvent('dialer.prefill', { kind: 'number', from: 'launch', number: '+1 202 555 0199' }));
    await waitFor(() => expect(numberField().value).toBe('+1 202 555 0199'));
    expect(document.activeElement).toBe(callButton());
    expect(placed()).toEqual([]);
  });

  it('fills the Dialer at start with the link that launched the app, sent before the page listened', async () => {
    const { placed } = dialer();
    sendEvent('dialer.prefill', { kind: 'number', from: 'link', number: '+442079460958' });
    render(<App />);
    await waitFor(() => expect(numberField().value).toBe('+442079460958'));
    expect(placed()).toEqual([]);
  });

  it('says why a link held no number, leaving the number as it was', async () => {
    dialer();
    const user = userEvent.setup();
    render(<App />);
    await user.type(numberField(), '020 7946');
    act(() => sendEvent('dialer.prefill', { kind: 'unreadable', from: 'link', problem: 'The tel: link holds no phone number (only digits, spaces and + - . ( ) / are read), so no number was filled in.' }));
    expect(await screen.findByText('The tel: link holds no phone number (only digits, spaces and + - . ( ) / are read), so no number was filled in.')).toBeTruthy();
    expect(screen.getByText('Copy the number from where you found it into the Dialer instead.')).toBeTruthy();
    expect(numberField().value).toBe('020 7946');
  });

  it("says why in the window's language, from main's keys", async () => {
    dialer();
    render(<App />);
    await act(() => i18n.changeLanguage('zh-CN'));
    act(() =>
      sendEvent('dialer.prefill', {
        kind: 'unreadable',
        from: 'clipboard',
        problem: 'The clipboard holds control characters or text-direction marks, so no number was filled in.',
        say: { key: 'desktop.dialLinks.clipboard', values: { problem: { key: 'desktop.dialLinks.problem.unsafe' } } },
      }),
    );
    expect(await screen.findByText('剪贴板含有控制字符或文字方向标记，因此未填入号码。')).toBeTruthy();
  });
});
