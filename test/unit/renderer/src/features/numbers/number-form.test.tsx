import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { beforeEach, describe, expect, it } from 'vitest';
import type { NumberEditPreviewed } from '../../../../../../contract/schemas/numbers';
import { App } from '../../../../../../renderer/src/app/App';
import { useNavigation } from '../../../../../../renderer/src/app/navigation';
import { i18n } from '../../../../../../renderer/src/i18n';
import { installBridge, shellAnswers } from '../../../fake-bridge';

beforeEach(() => {
  notifications.clean();
  useNavigation.setState({ screen: 'numbers' });
});

type Preview = Omit<NumberEditPreviewed, 'number'>;

/** Main's preview of the one number, as `preview` says; voicemail switched on by default. */
function numbersBridge(preview: Preview = { changes: [{ field: 'voicemail', current: 'off', next: 'on' }] }) {
  const calls = installBridge({
    ...shellAnswers(),
    'numbers.preview': (input) => ({ ok: true, value: { profileId: 'sandbox', previews: [{ number: (input as { numbers: string[] }).numbers[0], ...preview }] } }),
    'numbers.edit': (input) => ({ ok: true, value: { number: (input as { number: string }).number } }),
  });
  const of = (method: string) => calls.filter((call) => call.method === method).map((call) => call.input);
  return { edits: () => of('numbers.edit'), previews: () => of('numbers.preview') };
}

const confirmation = () => screen.findByRole('dialog', { name: /^Save the settings of/ });
const sendIn = async (dialog: HTMLElement) => {
  const send = within(dialog).getByRole('button', { name: 'Send' });
  await waitFor(() => expect(send.hasAttribute('disabled')).toBe(false));
  return send;
};

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
    await user.click(await sendIn(await confirmation()));
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

describe('Number settings: the confirmation before a save', () => {
  it('asks main what the form changes, lists it as "field: current → new", and sends nothing until Send', async () => {
    const { edits, previews } = numbersBridge({
      changes: [
        { field: 'remark', current: 'London office', next: 'London, new desk' },
        { field: 'inbound prefix', current: '', next: '55' },
      ],
    });
    const user = userEvent.setup({ delay: null });
    render(<App />);
    const form = await settingsForm();
    await user.type(within(form).getByLabelText(/^Number/), '442079460958');
    await user.type(within(form).getByLabelText(/Remark/), 'London, new desk');
    await user.type(within(form).getByLabelText(/Inbound prefix/), '55');
    await user.click(within(form).getByRole('button', { name: 'Save settings' }));
    const dialog = await confirmation();
    // Fields left empty are left out: ITNIO keeps them, so the preview must not read them as cleared.
    expect(previews()).toEqual([{ numbers: ['442079460958'], inboundPrefix: '55', remark: 'London, new desk', enableVoicemail: false }]);
    const lines = await within(dialog).findByRole('list', { name: 'Changes to send' });
    expect(within(lines).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['remark: London office → London, new desk', 'inbound prefix: (empty) → 55']);
    // Cancel, the choice that sends nothing, has the focus.
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' })));

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(edits()).toEqual([]);

    await user.click(within(form).getByRole('button', { name: 'Save settings' }));
    await user.click(await sendIn(await confirmation()));
    expect(await screen.findByText('Number saved')).toBeTruthy();
    expect(edits()).toEqual([expect.objectContaining({ number: '442079460958', remark: 'London, new desk', inboundPrefix: '55' })]);
  });

  it('offers no Send when nothing would change, or when main says the number cannot take the edit', async () => {
    numbersBridge({ changes: [] });
    const user = userEvent.setup({ delay: null });
    render(<App />);
    const form = await settingsForm();
    await user.type(within(form).getByLabelText(/^Number/), '442079460958');
    await user.click(within(form).getByRole('button', { name: 'Save settings' }));
    let dialog = await confirmation();
    expect(await within(dialog).findByText('Nothing would change.')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Send' }).hasAttribute('disabled')).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const problem = "442079460958 is not among this account's numbers, so nothing is sent to it";
    numbersBridge({ changes: [], problem });
    await user.click(within(form).getByRole('button', { name: 'Save settings' }));
    dialog = await confirmation();
    expect((await within(dialog).findByRole('alert')).textContent).toContain(problem);
    expect(within(dialog).getByRole('button', { name: 'Send' }).hasAttribute('disabled')).toBe(true);
  });

  it("says main's problem with the number in Chinese from its keys", async () => {
    const problem = 'max hangup: is required when voicemail is on (1–999 seconds)';
    const field = { key: 'numbers.fields.voicemailMaxHangup' } as const;
    const rule = { key: 'rules.rule.requiredWhenVoicemailOn', values: { min: '1', max: '999' } } as const;
    numbersBridge({ changes: [], problem, say: { problem: { key: 'rules.onField', values: { field, rule } } } });
    const user = userEvent.setup({ delay: null });
    render(<App />);
    const form = await settingsForm();
    await user.type(within(form).getByLabelText(/^Number/), '442079460958');
    await user.click(within(form).getByRole('button', { name: 'Save settings' }));
    const dialog = await confirmation();
    expect((await within(dialog).findByRole('alert')).textContent).toContain(problem);
    await act(() => i18n.changeLanguage('zh-CN'));
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toContain('最长挂机时间：开启语音信箱时必须填写（1–999 秒）'));
  });
});
