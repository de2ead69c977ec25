import { MantineProvider } from '@mantine/core';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLayoutEffect } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../../../../contract/result';
import { placeCallInput } from '../../../../../../contract/schemas/calls';
import type { HistoryEntry } from '../../../../../../contract/schemas/call-history';
import { App } from '../../../../../../renderer/src/app/App';
import { i18n } from '../../../../../../renderer/src/i18n';
import { DialerScreen } from '../../../../../../renderer/src/features/calls/DialerScreen';
import { useDialer } from '../../../../../../renderer/src/features/calls/store';
import { historyEntry, historyListOf } from '../../../../../support/fixtures/history';
import { DIALER_PHONES, FIRST_RUN_PROFILES, installBridge, shellAnswers } from '../../../fake-bridge';

/** The sandbox profile with the defaults an operator set under Profiles. */
const PROFILES = {
  ...FIRST_RUN_PROFILES,
  profiles: FIRST_RUN_PROFILES.profiles.map((profile) => ({ ...profile, defaultAccount: '80010004', defaultCallerId: '12025550143' })),
};

const BALANCE = { kind: 'vendor', code: '-10', message: 'The account balance is too low to place this call.', hint: 'Top up the ITNIO account, then place the call again.' } as const;

/**
 * main as the dialer sees it: the call parsed with the contract schema (as the router does), the
 * double-dial guard, and a history that grows with every attempt.
 */
function dialerBridge(options: { balance?: number; pending?: Promise<void>; history?: HistoryEntry[]; activeElsewhere?: string; historyNotSaved?: boolean } = {}) {
  const history: HistoryEntry[] = options.history ?? [];
  let balance = options.balance ?? 25;
  const calls = installBridge({
    ...shellAnswers(),
    'profiles.list': () => ({ ok: true, value: PROFILES }),
    'phones.list': () => ({ ok: true, value: DIALER_PHONES }),
    'calls.history': (input) => {
      const query = (input as { query?: string } | undefined)?.query ?? '';
      const matched = history.filter((entry) => JSON.stringify(entry).includes(query));
      return { ok: true, value: historyListOf(history, matched) };
    },
    'calls.exportHistory': () => ({ ok: true, value: { saved: true, path: '/home/op/call-history-2025-07-01.csv', count: history.length } }),
    'calls.clearHistory': () => {
      const removed = history.splice(0).length;
      return { ok: true, value: { removed } };
    },
    'calls.place': (input) => {
      const answer = async (): Promise<Result<unknown>> => {
        await options.pending;
        const parsed = placeCallInput.safeParse(input);
        if (!parsed.success) return { ok: false, error: { kind: 'invalid-input', field: 'callee', rule: 'refused by main', message: 'callee: refused by main' } };
        const call = parsed.data;
        // Main's check that the phone was picked under the profile still active.
        if (options.activeElsewhere && call.profileId !== options.activeElsewhere) {
          return { ok: false, error: { kind: 'invalid-input', field: 'profileId', rule: `is not the active profile (${options.activeElsewhere})`, message: `profileId: is not the active profile (${options.activeElsewhere})` } };
        }
        const last = history.find((entry) => entry.callee === call.callee && entry.account === call.account);
        if (last && !call.confirmRepeat) {
          const ago = { key: 'calls.place.secondsAgo', values: { seconds: 2 } } as const;
          return {
            ok: false,
            error: {
              kind: 'invalid-input',
              field: 'confirmRepeat',
              message: `You called ${call.callee} from phone ${call.account} 2 s ago and ITNIO placed that call. Nothing was sent, so they are not rung twice.`,
              hint: 'To ring them again, confirm the repeat call (switchboard call --confirm-repeat), or wait 5 seconds.',
              say: {
                message: { key: 'calls.place.placed', values: { callee: call.callee, account: call.account, ago } },
                hint: { key: 'calls.place.repeatHint', values: { seconds: 5 } },
              },
            },
          };
        }
        const at = '2025-07-01T10:05:00.000Z';
        const base = { id: `e${history.length}`, at, profileId: 'sandbox', profileName: 'Sandbox', callee: call.callee, country: call.country, account: call.account };
        if (balance <= 0) {
          history.unshift({ ...base, request: 'failed', errorKind: 'vendor', errorCode: '-10', errorMessage: BALANCE.message });
          return { ok: false, error: BALANCE };
        }
        balance -= 1;
        const recordingId = `rec-${history.length + 1}abc`;
        history.unshift({ ...base, request: 'placed', recordingId });
        const historyWarning = options.historyNotSaved ? 'The call is not in the history: the history file could not be written. Check the free space of your home folder.' : undefined;
        return { ok: true, value: { recordingId, callee: call.callee, country: call.country, account: call.account, at, ...(historyWarning ? { historyWarning } : {}) } };
      };
      // The fake bridge awaits whatever an answer returns, as the real one awaits main.
      return answer() as unknown as Result<unknown>;
    },
  });
  const of = (method: string) => calls.filter((call) => call.method === method).map((call) => call.input);
  return { calls, of, history };
}

beforeEach(() => {
  localStorage.clear();
  // No country for local numbers, whatever the test machine's language: the tests type the code or choose one.
  useDialer.setState({ homeCountry: '' });
});

const numberField = () => screen.getByRole('textbox', { name: 'Number to call' });
const preview = () => screen.getByTestId('callee-preview').textContent;
const accountField = () => screen.getByRole('combobox', { name: /Phone that rings first/ }) as HTMLInputElement;

async function openDialer() {
  // No pause between keystrokes: the numbers are typed a character at a time.
  const user = userEvent.setup({ delay: null });
  render(<App />);
  // The profile's default phone is preselected once the phones are read.
  await waitFor(() => expect(accountField().value).toBe('80010004 · support-1 (Support Team)'));
  return user;
}

// Whole-app renders typed into a character at a time: generous on a busy two-core machine.
describe('Dialer', { timeout: 20_000 }, () => {
  it('normalises a typed number live, preselects the profile defaults and places the call with Enter', async () => {
    const { of } = dialerBridge();
    const user = await openDialer();
    expect((screen.getByRole('combobox', { name: 'Caller ID' }) as HTMLInputElement).value).toBe('12025550143');

    await user.type(numberField(), '+44 20 7946 0958');
    expect(preview()).toBe('Dials 442079460958 · United Kingdom · a valid United Kingdom number');
    await user.type(numberField(), '{Enter}');

    const placed = await screen.findByTestId('place-result');
    expect(placed.textContent).toContain('Call placed');
    expect(placed.textContent).toContain('Your phone 80010004 will ring first');
    expect(within(placed).getByTestId('recording-id').textContent).toBe('rec-1abc');
    expect(within(placed).getByRole('button', { name: 'Copy recording id' })).toBeTruthy();
    // With the profile the phone was picked under, which main checks is still the active one.
    expect(of('calls.place')).toEqual([{ callee: '+44 20 7946 0958', defaultCountry: '', account: '80010004', displayNum: '12025550143', calledInfo: '', profileId: 'sandbox' }]);
    // The attempt shows up in the history below.
    expect(await screen.findByRole('button', { name: 'Redial 442079460958 from 80010004' })).toBeTruthy();
  });

  it('reads a pasted local number once the country it is dialled from is chosen, and remembers the country', async () => {
    const { of } = dialerBridge();
    const user = await openDialer();
    await user.click(numberField());
    await user.paste('(020) 7946 0958');
    await user.click(screen.getByRole('button', { name: 'Call' }));
    expect(await screen.findByText(/^must start with the country code, not 0/)).toBeTruthy();

    await user.click(screen.getByRole('combobox', { name: /Country for local numbers/ }));
    await user.type(screen.getByRole('combobox', { name: /Country for local numbers/ }), 'United King');
    // Mantine's dropdown is still mid-transition for happy-dom, which counts it as hidden.
    await user.click(await screen.findByRole('option', { name: 'United Kingdom (+44)', hidden: true }));
    await waitFor(() => expect(screen.queryByText(/^must start with the country code/)).toBeNull());
    expect(preview()).toBe('Dials 442079460958 · United Kingdom · a valid United Kingdom number');
    expect(useDialer.getState().homeCountry).toBe('GB');

    await user.click(screen.getByRole('button', { name: 'Call' }));
    await screen.findByTestId('recording-id');
    expect(of('calls.place')).toEqual([expect.objectContaining({ callee: '(020) 7946 0958', defaultCountry: 'GB' })]);
  });

  it('shows the country and that a number in an unassigned range is not valid, and still calls it', async () => {
    const { of } = dialerBridge();
    const user = await openDialer();
    await user.type(numberField(), '+44 7700 900123');
    expect(preview()).toBe('Dials 447700900123 · United Kingdom · not a valid United Kingdom number: check it before calling');
    await user.keyboard('{Enter}');
    await screen.findByTestId('recording-id');
    expect(of('calls.place')).toEqual([expect.objectContaining({ callee: '+44 7700 900123' })]);
  });

  it('builds the number on the dial pad, keeping the number field focused for Enter', async () => {
    const { of } = dialerBridge();
    const user = await openDialer();
    const pad = screen.getByRole('toolbar', { name: 'Dial pad' });
    for (const key of '+1202555014') await user.click(within(pad).getByRole('button', { name: key }));
    await user.click(within(pad).getByRole('button', { name: '9' }));
    await user.click(within(pad).getByRole('button', { name: 'Delete last digit' }));
    await user.click(within(pad).getByRole('button', { name: '3' }));
    expect((numberField() as HTMLInputElement).value).toBe('+12025550143');
    expect(document.activeElement).toBe(numberField());
    expect(preview()).toBe('Dials 12025550143 · United States · a valid United States number');
    await user.keyboard('{Enter}');
    await screen.findByTestId('recording-id');
    expect(of('calls.place')).toHaveLength(1);

    await user.click(within(pad).getByRole('button', { name: 'Clear number' }));
    expect((numberField() as HTMLInputElement).value).toBe('');
  });

  it('blocks a number that breaks the vendor rule, stating the rule, and sends nothing', async () => {
    const { of } = dialerBridge();
    const user = await openDialer();
    await user.type(numberField(), '123456');
    expect(preview()).toBe('Cannot be called: the number must be 7–15 digits, country code first (this has 6).');
    await user.click(screen.getByRole('button', { name: 'Call' }));
    expect(await screen.findByText('must be 7–15 digits, country code first (this has 6)')).toBeTruthy();
    await user.clear(numberField());
    await user.type(numberField(), '1234567890123456');
    await user.click(screen.getByRole('button', { name: 'Call' }));
    expect(await screen.findByText('must be 7–15 digits, country code first (this has 16)')).toBeTruthy();
    await user.clear(screen.getByRole('combobox', { name: 'Caller ID' }));
    await user.type(screen.getByRole('combobox', { name: 'Caller ID' }), '12345');
    await user.click(screen.getByRole('button', { name: 'Call' }));
    expect(await screen.findByText('must be 7–15 digits, country code first (this has 5)')).toBeTruthy();
    expect(of('calls.place')).toEqual([]);
  });

  it('disables Call and shows progress while the call is in flight', async () => {
    let answer = () => undefined as void;
    const { of } = dialerBridge({ pending: new Promise<void>((resolve) => (answer = resolve)) });
    const user = await openDialer();
    await user.type(numberField(), '442079460958{Enter}');
    const busy = await screen.findByText('Placing the call…');
    expect(busy).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Call' }) as HTMLButtonElement).disabled).toBe(true);
    await user.type(numberField(), '{Enter}');
    await act(async () => answer());
    await screen.findByTestId('recording-id');
    expect((screen.getByRole('button', { name: 'Call' }) as HTMLButtonElement).disabled).toBe(false);
    expect(of('calls.place')).toHaveLength(1);
  });

  it('asks before ringing the same callee from the same phone again, and calls only on yes', async () => {
    const { of } = dialerBridge();
    const user = await openDialer();
    await user.type(numberField(), '442079460958{Enter}');
    await screen.findByTestId('recording-id');

    await user.click(screen.getByRole('button', { name: 'Call' }));
    let dialog = await screen.findByRole('dialog', { name: 'Call again?' });
    expect(dialog.textContent).toContain('You called 442079460958 from phone 80010004 2 s ago and ITNIO placed that call.');
    await user.click(within(dialog).getByRole('button', { name: 'Don’t call' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Call again?' })).toBeNull());
    expect(of('calls.place')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Call' }));
    dialog = await screen.findByRole('dialog', { name: 'Call again?' });
    await user.click(within(dialog).getByRole('button', { name: 'Call again' }));
    await waitFor(() => expect(screen.getByTestId('recording-id').textContent).toBe('rec-2abc'));
    expect(of('calls.place').at(-1)).toMatchObject({ callee: '442079460958', confirmRepeat: true });
  });

  it('focuses Don’t call in the repeat confirmation, so Enter, Enter does not ring the callee twice', async () => {
    const { of } = dialerBridge();
    const user = await openDialer();
    await user.type(numberField(), '442079460958{Enter}');
    await screen.findByTestId('recording-id');

    await user.type(numberField(), '{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Call again?' });
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Don’t call' })));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Call again?' })).toBeNull());
    expect(of('calls.place').filter((input) => (input as { confirmRepeat?: boolean }).confirmRepeat)).toEqual([]);
  });

  it("says main's refusal of a repeat call and a history not written in the window's language", async () => {
    dialerBridge({ historyNotSaved: true });
    const user = await openDialer();
    await act(() => i18n.changeLanguage('zh-CN'));
    await user.type(screen.getByRole('textbox', { name: '被叫号码' }), '442079460958{Enter}');
    await screen.findByTestId('recording-id');
    expect(screen.getByTestId('place-result').textContent).toContain('这通电话未写入通话记录：无法写入通话记录文件。请检查用户主文件夹所在磁盘的剩余空间。');

    await user.type(screen.getByRole('textbox', { name: '被叫号码' }), '{Enter}');
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('您 2 秒前用话机 80010004 呼叫了 442079460958，ITNIO 已拨出这通电话。本次未发送任何请求，以免对方被重复呼叫。');
  });

  it('says plainly when main refused the call because another profile became active, and reads the profiles again', async () => {
    const { of, calls } = dialerBridge({ activeElsewhere: 'office' });
    const user = await openDialer();
    const profileReads = of('profiles.list').length;
    await user.type(numberField(), '442079460958{Enter}');
    const refused = await screen.findByTestId('place-result');
    expect(refused.textContent).toContain('Another profile became active since this was picked, so nothing was sent.');
    expect(refused.textContent).not.toContain('profileId');
    await waitFor(() => expect(of('profiles.list').length).toBeGreaterThan(profileReads));
    expect(calls.filter((call) => call.method === 'account.balance')).toHaveLength(1);
  });

  it("shows a vendor failure's message and hint", async () => {
    dialerBridge({ balance: 0 });
    const user = await openDialer();
    await user.type(numberField(), '+1 202 555 0143{Enter}');
    const refused = await screen.findByRole('alert');
    expect(refused.textContent).toContain('The account balance is too low to place this call.');
    expect(refused.textContent).toContain('Top up the ITNIO account, then place the call again.');
    expect(refused.textContent).toContain('Code -10');
    const row = (await screen.findAllByTestId('history-row'))[0]!;
    // ITNIO answered: the request was refused, with its code.
    expect(within(row).getByTestId('call-outcome').textContent).toBe('Refused (-10)');
  });

  it('re-reads the phones on Refresh', async () => {
    const { of } = dialerBridge();
    const user = await openDialer();
    await user.click(screen.getByRole('button', { name: 'Refresh phones' }));
    await waitFor(() => expect(of('phones.list')).toContainEqual({ refresh: true }));
  });

  it('speaks the language chosen while it is open: the form, the result and the history', async () => {
    dialerBridge();
    const user = await openDialer();
    await user.type(numberField(), '+44 20 7946 0958{Enter}');
    await screen.findByTestId('recording-id');
    await screen.findByRole('button', { name: 'Redial 442079460958 from 80010004' });

    await act(() => i18n.changeLanguage('zh-CN'));
    expect(screen.getByRole('heading', { name: '发起呼叫' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: '被叫号码' })).toBeTruthy();
    expect(screen.getByTestId('place-result').textContent).toContain('ITNIO 为您接通 442079460958（英国）。');
    expect(screen.getByRole('button', { name: '由 80010004 重拨 442079460958' })).toBeTruthy();
    expect(screen.getByText('1 次呼叫。')).toBeTruthy();
  });
});

describe('Dialer start-up', { timeout: 20_000 }, () => {
  it('puts the number field and Call in its first render, and the history by itself right after', async () => {
    dialerBridge({ history: [historyEntry('h1', '2025-07-01T09:00:00.000Z')] });
    let first: { number: boolean; call: boolean; search: boolean } | undefined;
    // Runs once the Dialer's first render is in the page, before any later render.
    function FirstRender() {
      useLayoutEffect(() => {
        first ??= {
          number: screen.queryByRole('textbox', { name: 'Number to call' }) !== null,
          call: screen.queryByRole('button', { name: 'Call' }) !== null,
          search: screen.queryByRole('textbox', { name: 'Search history' }) !== null,
        };
      }, []);
      return null;
    }
    render(
      <MantineProvider>
        <DialerScreen />
        <FirstRender />
      </MantineProvider>,
    );
    expect(first).toEqual({ number: true, call: true, search: false });
    expect(await screen.findByRole('textbox', { name: 'Search history' })).toBeTruthy();
    expect(await screen.findAllByTestId('history-row')).toHaveLength(1);
  });
});

describe('Call history: calls whose answer is not known', { timeout: 20_000 }, () => {
  const base = { at: '2025-07-01T10:05:00.000Z', profileId: 'sandbox', profileName: 'Sandbox', country: 'GB', account: '80010004' };
  const entries: HistoryEntry[] = [
    { ...base, id: 'p', callee: '442079460958', request: 'pending' },
    { ...base, id: 'u', callee: '12025550143', request: 'unknown' },
  ];

  it('shows a call still being placed elsewhere, with no way to send its twin', async () => {
    dialerBridge({ history: entries.slice(0, 1) });
    await openDialer();
    const row = (await screen.findAllByTestId('history-row'))[0]!;
    expect(within(row).getByText('Placing')).toBeTruthy();
    expect(row.textContent).toContain('Being sent to ITNIO');
    // The number can be kept in the contacts; nothing can call it again.
    expect(within(row).queryAllByRole('button').map((button) => button.textContent)).toEqual(['Add to contacts']);
  });

  it('shows a recent call whose answer never came as unknown, with its outcome checked and no Redial beside it', async () => {
    const unknown: HistoryEntry = { ...entries[1]!, at: new Date().toISOString(), errorKind: 'timeout', errorMessage: 'api.itniotech.com did not answer within 15 s.' };
    const { of } = dialerBridge({ history: [unknown] });
    const user = await openDialer();
    const row = (await screen.findAllByTestId('history-row'))[0]!;
    expect(within(row).getByText('Unknown')).toBeTruthy();
    expect(row.textContent).toContain('did not answer within 15 s');
    expect(row.textContent).toContain('the phone may have rung');
    expect(within(row).getAllByRole('button').map((button) => button.textContent)).toEqual(['Add to contacts', 'Check outcome']);
    await user.click(within(row).getByRole('button', { name: 'Check outcome of the call to 12025550143' }));
    await waitFor(() => expect(of('calls.checkOutcomes')).toContainEqual({ ids: ['u'] }));
  });
});

describe('Call history', { timeout: 20_000 }, () => {
  async function withCalls() {
    const bridge = dialerBridge();
    const user = await openDialer();
    await user.type(numberField(), '+44 20 7946 0958{Enter}');
    await screen.findByTestId('recording-id');
    await user.clear(numberField());
    await user.type(numberField(), '+1 202 555 0143{Enter}');
    await waitFor(() => expect(screen.getAllByTestId('history-row')).toHaveLength(2));
    return { ...bridge, user };
  }

  it('lists attempts newest first and searches them in main', async () => {
    const { user, of } = await withCalls();
    const rows = screen.getAllByTestId('history-row');
    expect(rows[0]!.textContent).toContain('12025550143');
    expect(rows[1]!.textContent).toContain('442079460958');
    expect(rows[1]!.textContent).toContain('United Kingdom');
    expect(screen.getByText('2 calls.')).toBeTruthy();

    await user.type(screen.getByRole('textbox', { name: 'Search history' }), '4420');
    await waitFor(() => expect(of('calls.history')).toContainEqual({ query: '4420', limit: 200 }));
    await waitFor(() => expect(screen.getAllByTestId('history-row')).toHaveLength(1));
    expect(screen.getByText('1 of 2 calls match.')).toBeTruthy();
  });

  it('redials into the dialer with one click, ready for Enter', async () => {
    const { user } = await withCalls();
    await user.clear(numberField());
    await user.click(screen.getByRole('button', { name: 'Redial 442079460958 from 80010004' }));
    expect((numberField() as HTMLInputElement).value).toBe('+442079460958');
    expect(document.activeElement).toBe(numberField());
    expect(preview()).toBe('Dials 442079460958 · United Kingdom · a valid United Kingdom number');
  });

  it('exports to CSV through main and clears only after confirmation', async () => {
    const { user, of } = await withCalls();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('2 calls saved to /home/op/call-history-2025-07-01.csv')).toBeTruthy();
    expect(of('calls.exportHistory')).toEqual([undefined]);

    await user.click(screen.getByRole('button', { name: 'Clear history' }));
    let dialog = await screen.findByRole('dialog', { name: 'Clear call history?' });
    expect(dialog.textContent).toContain('All 2 calls');
    // Deleting cannot be undone: the safe choice has the focus.
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep history' })));
    await user.click(within(dialog).getByRole('button', { name: 'Keep history' }));
    expect(of('calls.clearHistory')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Clear history' }));
    dialog = await screen.findByRole('dialog', { name: 'Clear call history?' });
    await user.click(within(dialog).getByRole('button', { name: 'Clear all calls' }));
    await waitFor(() => expect(screen.queryAllByTestId('history-row')).toHaveLength(0));
    expect(of('calls.clearHistory')).toHaveLength(1);
    expect(screen.getByText(/^No calls yet/)).toBeTruthy();
  });
});
