import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../../../../contract/result';
import type { ActivityList, ActivityRecord } from '../../../../../../contract/schemas/activity';
import { App } from '../../../../../../renderer/src/app/App';
import { useNavigation } from '../../../../../../renderer/src/app/navigation';
import { recheckAccount } from '../../../../../../renderer/src/ui/account-scope';
import { clockTime } from '../../../../../../renderer/src/ui/format';
import { DIALER_PHONES, FIRST_RUN_PROFILES, installBridge, shellAnswers } from '../../../fake-bridge';
import { listedNumber } from '../../../../../support/fixtures/numbers';

type Answer = (input: unknown) => Result<unknown> | Promise<Result<unknown>>;

const WORK = { id: 'work', name: 'Work', baseUrl: 'https://api.itniotech.com', appId: 'app-2', apiKeyMasked: 'bDq…q9', sandbox: false };

const record = (changes: Partial<ActivityRecord>): ActivityRecord => ({
  callId: 'c-1',
  number: '12025550143',
  direction: 'incoming',
  caller: '447700900123',
  called: '12025550143',
  country: 'GB',
  startTime: '2025-07-07T09:12:00.000Z',
  endTime: '2025-07-07T09:12:30.000Z',
  duration: 0,
  chargedDuration: 0,
  cost: '0.0000',
  sipCode: '480',
  hangupReason: 'No answer',
  answered: false,
  missed: true,
  hasRecording: false,
  ...changes,
});

/** A missed call in, an answered call out with its recording, newest first. */
const MISSED_IN = record({ callId: 'c-missed' });
const ANSWERED_OUT = record({
  callId: 'c-out',
  direction: 'outgoing',
  caller: '12025550143',
  called: '442079460958',
  startTime: '2025-07-06T15:00:00.000Z',
  duration: 65,
  chargedDuration: 120,
  cost: '0.0400',
  sipCode: '200',
  hangupReason: 'Normal clearing',
  answered: true,
  missed: false,
  hasRecording: true,
});

const listOf = (records: ActivityRecord[], changes: Partial<ActivityList> = {}): ActivityList => ({
  profileId: 'sandbox',
  fetchedAt: '2025-07-07T08:00:00.000Z',
  since: '2025-07-01',
  until: '2025-07-07',
  records,
  ...changes,
});

/** The fake main: the account's two numbers, and the activity `activity` answers, read under the profile active then. */
function activityBridge(options: { activity?: Answer } = {}) {
  let active = 'sandbox';
  const activity: Answer = options.activity ?? (() => ({ ok: true, value: listOf([MISSED_IN, ANSWERED_OUT]) }));
  const calls = installBridge({
    ...shellAnswers(),
    'profiles.list': () => ({ ok: true, value: { activeId: active, profiles: [...FIRST_RUN_PROFILES.profiles, WORK] } }),
    'phones.list': () => ({ ok: true, value: { ...DIALER_PHONES, profileId: active } }),
    'numbers.list': () => ({
      ok: true,
      value: { profileId: active, fetchedAt: '2025-07-07T08:00:00.000Z', numbers: [listedNumber({ number: '12025550143' }), listedNumber({ number: '447700900555' })] },
    }),
    'calls.activity': ((input: unknown) => {
      const answer = activity(input);
      const ours = (result: Result<unknown>): Result<unknown> => (result.ok ? { ok: true, value: { ...(result.value as object), profileId: active } } : result);
      return answer instanceof Promise ? answer.then(ours) : ours(answer);
    }) as (input: unknown) => Result<unknown>,
    'calls.activityRecording': () => ({ ok: true, value: { recordingId: 'c-out', bytes: new Uint8Array([82, 73, 70, 70]), mimeType: 'audio/wav', fileName: 'c-out.wav' } }),
    // Present so a call placed by mistake is recorded rather than thrown on.
    'calls.place': () => ({ ok: false, error: { kind: 'internal', message: 'not in this test' } }),
  });
  const of = (method: string) => calls.filter((call) => call.method === method).map((call) => call.input);
  return { of, activateElsewhere: (id: string) => (active = id) };
}

/** An answer ITNIO is slow to give: it arrives when the test lets it. */
function slowAnswer() {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  return { arrived, arrive: () => act(async () => arrive()) };
}

const rows = () => screen.queryAllByTestId('activity-row');
const rowOf = async (callId: string) => {
  await waitFor(() => expect(rows().some((row) => row.dataset.callId === callId)).toBe(true));
  return rows().find((row) => row.dataset.callId === callId)!;
};
const filters = () => screen.getByRole('group', { name: 'Filter the activity' });

beforeEach(() => {
  notifications.clean();
  // The operator's "today" is 7 July 2025, in the computer's own zone.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2025, 6, 7, 10, 0, 0));
  useNavigation.setState({ screen: 'activity' });
});

afterEach(() => vi.useRealTimers());

const OFFSET = -new Date(2025, 6, 7).getTimezoneOffset();

describe('Activity screen: filters', () => {
  it('reads the last week on open, then sends each filter as the contract names it', async () => {
    const { of } = activityBridge();
    const user = userEvent.setup();
    render(<App />);
    await rowOf('c-missed');
    expect(of('calls.activity')).toEqual([{ since: '2025-07-01', until: '2025-07-07', utcOffsetMinutes: OFFSET }]);

    // The account's numbers, as the Numbers feature lists them, besides every number.
    const number = within(filters()).getByRole('combobox', { name: 'Number' });
    await waitFor(() => expect(within(number).getAllByRole('option').map((option) => option.textContent)).toEqual(['All numbers', '12025550143', '447700900555']));
    await user.selectOptions(number, '447700900555');
    await user.selectOptions(within(filters()).getByRole('combobox', { name: 'Direction' }), 'incoming');
    await user.selectOptions(within(filters()).getByRole('combobox', { name: 'Answered or missed' }), 'missed');
    fireEvent.change(within(filters()).getByLabelText('From'), { target: { value: '2025-06-10' } });
    await waitFor(() => expect(of('calls.activity')).toHaveLength(5));
    expect(of('calls.activity').at(-1)).toEqual({ since: '2025-06-10', until: '2025-07-07', utcOffsetMinutes: OFFSET, number: '447700900555', direction: 'incoming', missed: true });

    await user.selectOptions(within(filters()).getByRole('combobox', { name: 'Answered or missed' }), 'answered');
    await user.selectOptions(within(filters()).getByRole('combobox', { name: 'Number' }), 'All numbers');
    await waitFor(() => expect(of('calls.activity')).toHaveLength(7));
    expect(of('calls.activity').at(-1)).toEqual({ since: '2025-06-10', until: '2025-07-07', utcOffsetMinutes: OFFSET, direction: 'incoming', answered: true });

    // Refresh reads the same again.
    await user.click(screen.getByRole('button', { name: 'Refresh the activity' }));
    await waitFor(() => expect(of('calls.activity')).toHaveLength(8));
    expect(of('calls.activity').at(-1)).toEqual(of('calls.activity').at(-2));
  });

  it('shows main’s refusal of a day under that date field, not as a failure of the screen', async () => {
    const refusal = {
      kind: 'invalid-input' as const,
      field: 'since',
      rule: 'must be within the last two months ITNIO keeps (from 2025-05-07)',
      message: 'since must be within the last two months ITNIO keeps (from 2025-05-07). Nothing was sent.',
    };
    activityBridge({ activity: (input) => ((input as { since: string }).since < '2025-05-07' ? { ok: false, error: refusal } : { ok: true, value: listOf([MISSED_IN]) }) });
    render(<App />);
    await rowOf('c-missed');

    const from = within(filters()).getByLabelText('From');
    fireEvent.change(from, { target: { value: '2025-04-01' } });
    expect(await within(filters()).findByText(refusal.rule)).toBeTruthy();
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(within(filters()).getByLabelText('To').getAttribute('aria-invalid')).not.toBe('true');
    expect(screen.queryByRole('alert')).toBeNull();
    // Calls read for other days are not shown under days that were refused.
    expect(rows()).toHaveLength(0);

    fireEvent.change(from, { target: { value: '2025-06-01' } });
    await rowOf('c-missed');
    expect(within(filters()).queryByText(refusal.rule)).toBeNull();
  });

  it('names the broken rule under To and sends nothing for a range that ends before it starts', async () => {
    const { of } = activityBridge();
    render(<App />);
    await rowOf('c-missed');
    fireEvent.change(within(filters()).getByLabelText('To'), { target: { value: '2025-06-01' } });
    expect(await within(filters()).findByText('must be on or after the From day')).toBeTruthy();
    expect(of('calls.activity')).toHaveLength(1);
  });
});

describe('Activity screen: the calls', () => {
  it('marks missed calls in words, not colour alone', async () => {
    activityBridge();
    render(<App />);
    const missed = await rowOf('c-missed');
    const answered = await rowOf('c-out');
    expect(within(missed).getByTestId('missed-badge').textContent).toBe('Missed');
    expect(within(missed).getByText('Not answered')).toBeTruthy();
    expect(within(answered).queryByTestId('missed-badge')).toBeNull();
    expect(within(answered).getByText('1:05')).toBeTruthy();
    expect(within(answered).getByText('200 · Normal clearing')).toBeTruthy();
    expect(screen.getByTestId('activity-summary').textContent).toMatch(/^2 calls, 1 missed, /);
    // Newest first, as main answered.
    expect(rows().map((row) => row.dataset.callId)).toEqual(['c-missed', 'c-out']);
  });

  it('fills the Dialer with the caller of a missed call and goes there, dialling nothing', async () => {
    const { of } = activityBridge();
    const user = userEvent.setup();
    render(<App />);
    await user.click(within(await rowOf('c-missed')).getByRole('button', { name: 'Call back 447700900123' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Dialer'));
    await waitFor(() => expect((screen.getByRole('textbox', { name: /^Number to call/ }) as HTMLInputElement).value).toBe('+447700900123'));
    expect(of('calls.place')).toEqual([]);
  });

  it('calls back the called number of an outgoing call', async () => {
    const { of } = activityBridge();
    const user = userEvent.setup();
    render(<App />);
    await user.click(within(await rowOf('c-out')).getByRole('button', { name: 'Call back 442079460958' }));
    await waitFor(() => expect((screen.getByRole('textbox', { name: /^Number to call/ }) as HTMLInputElement).value).toBe('+442079460958'));
    expect(of('calls.place')).toEqual([]);
  });

  it('plays a recording fetched through main, offered only where the call has one', async () => {
    const { of } = activityBridge();
    const user = userEvent.setup();
    render(<App />);
    expect(within(await rowOf('c-missed')).queryByRole('button', { name: /^Play/ })).toBeNull();
    await user.click(within(await rowOf('c-out')).getByRole('button', { name: /^Play recording of the call to 442079460958/ }));
    const audio = await screen.findByTestId('activity-recording-audio');
    expect(audio.getAttribute('src')).toMatch(/^blob:/);
    expect(of('calls.activityRecording')).toEqual([{ callId: 'c-out', profileId: 'sandbox' }]);
  });

  it('says when a list kept through an outage was read', async () => {
    const outage = { kind: 'network' as const, message: 'ITNIO could not be reached.', reachedItnio: 'no' as const };
    // Read three hours before "now" (10:00 on 7 July, the computer's zone).
    const readAt = new Date(2025, 6, 7, 7, 0, 0).toISOString();
    activityBridge({ activity: () => ({ ok: true, value: listOf([MISSED_IN], { stale: outage, fetchedAt: readAt }) }) });
    render(<App />);
    await rowOf('c-missed');
    expect(screen.getByTestId('kept-list').textContent).toContain(`Showing the activity read at ${clockTime(readAt)} (3 h ago)`);
    expect(screen.getByTestId('activity-summary').textContent).not.toContain('read from ITNIO at');
  });

  it('drops the old account’s calls at once when another profile becomes active', async () => {
    const slow = slowAnswer();
    let reads = 0;
    const { of, activateElsewhere } = activityBridge({
      activity: async () => {
        // The first read (the old account) answers at once; the new account's waits.
        if ((reads += 1) > 1) await slow.arrived;
        return { ok: true, value: listOf(reads > 1 ? [] : [MISSED_IN, ANSWERED_OUT]) };
      },
    });
    render(<App />);
    await rowOf('c-missed');

    activateElsewhere('work');
    act(() => recheckAccount());
    await waitFor(() => expect(rows()).toHaveLength(0));
    await waitFor(() => expect(of('calls.activity')).toHaveLength(2));
    await slow.arrive();
    expect(await screen.findByText(/^No calls match/)).toBeTruthy();
  });
});
