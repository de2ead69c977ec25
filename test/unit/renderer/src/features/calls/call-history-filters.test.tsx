import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { historyOutcome } from '../../../../../../contract/schemas/call-record-text';
import type { HistoryEntry, HistoryFilter } from '../../../../../../contract/schemas/call-history';
import { App } from '../../../../../../renderer/src/app/App';
import { callRecord, ENDED_BUSY } from '../../../../../support/fixtures/call-records';
import { historyEntry, historyListOf } from '../../../../../support/fixtures/history';
import { installBridge, shellAnswers } from '../../../fake-bridge';

const OFFICE = { profileId: 'office', profileName: 'Office' };

/** Five calls over three days, from two profiles and three phones. */
const ENTRIES: HistoryEntry[] = [
  historyEntry('e5', '2025-07-03T12:00:00.000Z', { ...OFFICE, recordingId: 'rec-e5', account: '80010001' }),
  historyEntry('e4', '2025-07-02T12:00:00.000Z', { ...OFFICE, request: 'failed', account: '80010003', errorKind: 'vendor', errorCode: '-10', errorMessage: 'The account balance is too low.' }),
  historyEntry('e3', '2025-07-01T12:00:00.000Z', { recordingId: 'rec-e3', account: '80010001', record: callRecord(ENDED_BUSY) }),
  historyEntry('e2', '2025-07-01T11:00:00.000Z', { recordingId: 'rec-e2', account: '80010002', record: callRecord(ENDED_BUSY) }),
  historyEntry('e1', '2025-06-30T12:00:00.000Z', { ...OFFICE, recordingId: 'rec-e1', account: '80010001', record: callRecord() }),
];

/** main's side, as far as the screen can tell: the filter applied to the whole history. */
function filteringBridge() {
  const matches = (entry: HistoryEntry, filter: HistoryFilter | undefined) =>
    (!filter?.outcome || historyOutcome(entry) === filter.outcome) &&
    (!filter?.phone || entry.account === filter.phone) &&
    (!filter?.profileId || entry.profileId === filter.profileId) &&
    (!filter?.from || entry.at >= filter.from) &&
    (!filter?.to || entry.at < filter.to);
  const calls = installBridge({
    ...shellAnswers(),
    'calls.history': (input) => ({ ok: true, value: historyListOf(ENTRIES, ENTRIES.filter((entry) => matches(entry, input as HistoryFilter | undefined))) }),
    'calls.exportHistory': (input) => ({
      ok: true,
      value: { saved: true, path: '/home/op/call-history.csv', count: ENTRIES.filter((entry) => matches(entry, input as HistoryFilter | undefined)).length },
    }),
  });
  const of = (method: string) => calls.filter((item) => item.method === method).map((item) => item.input);
  return { of };
}

const rows = () => screen.queryAllByTestId('history-row');
const summary = () => within(screen.getByRole('region', { name: 'Call history' })).getByRole('status').textContent;

async function choose(user: ReturnType<typeof userEvent.setup>, field: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: field }));
  await user.click(await screen.findByRole('option', { name: option, hidden: true }));
}

describe('filtering the call history', { timeout: 20_000 }, () => {
  it('narrows the list by outcome, phone, profile and days in main, counts what is shown, and exports exactly that', async () => {
    const user = userEvent.setup({ delay: null });
    const { of } = filteringBridge();
    render(<App />);
    await waitFor(() => expect(rows()).toHaveLength(5));
    expect(summary()).toBe('5 calls.');
    // The history holds calls of two profiles: all of them by default, as before.
    expect((screen.getByRole('combobox', { name: 'Profile' }) as HTMLInputElement).value).toBe('All profiles');

    await choose(user, 'Outcome', 'Busy');
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(of('calls.history').at(-1)).toEqual({ outcome: 'busy', limit: 200 });
    expect(summary()).toBe('2 of 5 calls match.');

    await choose(user, 'Phone', '80010002');
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(of('calls.history').at(-1)).toEqual({ outcome: 'busy', phone: '80010002', limit: 200 });
    expect(summary()).toBe('1 of 5 calls match.');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(rows()).toHaveLength(5));
    expect(of('calls.history').at(-1)).toEqual({ limit: 200 });

    await choose(user, 'Profile', 'Office');
    await waitFor(() => expect(rows()).toHaveLength(3));
    await user.type(screen.getByLabelText('From'), '2025-07-02');
    await user.type(screen.getByLabelText('To'), '2025-07-03');
    // The days are the operator's own: from the From day's midnight to the midnight after the To day.
    const days = { from: new Date(2025, 6, 2).toISOString(), to: new Date(2025, 6, 4).toISOString() };
    await waitFor(() => expect(of('calls.history').at(-1)).toEqual({ profileId: 'office', ...days, limit: 200 }));
    await waitFor(() => expect(summary()).toBe('2 of 5 calls match.'));

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('2 calls saved to /home/op/call-history.csv')).toBeTruthy();
    expect(of('calls.exportHistory')).toEqual([{ profileId: 'office', ...days }]);
  });

  it('says when the To day is before the From day, on the field, and asks main nothing with it', async () => {
    const user = userEvent.setup({ delay: null });
    const { of } = filteringBridge();
    render(<App />);
    await waitFor(() => expect(rows()).toHaveLength(5));
    await user.type(screen.getByLabelText('From'), '2025-07-02');
    await waitFor(() => expect(of('calls.history').at(-1)).toEqual({ from: new Date(2025, 6, 2).toISOString(), limit: 200 }));
    const reads = of('calls.history').length;

    await user.type(screen.getByLabelText('To'), '2025-07-01');
    expect(await screen.findByText('must be on or after the From day')).toBeTruthy();
    expect(screen.getByLabelText('To').getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByRole('button', { name: 'Export CSV' }) as HTMLButtonElement).disabled).toBe(true);
    expect(of('calls.history')).toHaveLength(reads);
    expect(of('calls.exportHistory')).toEqual([]);
  });

  it('searches within the filters, and gives the search and every filter a label', async () => {
    const user = userEvent.setup({ delay: null });
    const { of } = filteringBridge();
    render(<App />);
    await waitFor(() => expect(rows()).toHaveLength(5));
    await choose(user, 'Outcome', 'Answered');
    await user.type(screen.getByRole('textbox', { name: 'Search history' }), '4420');
    await waitFor(() => expect(of('calls.history').at(-1)).toEqual({ query: '4420', outcome: 'answered', limit: 200 }));
    const filters = screen.getByRole('group', { name: 'Filter the call history' });
    for (const label of ['Search history', 'From', 'To', 'Outcome', 'Phone', 'Profile']) expect(within(filters).getByLabelText(label)).toBeTruthy();
  });
});
