import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportTable } from '../../../../../../contract/report-table';
import type { Result } from '../../../../../../contract/result';
import type { BalanceHistory } from '../../../../../../contract/schemas/account';
import type { CallReport } from '../../../../../../contract/schemas/reports';
import { App } from '../../../../../../renderer/src/app/App';
import { useNavigation } from '../../../../../../renderer/src/app/navigation';
import { i18n } from '../../../../../../renderer/src/i18n';
import { recheckAccount } from '../../../../../../renderer/src/ui/account-scope';
import { calendarDate, clockTime, dateTime } from '../../../../../../renderer/src/ui/format';
import { emptyReport, FIRST_RUN_PROFILES, installBridge, shellAnswers } from '../../../fake-bridge';
import { BALANCE_HISTORY, weekReport } from './report-fixtures';

type Answer = (input: unknown) => Result<unknown> | Promise<Result<unknown>>;

const WORK = { id: 'work', name: 'Work', baseUrl: 'https://api.itniotech.com', appId: 'app-2', apiKeyMasked: 'bDq…q9', sandbox: false };

/** The fake main: the week's report for any input (its days as asked), and the balance reads, under the profile active then. */
function reportsBridge(options: { calls?: Answer; balance?: Answer; exportCsv?: Answer } = {}) {
  let active = 'sandbox';
  const ours =
    (answer: Answer): Answer =>
    (input) => {
      const mine = (result: Result<unknown>): Result<unknown> => (result.ok ? { ok: true, value: { ...(result.value as object), profileId: active } } : result);
      const given = answer(input);
      return given instanceof Promise ? given.then(mine) : mine(given);
    };
  const calls = installBridge({
    ...shellAnswers(),
    'profiles.list': () => ({ ok: true, value: { activeId: active, profiles: [...FIRST_RUN_PROFILES.profiles, WORK] } }),
    'reports.calls': ours(options.calls ?? ((input) => ({ ok: true, value: weekReport(input as Partial<CallReport>) }))),
    'account.balanceHistory': ours(options.balance ?? (() => ({ ok: true, value: BALANCE_HISTORY }))),
    'reports.exportCsv': options.exportCsv ?? (() => ({ ok: true, value: { saved: true, path: '/home/op/calls-per-day.csv' } })),
  } as Parameters<typeof installBridge>[0]);
  const of = (method: string) => calls.filter((call) => call.method === method).map((call) => call.input);
  return { of, activateElsewhere: (id: string) => (active = id) };
}

/** An answer ITNIO is slow to give: it arrives when the test lets it. */
function slowAnswer() {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  return { arrived, arrive: () => act(async () => arrive()) };
}

const filters = () => screen.getByRole('group', { name: 'Period and filters' });
const totals = () => screen.findByTestId('report-totals');
const figure = (name: string) => screen.getByRole('region', { name });
const select = (name: string) => within(filters()).getByRole('combobox', { name }) as HTMLSelectElement;
const optionsOf = (name: string) => within(select(name)).getAllByRole('option').map((option) => option.textContent);

beforeEach(() => {
  notifications.clean();
  // The operator's "today" is 7 July 2025, in the computer's own zone.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2025, 6, 7, 10, 0, 0));
  useNavigation.setState({ screen: 'reports' });
});

afterEach(async () => {
  vi.useRealTimers();
  await i18n.changeLanguage('en');
});

describe('Reports screen: period and filters', () => {
  it('reads the last week on open, then sends each period and filter as the contract names it, the offset left to main', async () => {
    const { of } = reportsBridge();
    const user = userEvent.setup();
    render(<App />);
    expect((await totals()).textContent).toBe('15 calls · 10 answered (67%) · talk time 15:00 · spend 1.70');
    expect(of('reports.calls')).toEqual([{ since: '2025-07-01', until: '2025-07-07' }]);
    expect(of('account.balanceHistory')).toHaveLength(1);

    await user.click(within(filters()).getByRole('radio', { name: 'Today' }));
    await waitFor(() => expect(of('reports.calls').at(-1)).toEqual({ since: '2025-07-07', until: '2025-07-07' }));
    await user.click(within(filters()).getByRole('radio', { name: '30 days' }));
    await waitFor(() => expect(of('reports.calls').at(-1)).toEqual({ since: '2025-06-08', until: '2025-07-07' }));

    // The filters offer what the report saw; the phones, those of the chosen group.
    expect(optionsOf('Phone group')).toEqual(['All phone groups', 'Sales', 'Support']);
    expect(optionsOf('Phone')).toEqual(['All phones', 'desk-1', 'desk-2', 'sales-1']);
    await user.selectOptions(select('Phone group'), 'Support');
    await waitFor(() => expect(optionsOf('Phone')).toEqual(['All phones', 'desk-1', 'desk-2']));
    await user.selectOptions(select('Phone'), 'desk-2');
    await user.selectOptions(select('Number'), '447700900555');
    await waitFor(() => expect(of('reports.calls').at(-1)).toEqual({ since: '2025-06-08', until: '2025-07-07', group: 'Support', phone: 'desk-2', number: '447700900555' }));

    // Another group drops a phone that is not one of its own; "All" clears a filter.
    await user.selectOptions(select('Phone group'), 'Sales');
    await waitFor(() => expect(of('reports.calls').at(-1)).toEqual({ since: '2025-06-08', until: '2025-07-07', group: 'Sales', number: '447700900555' }));
    await user.selectOptions(select('Number'), 'All numbers');
    await waitFor(() => expect(of('reports.calls').at(-1)).toEqual({ since: '2025-06-08', until: '2025-07-07', group: 'Sales' }));

    // Refresh reads every day again, and the balance reads.
    const reads = of('reports.calls').length;
    await user.click(screen.getByRole('button', { name: 'Refresh the report' }));
    await waitFor(() => expect(of('reports.calls')).toHaveLength(reads + 1));
    expect(of('reports.calls').at(-1)).toEqual({ since: '2025-06-08', until: '2025-07-07', group: 'Sales', refresh: true });
    await waitFor(() => expect(of('account.balanceHistory')).toHaveLength(2));
  });

  it('starts a custom period from the days shown, takes only days ITNIO keeps up to today, and sends nothing for a broken one', async () => {
    const { of } = reportsBridge();
    const user = userEvent.setup();
    render(<App />);
    await totals();
    await user.click(within(filters()).getByRole('radio', { name: 'Custom' }));
    await waitFor(() => expect(of('reports.calls')).toHaveLength(2));
    const from = within(filters()).getByLabelText('From') as HTMLInputElement;
    const to = within(filters()).getByLabelText('To') as HTMLInputElement;
    expect([from.value, to.value]).toEqual(['2025-07-01', '2025-07-07']);
    expect(to.max).toBe('2025-07-07');

    fireEvent.change(from, { target: { value: '2025-04-01' } });
    expect(await within(filters()).findByText(/^must be on or after .*: ITNIO keeps two months$/)).toBeTruthy();
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(of('reports.calls')).toHaveLength(2);
    fireEvent.change(from, { target: { value: '2025-07-03' } });
    await waitFor(() => expect(of('reports.calls').at(-1)).toEqual({ since: '2025-07-03', until: '2025-07-07' }));
    fireEvent.change(to, { target: { value: '2025-07-08' } });
    expect(await within(filters()).findByText('must not be after today')).toBeTruthy();
    fireEvent.change(to, { target: { value: '2025-07-02' } });
    expect(await within(filters()).findByText('must be on or after the From day')).toBeTruthy();
    expect(of('reports.calls')).toHaveLength(3);

    fireEvent.change(to, { target: { value: '2025-07-05' } });
    await waitFor(() => expect(of('reports.calls').at(-1)).toEqual({ since: '2025-07-03', until: '2025-07-05' }));
    expect(within(filters()).queryByText('must be on or after the From day')).toBeNull();
  });

  it('shows only the newest answer when an earlier, slower one arrives after it', async () => {
    const slow = slowAnswer();
    reportsBridge({
      calls: async (input) => {
        const { since } = input as { since: string };
        // The week answers late; today's at once.
        if (since === '2025-07-01') await slow.arrived;
        return { ok: true, value: weekReport({ ...(input as Partial<CallReport>), totals: since === '2025-07-01' ? weekReport().totals : weekReport().byGroup[1]! }) };
      },
    });
    const user = userEvent.setup();
    render(<App />);
    await waitFor(() => expect(screen.getByTestId('report-age').textContent).toBe('Reading the report from ITNIO…'));
    await user.click(within(filters()).getByRole('radio', { name: 'Today' }));
    expect((await totals()).textContent).toMatch(/^5 calls/);
    await slow.arrive();
    expect((await totals()).textContent).toMatch(/^5 calls/);
  });
});

describe('Reports screen: figures', () => {
  it('names each chart with a one-line summary and shows its table, the cells main’s report table gives, numbers right-aligned', async () => {
    reportsBridge();
    const user = userEvent.setup();
    render(<App />);
    await totals();
    const perDay = figure('Calls per day by outcome');
    const period = `${calendarDate('2025-07-01')} – ${calendarDate('2025-07-07')}`;
    expect(within(perDay).getByRole('img').getAttribute('aria-label')).toBe(`Calls per day, ${period}: 15 calls, 10 answered, 3 not answered, 1 busy, 1 failed.`);

    // The tabs take the arrow keys.
    within(perDay).getByRole('tab', { name: 'Chart' }).focus();
    await user.keyboard('{ArrowRight}');
    const table = within(perDay).getByRole('table', { name: `Calls per day by outcome, ${period}` });
    expect(within(perDay).getByRole('tab', { name: 'Table' }).getAttribute('aria-selected')).toBe('true');
    const expected = reportTable(weekReport(), 'day');
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((header) => header.textContent)).toEqual(expected.columns.map((column) => column.header));
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual(expected.rows.map((row) => row.cells));
    const spend = expected.columns.findIndex((column) => column.key === 'spend');
    expect(headers[spend]!.style.textAlign).toBe('right');
    expect(within(rows[0]!).getAllByRole('cell')[spend]!.style.textAlign).toBe('right');
    expect(headers[0]!.style.textAlign).not.toBe('right');

    // The other figures' tables are main's too.
    for (const [name, which] of [
      ['Calls and spend by phone group', 'group'],
      ['Calls and spend by phone', 'phone'],
      ['Inbound calls per number', 'number'],
    ] as const) {
      await user.click(within(figure(name)).getByRole('tab', { name: 'Table' }));
      const cells = within(within(figure(name)).getByRole('table'))
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
      expect(cells, name).toEqual(reportTable(weekReport(), which).rows.map((row) => row.cells));
    }
    expect(within(figure('Inbound calls per number')).getByRole('tab', { name: 'Chart' })).toBeTruthy();
  });

  it('says a period without calls has none, drawing no empty charts, and still offers the tables', async () => {
    reportsBridge({ calls: (input) => ({ ok: true, value: emptyReport(input as CallReport) }) });
    render(<App />);
    expect((await totals()).textContent).toBe('0 calls · 0 answered · talk time 0:00 · spend 0.00');
    for (const name of ['Calls per day by outcome', 'Calls and spend by phone', 'Inbound calls per number']) {
      expect(within(figure(name)).queryByRole('img'), name).toBeNull();
      expect(within(figure(name)).getByText(/^No (incoming )?calls in this period\.$/)).toBeTruthy();
      expect(within(figure(name)).getByRole('tab', { name: 'Table' })).toBeTruthy();
    }
  });

  it('exports a figure’s table as CSV for the report shown, saying where; a cancelled save says nothing', async () => {
    let cancel = true;
    const { of } = reportsBridge({ exportCsv: () => ({ ok: true, value: cancel ? { saved: false } : { saved: true, path: '/home/op/calls-by-phone.csv' } }) });
    const user = userEvent.setup();
    render(<App />);
    await totals();
    await user.selectOptions(select('Phone group'), 'Support');
    await waitFor(() => expect(within(figure('Calls and spend by phone')).getByRole('img').getAttribute('aria-label')).toContain('(group Support)'));

    const byPhone = figure('Calls and spend by phone');
    await user.click(within(byPhone).getByRole('tab', { name: 'Table' }));
    const exportCsv = within(byPhone).getByRole('button', { name: 'Export CSV of Calls and spend by phone' });
    await user.click(exportCsv);
    cancel = false;
    await user.click(exportCsv);
    expect(await screen.findByText('Saved to /home/op/calls-by-phone.csv')).toBeTruthy();
    // One toast: the cancelled save said nothing.
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual(['Table exportedSaved to /home/op/calls-by-phone.csv']);
    const shown = { since: '2025-07-01', until: '2025-07-07', group: 'Support' };
    expect(of('reports.exportCsv')).toEqual([
      { report: shown, table: 'phone' },
      { report: shown, table: 'phone' },
    ]);
  });

  it('draws the balance with the low-balance level, its reads as a table, and the forecast in words under it', async () => {
    reportsBridge();
    const user = userEvent.setup();
    render(<App />);
    const balance = await screen.findByRole('region', { name: 'Balance over time' });
    expect(within(balance).getByTestId('balance-forecast').textContent).toBe("At last week's pace (12.34 a day), about 3 days left; under the low-balance level in 2 days.");
    expect(within(balance).getByRole('img').getAttribute('aria-label')).toMatch(/^Balance over time: 3 reads from .*, last 37\.02; low-balance level 10\.00\.$/);
    await user.click(within(balance).getByRole('tab', { name: 'Table' }));
    const rows = within(within(balance).getByRole('table')).getAllByRole('row');
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['Time', 'Balance'],
      ...BALANCE_HISTORY.points.map((point) => [dateTime(point.at), point.balance.toFixed(2)]),
    ]);
    // The forecast stays in words whichever view is shown; main exports no balance CSV.
    expect(within(balance).getByTestId('balance-forecast')).toBeTruthy();
    expect(within(balance).queryByRole('button', { name: /^Export CSV/ })).toBeNull();
  });

  it.each([
    ['few-reads', 'Not enough balance reads yet for a forecast: Switchboard keeps one each time it reads the balance.'],
    ['no-spend', 'Nothing was spent in the last week.'],
  ] as const)('says why there is no forecast (%s)', async (noForecast, words) => {
    reportsBridge({ balance: () => ({ ok: true, value: { ...BALANCE_HISTORY, forecast: null, noForecast } satisfies BalanceHistory }) });
    render(<App />);
    expect((await screen.findByTestId('balance-forecast')).textContent).toBe(words);
  });
});

describe('Reports screen: age, failures and accounts', () => {
  it('says when the report was read from ITNIO', async () => {
    // Read two hours before "now" (10:00 on 7 July, the computer's zone).
    const readAt = new Date(2025, 6, 7, 8, 0, 0).toISOString();
    reportsBridge({ calls: (input) => ({ ok: true, value: weekReport({ ...(input as Partial<CallReport>), fetchedAt: readAt }) }) });
    render(<App />);
    await totals();
    expect(screen.getByTestId('report-age').textContent).toBe(`Read from ITNIO at ${clockTime(readAt)} (2 h ago).`);
  });

  it('says a report kept through an outage is the one read then', async () => {
    const outage = { kind: 'network' as const, message: 'ITNIO could not be reached.', reachedItnio: 'no' as const };
    const readAt = new Date(2025, 6, 7, 7, 0, 0).toISOString();
    reportsBridge({ calls: (input) => ({ ok: true, value: weekReport({ ...(input as Partial<CallReport>), stale: outage, fetchedAt: readAt }) }) });
    render(<App />);
    await totals();
    expect(screen.getByTestId('kept-list').textContent).toContain(`Showing the report read at ${clockTime(readAt)} (3 h ago)`);
    expect(screen.getByTestId('report-age').textContent).toBe('');
  });

  it('shows a refusal with its hint, and no figures', async () => {
    const refusal = { kind: 'vendor' as const, code: '-3', message: 'ITNIO refused the query: the account is suspended.', hint: 'Ask ITNIO to reactivate the account.' };
    reportsBridge({ calls: () => ({ ok: false, error: refusal }), balance: () => ({ ok: false, error: refusal }) });
    render(<App />);
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((alert) => alert.textContent)).toEqual([`${refusal.message}${refusal.hint}`, `${refusal.message}${refusal.hint}`]);
    expect(screen.queryByTestId('report-totals')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Calls per day by outcome' })).toBeNull();
  });

  it('drops the old account’s report and filters at once when another profile becomes active', async () => {
    const slow = slowAnswer();
    let reads = 0;
    const { of, activateElsewhere } = reportsBridge({
      calls: async (input) => {
        // The old account's reads answer at once; the new account's waits.
        if ((reads += 1) > 2) await slow.arrived;
        return { ok: true, value: weekReport(input as Partial<CallReport>) };
      },
    });
    const user = userEvent.setup();
    render(<App />);
    await totals();
    await user.selectOptions(select('Phone group'), 'Support');
    await waitFor(() => expect(of('reports.calls')).toHaveLength(2));

    activateElsewhere('work');
    act(() => recheckAccount());
    await waitFor(() => expect(screen.queryByTestId('report-totals')).toBeNull());
    expect(select('Phone group').value).toBe('');
    await waitFor(() => expect(of('reports.calls')).toHaveLength(3));
    expect(of('reports.calls').at(-1)).toEqual({ since: '2025-07-01', until: '2025-07-07' });
    await slow.arrive();
    expect(await totals()).toBeTruthy();
  });
});

describe('Reports screen: language', () => {
  it('says the report, its figures and their days in the language chosen while it is open', async () => {
    reportsBridge();
    render(<App />);
    await totals();
    await act(() => i18n.changeLanguage('zh-CN'));
    expect(screen.getByRole('heading', { name: '通话与费用' })).toBeTruthy();
    expect((await totals()).textContent).toBe('15 次通话 · 接通 10 次（67%） · 通话时长 15:00 · 费用 1.70');
    const perDay = figure('每日通话（按结果）');
    const period = `${calendarDate('2025-07-01')} 至 ${calendarDate('2025-07-07')}`;
    expect(period).toMatch(/^2025年7月1日/);
    expect(within(perDay).getByRole('img').getAttribute('aria-label')).toBe(`每日通话，${period}：共 15 次，接通 10 次，未接听 3 次，忙线 1 次，失败 1 次。`);
    expect(within(perDay).getByRole('tab', { name: '表格' })).toBeTruthy();
    expect(within(screen.getByRole('region', { name: '余额变化' })).getByTestId('balance-forecast').textContent).toBe('按上周的速度（每天 12.34），约剩 3 天；2 天后将低于余额预警值。');
  });
});
