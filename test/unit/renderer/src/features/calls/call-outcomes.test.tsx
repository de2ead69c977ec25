import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../../../../contract/result';
import type { CheckOutcomesInput, OutcomeSweep } from '../../../../../../contract/schemas/call-history';
import type { CallRecord } from '../../../../../../contract/schemas/calls';
import type { HistoryEntry } from '../../../../../../contract/schemas/call-history';
import { App } from '../../../../../../renderer/src/app/App';
import { useDialer } from '../../../../../../renderer/src/features/calls/store';
import { i18n } from '../../../../../../renderer/src/i18n';
import { callRecord, ENDED_BUSY, NOT_ANSWERED } from '../../../../../support/fixtures/call-records';
import { historyEntry, historyListOf } from '../../../../../support/fixtures/history';
import { FIRST_RUN_PROFILES, installBridge, SANDBOX_BALANCE, shellAnswers } from '../../../fake-bridge';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const ANSWERED = callRecord();
const BUSY = callRecord({ ...ENDED_BUSY, cost: '0' });

const call = (id: string, msAgo: number, extra: Partial<HistoryEntry> = {}): HistoryEntry =>
  historyEntry(id, new Date(Date.now() - msAgo).toISOString(), { recordingId: `rec-${id}`, ...extra });

const sweep = (value: Partial<OutcomeSweep> = {}): Result<OutcomeSweep> => ({ ok: true, value: { checked: 0, filed: 0, watching: 0, deferred: 0, nextCheckInMs: null, ...value } });

/** WAV bytes are enough for a blob: URL; the page never parses them here. */
const WAV = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x41, 0x56, 0x45]);

/**
 * main as the history sees it: entries with their records merged in, and a checkOutcomes that
 * files the record of each call it is asked about once `ready` lists it.
 */
function historyBridge(entries: HistoryEntry[], options: { ready?: Set<string>; nextCheckInMs?: number | null } = {}) {
  const ready = options.ready ?? new Set<string>();
  const records: Record<string, CallRecord> = { r: ANSWERED };
  const file = (entry: HistoryEntry) => {
    if (entry.record || !ready.has(entry.id)) return false;
    entry.record = records[entry.id] ?? ANSWERED;
    return true;
  };
  const calls = installBridge({
    ...shellAnswers(),
    'calls.history': () => ({ ok: true, value: historyListOf(entries) }),
    'calls.checkOutcomes': (input) => {
      const asked = input as CheckOutcomesInput;
      const pending = entries.filter((entry) => entry.request === 'placed' && !entry.record);
      const recent = (entry: HistoryEntry) => Date.now() - Date.parse(entry.at) < 2 * 3_600_000;
      // In the background only recent calls are checked; a refresh checks all, a row its own.
      const chosen = asked?.ids ? pending.filter((entry) => asked.ids!.includes(entry.id)) : asked?.all ? pending : pending.filter(recent);
      const filed = chosen.filter(file).length;
      const watching = entries.filter((entry) => entry.request === 'placed' && !entry.record && recent(entry)).length;
      return sweep({ checked: chosen.length, filed, watching, nextCheckInMs: watching > 0 ? (options.nextCheckInMs ?? null) : null });
    },
    'calls.recording': (input) => ({ ok: true, value: { recordingId: (input as { recordingId: string }).recordingId, bytes: WAV, mimeType: 'audio/wav', fileName: 'call-rec-r.wav' } }),
    'calls.saveRecording': () => ({ ok: true, value: { saved: true, path: '/home/op/call-rec-r.wav', size: WAV.length } }),
  });
  const of = (method: string) => calls.filter((item) => item.method === method).map((item) => item.input);
  return { of, ready };
}

beforeEach(() => {
  localStorage.clear();
  // No country for local numbers, whatever the test machine's language: numbers are typed with their code.
  useDialer.setState({ homeCountry: '' });
});

const rowOf = async (recordingId: string) => (await screen.findAllByTestId('history-row')).find((row) => row.textContent?.includes(recordingId))!;

describe('call outcomes in the history', { timeout: 20_000 }, () => {
  it('shows each call as the operator understands it, offering what each one allows', async () => {
    historyBridge([
      call('r', 5 * MINUTE, { record: ANSWERED }),
      call('b', 6 * MINUTE, { callee: '447700900127', record: BUSY }),
      call('w', 1 * MINUTE),
      call('o', 3 * DAY),
      call('x', 70 * DAY),
      call('f', 2 * MINUTE, { request: 'failed', recordingId: undefined, errorKind: 'vendor', errorCode: '-10', errorMessage: 'The account balance is too low to place this call.' }),
    ]);
    render(<App />);

    const answered = await rowOf('rec-r');
    expect(within(answered).getByTestId('call-result').textContent).toBe('Answered · 0:42 · $0.05');
    expect(within(answered).getByRole('button', { name: 'Play recording of call rec-r' })).toBeTruthy();
    expect(within(answered).queryByRole('button', { name: /Check outcome/ })).toBeNull();

    const busy = await rowOf('rec-b');
    expect(within(busy).getByTestId('call-result').textContent).toBe('Busy (486)');
    expect(busy.textContent).toContain('No recording: the call was not answered.');
    expect(within(busy).queryByRole('button', { name: /Play recording/ })).toBeNull();

    const waiting = await rowOf('rec-w');
    expect(within(waiting).getByTestId('call-result').textContent).toBe('Placed — checking outcome…');
    expect(within(waiting).getByRole('button', { name: 'Check outcome of call rec-w' })).toBeTruthy();

    const older = await rowOf('rec-o');
    expect(within(older).getByTestId('call-result').textContent).toBe('Placed — outcome not checked');
    expect(within(older).getByRole('button', { name: 'Check outcome of call rec-o' })).toBeTruthy();

    const expired = await rowOf('rec-x');
    expect(within(expired).getByTestId('call-result').textContent).toBe('Placed — outcome no longer kept');
    expect(expired.textContent).toContain('ITNIO keeps call records for two months.');
    expect(within(expired).queryByRole('button', { name: /Check outcome|Play recording/ })).toBeNull();

    const failed = (await screen.findAllByTestId('history-row')).find((row) => row.textContent?.includes('Refused (-10)'))!;
    expect(within(failed).queryByTestId('call-result')).toBeNull();
    expect(within(failed).queryByRole('button', { name: /Check outcome|Play recording/ })).toBeNull();
  });

  it('badges each row with what happened to the call, coloured by it and green only for an answered one', async () => {
    historyBridge([
      call('r', 5 * MINUTE, { record: ANSWERED }),
      call('n', 6 * MINUTE, { callee: '447700900128', record: callRecord({ ...NOT_ANSWERED, terminationCode: '480', terminationReason: 'No answer' }) }),
      call('b', 7 * MINUTE, { callee: '447700900127', record: BUSY }),
      call('w', 1 * MINUTE),
      call('f', 2 * MINUTE, { callee: '12025550143', request: 'failed', recordingId: undefined, errorKind: 'vendor', errorCode: '-10', errorMessage: 'The account balance is too low to place this call.' }),
    ]);
    render(<App />);
    // Rows are told apart by recording id, the failed one (it has none) by its callee.
    const badgeOf = async (text: string) => {
      const badge = within(await rowOf(text)).getByTestId('call-outcome');
      // Mantine paints a badge from its colour's variables: the colour is read where the page sets it.
      return { text: badge.textContent, colour: /--mantine-color-(\w+)-light-color/.exec(badge.getAttribute('style') ?? '')?.[1] };
    };
    expect(await badgeOf('rec-r')).toEqual({ text: 'Answered', colour: 'teal' });
    expect(await badgeOf('rec-n')).toEqual({ text: 'No answer (480)', colour: 'orange' });
    expect(await badgeOf('rec-b')).toEqual({ text: 'Busy (486)', colour: 'orange' });
    expect(await badgeOf('rec-w')).toEqual({ text: 'Placed — checking outcome…', colour: 'blue' });
    expect(await badgeOf('12025550143')).toEqual({ text: 'Refused (-10)', colour: 'red' });
    // The badge names the outcome; the line beside it keeps what else the record says.
    expect(within(await rowOf('rec-r')).getByTestId('call-result').textContent).toBe('Answered · 0:42 · $0.05');
    expect(screen.queryByText(/^Placed$/)).toBeNull();
  });

  it("says each call's outcome, its details and main's kept words in the window's language", async () => {
    historyBridge([
      call('r', 5 * MINUTE, { record: ANSWERED }),
      call('n', 6 * MINUTE, { callee: '447700900128', record: callRecord({ ...NOT_ANSWERED, terminationCode: '480', terminationReason: 'No answer' }) }),
      call('w', 1 * MINUTE),
      call('u', 3 * MINUTE, {
        request: 'unknown',
        recordingId: undefined,
        callee: '447700900129',
        errorMessage: 'Switchboard stopped before ITNIO answered: the phone may have rung. Check the call records in the ITNIO console before calling again.',
      }),
      call('f', 2 * MINUTE, { callee: '12025550143', request: 'failed', recordingId: undefined, errorKind: 'vendor', errorCode: '-10', errorMessage: 'The account balance is too low to place this call.' }),
    ]);
    render(<App />);
    await rowOf('rec-r');
    await act(() => i18n.changeLanguage('zh-CN'));
    const badgeOf = async (text: string) => within(await rowOf(text)).getByTestId('call-outcome').textContent;
    expect(within(await rowOf('rec-r')).getByTestId('call-result').textContent).toBe('已接通 · 0:42 · $0.05');
    expect(await badgeOf('rec-n')).toBe('未接听（480）');
    expect(await badgeOf('rec-w')).toBe('已拨出 — 正在查询结果…');
    expect(await badgeOf('12025550143')).toBe('被拒绝（-10）');
    const unknown = await rowOf('447700900129');
    expect(within(unknown).getByTestId('call-outcome').textContent).toBe('未知');
    expect(unknown.textContent).toContain('ITNIO 应答前 Switchboard 已停止：电话可能已经振铃。');
    // Words main kept without keys (a vendor's refusal written before) stay as they were kept.
    expect((await rowOf('12025550143')).textContent).toContain('The account balance is too low to place this call.');
  });

  it("says a failed call's kept error in Chinese from the keys main kept beside it, and the English where they no longer match", async () => {
    const balance = 'The account balance is too low to place this call.';
    const keys = { errorMessage: { key: 'status.balanceTooLow.message' } } as const;
    const failed = { request: 'failed', recordingId: undefined, errorKind: 'vendor', errorCode: '-10' } as const;
    historyBridge([
      call('k', 2 * MINUTE, { ...failed, callee: '12025550143', errorMessage: balance, say: keys }),
      // Words main changed after keying them: the English kept stands, never another message's words.
      call('m', 3 * MINUTE, { ...failed, callee: '12025550144', errorMessage: 'The balance was too low.', say: keys }),
    ]);
    render(<App />);
    expect((await rowOf('12025550143')).textContent).toContain(balance);
    await act(() => i18n.changeLanguage('zh-CN'));
    await waitFor(async () => expect((await rowOf('12025550143')).textContent).toContain('账户余额不足，无法拨打此电话。'));
    expect((await rowOf('12025550144')).textContent).toContain('The balance was too low.');
  });

  it('fills in a recent call in the background when main says its check is due, and reads the balance again', async () => {
    const { of, ready } = historyBridge([call('w', 10_000)], { nextCheckInMs: 1000 });
    render(<App />);
    const row = await rowOf('rec-w');
    await waitFor(() => expect(screen.getByText(/Checking the outcome of 1 recent call with ITNIO in the background\./)).toBeTruthy());
    expect(of('calls.checkOutcomes')).toEqual([undefined]);
    const balanceReads = of('account.balance').length;

    ready.add('w');
    await waitFor(() => expect(within(row).getByTestId('call-result').textContent).toBe('Answered · 0:42 · $0.05'), { timeout: 5000 });
    expect(of('calls.checkOutcomes')).toEqual([undefined, undefined]);
    await waitFor(() => expect(of('account.balance').length).toBe(balanceReads + 1));
    expect(screen.queryByText(/in the background/)).toBeNull();
  });

  it("checks one row's outcome on request, saying so when ITNIO has not filed it yet", async () => {
    const user = userEvent.setup();
    const { of, ready } = historyBridge([call('o', 3 * DAY)]);
    render(<App />);
    const row = await rowOf('rec-o');
    await user.click(within(row).getByRole('button', { name: 'Check outcome of call rec-o' }));
    expect(await screen.findByText('No outcome yet')).toBeTruthy();
    expect(of('calls.checkOutcomes').at(-1)).toEqual({ ids: ['o'] });

    ready.add('o');
    await user.click(within(row).getByRole('button', { name: 'Check outcome of call rec-o' }));
    await waitFor(() => expect(within(row).getByTestId('call-result').textContent).toBe('Answered · 0:42 · $0.05'));
    expect(within(row).getByRole('button', { name: 'Play recording of call rec-o' })).toBeTruthy();
  });

  it('refreshes every outcome at once and says how many were found', async () => {
    const user = userEvent.setup();
    const { of, ready } = historyBridge([call('a', 3 * DAY), call('b', 4 * DAY)]);
    ready.add('a');
    render(<App />);
    await rowOf('rec-a');
    await user.click(screen.getByRole('button', { name: 'Refresh outcomes' }));
    expect(await screen.findByText('1 of 2 calls had an outcome.')).toBeTruthy();
    expect(of('calls.checkOutcomes').at(-1)).toEqual({ all: true });
    expect(within(await rowOf('rec-a')).getByTestId('call-result').textContent).toBe('Answered · 0:42 · $0.05');
  });

  it("shows a check's failure with its message and hint", async () => {
    const user = userEvent.setup();
    installBridge({
      ...shellAnswers(),
      'calls.history': () => ({ ok: true, value: historyListOf([call('o', 3 * DAY)]) }),
      'calls.checkOutcomes': (input) =>
        input
          ? sweep({ checked: 1, problem: { kind: 'auth', code: '-1', message: 'The server did not accept the API key and secret (authentication failed).', hint: "Check this profile's API key and secret." } })
          : sweep(),
    });
    render(<App />);
    await user.click(within(await rowOf('rec-o')).getByRole('button', { name: 'Check outcome of call rec-o' }));
    expect(await screen.findByText('The server did not accept the API key and secret (authentication failed).')).toBeTruthy();
    expect(screen.getByText("Check this profile's API key and secret.")).toBeTruthy();
  });

  it('plays a recording from a blob: URL in the audio player, and saves it through main', async () => {
    const user = userEvent.setup();
    const { of } = historyBridge([call('r', 5 * MINUTE, { record: ANSWERED })]);
    render(<App />);
    await user.click(within(await rowOf('rec-r')).getByRole('button', { name: 'Play recording of call rec-r' }));
    const dialog = await screen.findByRole('dialog', { name: 'Call recording' });
    const audio = (await within(dialog).findByLabelText('Recording of the call to 442079460958')) as HTMLAudioElement;
    expect(audio.tagName).toBe('AUDIO');
    expect(audio.controls).toBe(true);
    expect(audio.getAttribute('src')).toMatch(/^blob:/);
    expect(dialog.textContent).toContain('Answered · 0:42 · $0.05');
    expect(of('calls.recording')).toEqual([{ recordingId: 'rec-r', profileId: 'sandbox' }]);

    await user.click(within(dialog).getByRole('button', { name: 'Save recording…' }));
    expect(await screen.findByText('Saved to /home/op/call-rec-r.wav')).toBeTruthy();
    expect(of('calls.saveRecording')).toEqual([{ recordingId: 'rec-r', profileId: 'sandbox' }]);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Call recording' })).toBeNull());
  });

  it('says why a recording could not be fetched, and offers no save', async () => {
    const user = userEvent.setup();
    installBridge({
      ...shellAnswers(),
      'calls.history': () => ({ ok: true, value: historyListOf([call('r', 5 * MINUTE, { record: ANSWERED })]) }),
      'calls.recording': () => ({ ok: false, error: { kind: 'server', message: 'The recording link was refused (HTTP 403): it has probably expired.', hint: 'Try again: each attempt asks ITNIO for a fresh link.' } }),
    });
    render(<App />);
    await user.click(within(await rowOf('rec-r')).getByRole('button', { name: 'Play recording of call rec-r' }));
    const dialog = await screen.findByRole('dialog', { name: 'Call recording' });
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('The recording link was refused (HTTP 403): it has probably expired.');
    expect(alert.textContent).toContain('Try again: each attempt asks ITNIO for a fresh link.');
    expect((within(dialog).getByRole('button', { name: 'Save recording…' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("says why a recording could not be fetched in the window's language, with the call's outcome", async () => {
    const user = userEvent.setup();
    installBridge({
      ...shellAnswers(),
      'calls.history': () => ({ ok: true, value: historyListOf([call('r', 5 * MINUTE, { record: ANSWERED })]) }),
      'calls.recording': () => ({
        ok: false,
        error: {
          kind: 'server',
          message: 'The recording link was refused (HTTP 403): it has probably expired.',
          hint: 'Try again: each attempt asks ITNIO for a fresh link.',
          say: { message: { key: 'calls.recording.expired', values: { status: 403 } }, hint: { key: 'calls.recording.freshLinkHint' } },
        },
      }),
    });
    render(<App />);
    await rowOf('rec-r');
    await act(() => i18n.changeLanguage('zh-CN'));
    await user.click(within(await rowOf('rec-r')).getByRole('button', { name: '播放呼叫 rec-r 的录音' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain(' · 已接通 · 0:42 · $0.05');
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('录音链接被拒绝（HTTP 403）：链接可能已过期。');
    expect(alert.textContent).toContain('请重试：每次尝试都会向 ITNIO 获取新的链接。');
  });
});

describe('after a call', { timeout: 20_000 }, () => {
  it('reads the balance again and starts watching for the call’s outcome', async () => {
    const user = userEvent.setup({ delay: null });
    const entries: HistoryEntry[] = [];
    let balance = 25;
    const calls = installBridge({
      ...shellAnswers(),
      'profiles.list': () => ({ ok: true, value: { ...FIRST_RUN_PROFILES, profiles: FIRST_RUN_PROFILES.profiles.map((profile) => ({ ...profile, defaultAccount: '80010001' })) } }),
      'phones.list': () => ({ ok: true, value: { profileId: 'sandbox', fetchedAt: '2025-07-01T10:00:00.000Z', phones: [{ account: '80010001', phoneName: 'desk-1', groupName: 'Front Office', displayNum: '447700900123' }] } }),
      'account.balance': () => ({ ok: true, value: { ...SANDBOX_BALANCE, balance: balance.toFixed(2) } }),
      'calls.history': () => ({ ok: true, value: historyListOf(entries) }),
      'calls.checkOutcomes': () => sweep({ watching: entries.length, nextCheckInMs: entries.length > 0 ? 5000 : null }),
      'calls.place': () => {
        balance -= 0.05;
        entries.unshift(call('n', 0));
        return { ok: true, value: { recordingId: 'rec-n', callee: '442079460958', country: 'GB', account: '80010001', at: new Date().toISOString() } };
      },
    });
    render(<App />);
    await waitFor(() => expect(screen.getByTestId('account-balance').textContent).toContain('25.00'));
    await waitFor(() => expect((screen.getByRole('combobox', { name: /Phone that rings first/ }) as HTMLInputElement).value).toContain('80010001'));
    await user.type(screen.getByRole('textbox', { name: 'Number to call' }), '+44 20 7946 0958{Enter}');
    await waitFor(() => expect(screen.getByTestId('account-balance').textContent).toContain('24.95'));
    await waitFor(() => expect(screen.getByText(/Checking the outcome of 1 recent call/)).toBeTruthy());
    expect(calls.filter((item) => item.method === 'calls.checkOutcomes').length).toBeGreaterThanOrEqual(2);
  });
});
