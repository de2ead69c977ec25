import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../../../../contract/result';
import { createPhonesInput } from '../../../../../../contract/schemas/phones';
import { App } from '../../../../../../renderer/src/app/App';
import { useNavigation } from '../../../../../../renderer/src/app/navigation';
import { usePhones } from '../../../../../../renderer/src/features/phones/store';
import { installBridge, shellAnswers } from '../../../fake-bridge';

beforeEach(() => {
  notifications.clean();
  useNavigation.setState({ screen: 'phones' });
});

/** main as the Phones form sees it: the batch parsed with the contract schema, as the router does, and created. */
function phonesBridge() {
  const sent: unknown[] = [];
  installBridge({
    ...shellAnswers(),
    'phones.create': (input): Result<unknown> => {
      const parsed = createPhonesInput.safeParse(input);
      if (!parsed.success) return { ok: false, error: { kind: 'invalid-input', message: 'refused by main' } };
      const batch = parsed.data;
      sent.push(batch);
      const phones = [{ account: '80010009', phoneName: `${batch.phoneName}-1`, groupName: batch.groupName, displayNum: batch.displayNum }];
      return { ok: true, value: { profileId: 'sandbox', appId: 'app-7f3c21', groupName: batch.groupName, phoneName: batch.phoneName, quantity: batch.quantity, displayNum: batch.displayNum, phones } };
    },
  });
  return { sent };
}

const form = () => screen.findByRole('form', { name: 'Create phones' });

describe('Phones form: the caller ID reads numbers as the Dialer does', () => {
  it('takes +44 20 7946 0958, shows the digits it will send, and the batch gets exactly those', async () => {
    const { sent } = phonesBridge();
    const user = userEvent.setup({ delay: null });
    render(<App />);
    const f = await form();
    expect(within(f).getByText('Shown to the people these phones call, e.g. +44 20 7946 0958')).toBeTruthy();
    expect(within(f).getByTestId('caller-id-preview').textContent).toBe('');
    await user.type(within(f).getByLabelText(/Group name/), 'Night Shift');
    await user.type(within(f).getByLabelText(/Phone name/), 'night');
    await user.click(within(f).getByLabelText(/Caller ID/));
    await user.paste('+44 20 7946 0958');
    expect(within(f).getByTestId('caller-id-preview').textContent).toBe('Sends 442079460958 · United Kingdom · a valid United Kingdom number');
    await user.click(within(f).getByRole('button', { name: 'Create phones' }));
    const created = await screen.findByRole('table', { name: 'Phones created in Night Shift' });
    expect(within(created).getAllByRole('row')[1]!.textContent).toBe('80010009night-1442079460958');
    expect(sent).toEqual([expect.objectContaining({ displayNum: '442079460958' })]);
  });

  it('refuses a caller ID longer than the 13 digits a batch takes, stating the rule under the field and in the preview', async () => {
    const { sent } = phonesBridge();
    const user = userEvent.setup({ delay: null });
    render(<App />);
    const f = await form();
    await user.type(within(f).getByLabelText(/Group name/), 'Night Shift');
    await user.type(within(f).getByLabelText(/Phone name/), 'night');
    await user.click(within(f).getByLabelText(/Caller ID/));
    await user.paste('+44 20 7946 0958 12');
    expect(within(f).getByTestId('caller-id-preview').textContent).toBe('Will not be sent: the caller ID must be 7–13 digits, country code first (this has 14).');
    expect(within(f).getByText('must be 7–13 digits, country code first (this has 14)')).toBeTruthy();
    await user.click(within(f).getByRole('button', { name: 'Create phones' }));
    expect(sent).toEqual([]);
  });
});

describe('Phones form: after a batch is created', () => {
  it('keeps what the operator types while the list is read again for the new batch', async () => {
    phonesBridge();
    const listed = window.switchboard.phones.list;
    let answerList: () => void = () => undefined;
    // The first read answers at once; the re-read after the batch waits until the test lets it go.
    let reads = 0;
    window.switchboard.phones.list = (input) => {
      reads += 1;
      if (reads === 1) return listed(input);
      return new Promise((resolve) => {
        answerList = () => resolve(listed(input));
      });
    };
    const user = userEvent.setup({ delay: null });
    render(<App />);
    const f = await form();
    await user.type(within(f).getByLabelText(/Group name/), 'Night Shift');
    await user.type(within(f).getByLabelText(/Phone name/), 'night');
    await user.type(within(f).getByLabelText(/Caller ID/), '442079460958');
    await user.click(within(f).getByRole('button', { name: 'Create phones' }));
    await screen.findByRole('heading', { name: 'Created 1 phone in Night Shift' });
    await vi.waitFor(() => expect(reads).toBe(2));
    const group = within(f).getByLabelText<HTMLInputElement>(/Group name/);
    expect(group.value).toBe('');
    await user.type(group, 'Day Shift');
    answerList();
    await vi.waitFor(() => expect(usePhones.getState().loading).toBe(false));
    expect(within(f).getByLabelText<HTMLInputElement>(/Group name/).value).toBe('Day Shift');
  });
});
