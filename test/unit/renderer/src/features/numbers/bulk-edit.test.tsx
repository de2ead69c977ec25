import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../../../../contract/result';
import type { NumberEditPlan } from '../../../../../../contract/schemas/numbers';
import type { StagedGreeting } from '../../../../../../contract/schemas/greetings';
import { App } from '../../../../../../renderer/src/app/App';
import { useNavigation } from '../../../../../../renderer/src/app/navigation';
import { i18n } from '../../../../../../renderer/src/i18n';
import { installBridge, shellAnswers } from '../../../fake-bridge';
import { listedNumber } from '../../../../../support/fixtures/numbers';

beforeEach(() => {
  notifications.clean();
  useNavigation.setState({ screen: 'numbers' });
});

type Answer = (input: unknown) => Result<unknown>;

const GREETING: StagedGreeting = { greetingId: 'g-1', name: 'welcome.wav', fileName: 'welcome.wav', size: 16_044, format: 'wav', codec: 'PCM', durationSeconds: 1 };
const NUMBERS = ['442079460958', '447700900123', '12025550143', '13105550117'].map((number) => listedNumber({ number }));
const REFUSED = { kind: 'vendor', code: '-29', message: 'The number is disabled in this workspace.', hint: 'Enable it in the ITNIO console first.' } as const;

/**
 * Main as far as a bulk edit sees it: a preview giving each listed number a greeting change (and
 * a problem for one it does not list), and edits answered by `edit`, each once `gate` lets it.
 */
function bulkBridge(options: { edit?: Answer; gate?: () => Promise<void> } = {}) {
  const calls = installBridge({
    ...shellAnswers(),
    'numbers.list': () => ({ ok: true, value: { profileId: 'sandbox', fetchedAt: '2025-07-01T10:00:00.000Z', numbers: NUMBERS } }),
    'numbers.stageGreeting': () => ({ ok: true, value: GREETING }),
    'numbers.discardGreeting': () => ({ ok: true, value: undefined }),
    'numbers.preview': (input) => {
      const plan = input as NumberEditPlan;
      return {
        ok: true,
        value: {
          profileId: 'sandbox',
          previews: plan.numbers.map((number) =>
            number === '13105550117'
              ? {
                  number,
                  changes: [],
                  problem: `${number} is not among this account's numbers, so nothing is sent to it`,
                  say: { problem: { key: 'numbers.editPreview.notListed', values: { number } } },
                }
              : { number, changes: [{ field: 'greeting', current: '', next: 'welcome.wav (new recording)' }], input: { number, enableVoicemail: true, voicemailMaxHangup: 99, greetingId: plan.greetingId } },
          ),
        },
      };
    },
    'numbers.edit': (async (input: unknown): Promise<Result<unknown>> => {
      await options.gate?.();
      return options.edit ? options.edit(input) : { ok: true, value: { number: (input as { number: string }).number, greetingFileName: 'welcome.wav' } };
    }) as unknown as Answer,
  });
  return { of: (method: string) => calls.filter((call) => call.method === method).map((call) => call.input) };
}

async function dropGreeting(into: HTMLElement) {
  const zone = await within(into).findByRole('group', { name: 'Greeting drop zone' });
  const file = new File([new Uint8Array(16_044)], 'welcome.wav', { type: 'audio/wav' });
  const dataTransfer = { files: [file], items: [{ kind: 'file', type: file.type, getAsFile: () => file }], types: ['Files'] };
  await act(async () => {
    fireEvent.dragEnter(zone, { dataTransfer });
    fireEvent.drop(zone, { dataTransfer });
  });
  await within(into).findByRole('group', { name: 'Greeting to send' });
}

/** Ticks the numbers, opens the bulk panel, adds the greeting and previews it. */
async function previewGreetingFor(user: ReturnType<typeof userEvent.setup>, numbers: string[]) {
  const table = await screen.findByRole('table', { name: 'Numbers' });
  for (const number of numbers) await user.click(within(table).getByRole('checkbox', { name: `Choose ${number}` }));
  await user.click(screen.getByRole('button', { name: `Edit ${numbers.length} numbers` }));
  const panel = await screen.findByRole('dialog', { name: `Edit ${numbers.length} numbers` });
  await dropGreeting(panel);
  await user.click(within(panel).getByRole('button', { name: 'Preview' }));
  await within(panel).findByRole('list', { name: 'Numbers to edit' });
  return panel;
}

const receiptOf = (panel: HTMLElement, number: string) => within(within(panel).getByTestId(`bulk-${number}`)).getByTestId('receipt').textContent;

describe('Numbers screen: one greeting for several numbers', () => {
  it('previews each number, then edits them one at a time in order, holding the greeting in main until the last, with a receipt each', async () => {
    const { of } = bulkBridge({ edit: (input) => ((input as { number: string }).number === '447700900123' ? { ok: false, error: { ...REFUSED } } : { ok: true, value: { number: (input as { number: string }).number } }) });
    const user = userEvent.setup();
    render(<App />);
    const panel = await previewGreetingFor(user, ['442079460958', '447700900123', '12025550143', '13105550117']);
    expect(of('numbers.preview')).toEqual([{ numbers: ['442079460958', '447700900123', '12025550143', '13105550117'], greetingId: 'g-1' }]);
    expect(within(panel).getByRole('list', { name: 'Changes to 442079460958' }).textContent).toBe('greeting: (empty) → welcome.wav (new recording)');
    expect(within(panel).getByTestId('bulk-13105550117').textContent).toContain("is not among this account's numbers");
    const reads = of('numbers.list').length;

    await user.click(within(panel).getByRole('button', { name: 'Apply to 3 numbers' }));
    await within(panel).findByRole('button', { name: 'Done' });
    expect(of('numbers.edit')).toEqual([
      { number: '442079460958', enableVoicemail: true, voicemailMaxHangup: 99, greetingId: 'g-1', keepGreeting: true },
      { number: '447700900123', enableVoicemail: true, voicemailMaxHangup: 99, greetingId: 'g-1', keepGreeting: true },
      { number: '12025550143', enableVoicemail: true, voicemailMaxHangup: 99, greetingId: 'g-1', keepGreeting: false },
    ]);
    expect(receiptOf(panel, '442079460958')).toBe('Saved');
    expect(receiptOf(panel, '447700900123')).toBe('Refused: The number is disabled in this workspace. Enable it in the ITNIO console first.');
    expect(receiptOf(panel, '12025550143')).toBe('Saved');
    expect(receiptOf(panel, '13105550117')).toBe("Not sent: 13105550117 is not among this account's numbers, so nothing is sent to it");
    // The last save let go of the greeting in main: nothing left to discard, and the list is read again.
    expect(of('numbers.discardGreeting')).toEqual([]);
    await waitFor(() => expect(of('numbers.list').length).toBeGreaterThan(reads));
    await user.click(within(panel).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByRole('group', { name: 'Greeting to send' })).toBeNull();
  });

  it("says a number's problem, and why it was not sent, in Chinese from main's keys", async () => {
    bulkBridge();
    const user = userEvent.setup();
    render(<App />);
    const panel = await previewGreetingFor(user, ['442079460958', '13105550117']);
    await user.click(within(panel).getByRole('button', { name: 'Apply to 1 number' }));
    await within(panel).findByRole('button', { name: 'Done' });
    await act(() => i18n.changeLanguage('zh-CN'));
    const chinese = '13105550117 不在此账号的号码中，因此不会向它发送任何内容';
    await waitFor(() => expect(within(panel).getByTestId('bulk-13105550117').textContent).toContain(chinese));
    expect(receiptOf(panel, '13105550117')).toContain(chinese);
  });

  it('stops before the next number when asked, says which were not sent, and lets go of the greeting', async () => {
    let release!: () => void;
    const { of } = bulkBridge({ gate: () => new Promise<void>((resolve) => (release = resolve)) });
    const user = userEvent.setup();
    render(<App />);
    const panel = await previewGreetingFor(user, ['442079460958', '447700900123', '12025550143']);
    await user.click(within(panel).getByRole('button', { name: 'Apply to 3 numbers' }));
    await waitFor(() => expect(of('numbers.edit')).toHaveLength(1));
    // A run under way cannot be closed, only stopped.
    expect(within(panel).queryByRole('button', { name: 'Done' })).toBeNull();
    await user.click(within(panel).getByRole('button', { name: 'Stop' }));
    expect(within(panel).getByRole('button', { name: 'Stopping after this number…' }).hasAttribute('disabled')).toBe(true);
    await act(async () => release());
    await within(panel).findByRole('button', { name: 'Done' });

    expect(of('numbers.edit')).toEqual([expect.objectContaining({ number: '442079460958', keepGreeting: true })]);
    expect(receiptOf(panel, '442079460958')).toBe('Saved');
    expect(receiptOf(panel, '447700900123')).toBe('Not sent: stopped before it was sent');
    expect(receiptOf(panel, '12025550143')).toBe('Not sent: stopped before it was sent');
    expect(of('numbers.discardGreeting')).toEqual([{ greetingId: 'g-1' }]);
  });

  it('chooses every number shown at once, and asks for something to set before it previews', async () => {
    bulkBridge();
    const user = userEvent.setup();
    render(<App />);
    const table = await screen.findByRole('table', { name: 'Numbers' });
    await user.click(within(table).getByRole('checkbox', { name: 'Choose every number shown' }));
    await user.click(screen.getByRole('button', { name: 'Edit 4 numbers' }));
    const panel = await screen.findByRole('dialog', { name: 'Edit 4 numbers' });
    expect(within(panel).getByRole('button', { name: 'Preview' }).hasAttribute('disabled')).toBe(true);
    await user.click(within(panel).getByRole('checkbox', { name: 'Set the outbound IP whitelist' }));
    await user.type(within(panel).getByLabelText(/Outbound IP whitelist/), '198.51.100.300');
    expect(await within(panel).findByText('"198.51.100.300" is not an IPv4 or IPv6 address')).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Preview' }).hasAttribute('disabled')).toBe(true);
  });
});
