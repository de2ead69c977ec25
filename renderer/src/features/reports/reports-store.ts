import type { AppError } from '../../../../contract/result';
import type { BalanceHistory } from '../../../../contract/schemas/account';
import type { CallReport, ReportInput, ReportTable } from '../../../../contract/schemas/reports';
import { accountChanged, isCurrentAccount, scopeToAccount } from '../../ui/account-scope';
import { bridge } from '../../ui/bridge';
import { i18n } from '../../i18n';
import { ruleWords } from '../../i18n/said';
import { fieldMessage } from '../../ui/field-errors';
import { calendarDate } from '../../ui/format';
import { startLatest, type Latest } from '../../ui/latest';
import { resettableStore } from '../../ui/resettable';
import { showError, showSuccess } from '../../ui/toasts';
import { daysOf, filterFieldOf, reportInputOf, type ReportFilterField, type ReportFilters, type ReportProblem, type ReportProblems } from './report-period';

interface ReportsState {
  filters: ReportFilters;
  /** Rules the row's values break: nothing was sent. */
  problems: ReportProblems;
  report: CallReport | undefined;
  /** The input `report` answers: what its tables export, and whether a failed read was of the same. */
  reportInput: ReportInput | undefined;
  loading: boolean;
  /** Main's refusal or the read's failure; shown on its field when it names one. */
  error: AppError | undefined;
  /** Changing the period or a filter fast sends several reads; only the newest answer is shown. */
  reportRequest: Latest;
  balance: BalanceHistory | undefined;
  balanceError: AppError | undefined;
  balanceRequest: Latest;
  /** The screen opens: the report and the balance history read (the report's kept days answered at once by main). */
  open(): Promise<void>;
  /** Changes the period or some filters and reads again, unless a value breaks its rule (it says so on its field). */
  filter(changes: Partial<ReportFilters>): Promise<void>;
  /** The report as the row asks for it; `refresh` reads every day again from ITNIO. */
  load(options?: { refresh?: boolean }): Promise<void>;
  loadBalance(): Promise<void>;
  /** Saves one of the shown report's tables as CSV where the operator chooses. */
  exportCsv(table: ReportTable): Promise<void>;
  /** Saves a chart's PNG where the operator chooses; `chart` names the file. */
  saveChart(chart: string, bytes: Uint8Array<ArrayBuffer>): Promise<void>;
}

const ALL: ReportFilters = { period: '7d', since: '', until: '', group: '', phone: '', number: '' };

const sameInput = (a: ReportInput | undefined, b: ReportInput) => JSON.stringify(a) === JSON.stringify(b);

export const useReports = resettableStore<ReportsState>()((set, get, store) => ({
  filters: ALL,
  problems: {},
  report: undefined,
  reportInput: undefined,
  loading: false,
  error: undefined,
  reportRequest: undefined,
  balance: undefined,
  balanceError: undefined,
  balanceRequest: undefined,

  open: async () => {
    await Promise.all([get().load(), get().loadBalance()]);
  },

  filter: async (changes) => {
    set(({ filters, report }) => {
      const next = { ...filters, ...changes };
      // Custom starts from the days shown, for the operator to move one end.
      if (changes.period === 'custom' && filters.period !== 'custom') Object.assign(next, daysOf(filters));
      // Another group keeps the phone only if it is one of the group's.
      const phoneGroup = report?.choices.phones.find((choice) => choice.phone === next.phone)?.group;
      if (changes.group !== undefined && next.group && phoneGroup !== undefined && phoneGroup !== next.group) next.phone = '';
      return { filters: next };
    });
    await get().load();
  },

  load: async ({ refresh = false } = {}) => {
    // Started even for a row that breaks a rule: an answer to the row before it must not land under it.
    const stillLatest = startLatest(store, 'reportRequest');
    const checked = reportInputOf(get().filters);
    if (!checked.ok) {
      set({ problems: checked.problems, error: undefined, loading: false });
      return;
    }
    const input = checked.value;
    set({ problems: {}, loading: true });
    const result = await bridge().reports.calls(refresh ? { ...input, refresh } : input);
    if (!stillLatest()) return;
    if (!result.ok) {
      // What was read with this very row stays, marked by the failure; another row's report goes.
      const kept = sameInput(get().reportInput, input);
      set({ loading: false, error: accountChanged(result.error) ?? result.error, ...(kept ? {} : { report: undefined, reportInput: undefined }) });
    } else if (isCurrentAccount(result.value.profileId)) {
      set({ report: result.value, reportInput: input, loading: false, error: undefined });
    } else {
      set({ loading: false });
    }
  },

  loadBalance: async () => {
    const stillLatest = startLatest(store, 'balanceRequest');
    const result = await bridge().account.balanceHistory();
    if (!stillLatest()) return;
    if (!result.ok) set({ balanceError: result.error });
    else if (isCurrentAccount(result.value.profileId)) set({ balance: result.value, balanceError: undefined });
  },

  exportCsv: async (table) => {
    const report = get().reportInput;
    if (!report) return;
    const result = await bridge().reports.exportCsv({ report, table });
    if (!result.ok) showError(accountChanged(result.error) ?? result.error);
    else if (result.value.saved) showSuccess(i18n.t('reports:saved.table'), i18n.t('reports:saved.where', { path: result.value.path }));
  },

  saveChart: async (chart, bytes) => {
    const result = await bridge().reports.saveChart({ chart, bytes });
    if (!result.ok) showError(result.error);
    else if (result.value.saved) showSuccess(i18n.t('reports:saved.image'), i18n.t('reports:saved.where', { path: result.value.path }));
  },
}));

/** The report and the balance reads are the old account's, and so are a chosen group, phone and number. */
scopeToAccount(useReports, ['filters', 'problems', 'report', 'reportInput', 'loading', 'error', 'reportRequest', 'balance', 'balanceError', 'balanceRequest']);

function wordsOf(problem: ReportProblem): string {
  if ('words' in problem) return ruleWords(problem.words);
  if (problem.rule === 'sinceBeforeKept') return i18n.t('reports:problem.sinceBeforeKept', { day: calendarDate(problem.firstKept) });
  return i18n.t(`reports:problem.${problem.rule}`);
}

/** The words under a field, in the window's language: its broken rule, else main's refusal of it. */
export function problemOn(field: ReportFilterField, { problems, error }: Pick<ReportsState, 'problems' | 'error'>): string | undefined {
  const problem = problems[field];
  if (problem) return wordsOf(problem);
  return error && filterFieldOf(error.field) === field ? fieldMessage(error) : undefined;
}
