import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../../../../renderer/src/app/App';
import { useNavigation } from '../../../../../../renderer/src/app/navigation';
import { installBridge, shellAnswers } from '../../../fake-bridge';

beforeEach(() => {
  notifications.clean();
  useNavigation.setState({ screen: 'numbers' });
});

function numbersBridge() {
  const calls = installBridge({
    ...shellAnswers(),
    'numbers.edit': (input) => ({ ok: true, value: { number: (input as { number: string }).number } }),
  });
  return { edits: () => calls.filter((call) => call.method === 'numbers.edit').map((call) => call.input) };
}

const settingsForm = () => screen.findByRole('form', { name: 'Number settings' });
const maxHangup = (form: HTMLElement) => within(form).getByLabelText(/Max hangup/) as HTMLInputElement;

describe('Number settings: voicemail', () => {
  it('offers ITNIO’s usual 99 seconds as the max hangup when voicemail is switched on, and sends it', async () => {
    const { edits } = numbersBridge();
    const user = userEvent.setup({ delay: null });
    render(<App />);
    const form = await settingsForm();
    expect(maxHangup(form).value).toBe('');
    await user.type(within(form).getByLabelText(/^Number/), '442079460958');
    await user.click(within(form).getByRole('switch', { name: 'Voicemail on' }));
    expect(maxHangup(form).value).toBe('99');
    await user.click(within(form).getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Number saved')).toBeTruthy();
    expect(edits()).toEqual([expect.objectContaining({ enableVoicemail: true, voicemailMaxHangup: 99 })]);
  });

  it('keeps a max hangup the operator chose when voicemail is switched off and on again', async () => {
    numbersBridge();
    const user = userEvent.setup({ delay: null });
    render(<App />);
    const form = await settingsForm();
    const voicemail = within(form).getByRole('switch', { name: 'Voicemail on' });
    await user.click(voicemail);
    await user.clear(maxHangup(form));
    await user.type(maxHangup(form), '45');
    await user.click(voicemail);
    await user.click(voicemail);
    expect(maxHangup(form).value).toBe('45');
  });
});
