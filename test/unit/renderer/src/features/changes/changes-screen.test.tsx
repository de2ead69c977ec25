import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../../../../contract/result';
import type { ChangeEntry } from '../../../../../../contract/schemas/changes';
import { App } from '../../../../../../renderer/src/app/App';
import { useNavigation } from '../../../../../../renderer/src/app/navigation';
import { i18n } from '../../../../../../renderer/src/i18n';
import { dateTime } from '../../../../../../renderer/src/ui/format';
import { installBridge, shellAnswers } from '../../../fake-bridge';

beforeEach(() => {
  notifications.clean();
  useNavigation.setState({ screen: 'changes' });
});

const TRUNK_CHANGE: ChangeEntry = {
  id: 'c-2',
  at: '2025-07-02T09:30:00.000Z',
  profileId: 'sandbox',
  profileName: 'Sandbox',
  kind: 'trunk',
  object: 'trunk 2001 · LON-Out-Primary',
  action: 'trunks.update',
  changes: [{ field: 'gateway IP', current: '198.51.100.10', next: '198.51.100.12' }],
  result: { ok: true },
  via: 'app',
  revert: { method: 'trunks.update', input: { keyId: 2001, sipGatewayIp: '198.51.100.10' } },
};
const REFUSED_NUMBER: ChangeEntry = {
  id: 'c-1',
  at: '2025-07-01T08:00:00.000Z',
  profileId: 'sandbox',
  profileName: 'Sandbox',
  kind: 'number',
  object: '442079460958',
  action: 'numbers.edit',
  changes: [{ field: 'remark', current: '', next: 'London office' }],
  result: { ok: false, error: { kind: 'vendor', code: '-29', message: 'The number is disabled in this workspace.' } },
  via: 'cli',
  revert: { method: 'numbers.edit', input: { number: '442079460958', enableVoicemail: false } },
};
const PUT_BACK: ChangeEntry = {
  ...TRUNK_CHANGE,
  id: 'c-3',
  at: '2025-07-02T10:00:00.000Z',
  changes: [{ field: 'gateway IP', current: '198.51.100.12', next: '198.51.100.10' }],
  revertOf: 'c-2',
};

type Answer = (input: unknown) => Result<unknown>;

function changesBridge(options: { previewRevert?: Answer; revert?: Answer } = {}) {
  let entries = [TRUNK_CHANGE, REFUSED_NUMBER];
  const calls = installBridge({
    ...shellAnswers(),
    'changes.list': () => ({ ok: true, value: { entries } }),
    'changes.previewRevert':
      options.previewRevert ??
      (() => ({
        ok: true,
        value: {
          id: 'c-2',
          object: TRUNK_CHANGE.object,
          changes: [{ field: 'gateway IP', current: '198.51.100.12', next: '198.51.100.10' }],
          cannot: [{ field: 'prefix', reason: 'it was empty, which ITNIO keeps when left out' }],
        },
      })),
    'changes.revert':
      options.revert ??
      (() => {
        entries = [PUT_BACK, ...entries];
        return { ok: true, value: { entry: PUT_BACK } };
      }),
  });
  return { of: (method: string) => calls.filter((call) => call.method === method).map((call) => call.input) };
}

/** Picks an option of a filter's own list (the header's profile switcher offers the same names). */
async function choose(user: ReturnType<typeof userEvent.setup>, field: string, option: string) {
  const picker = screen.getByRole('combobox', { name: field });
  await user.click(picker);
  const listbox = await waitFor(() => document.getElementById(picker.getAttribute('aria-controls') ?? '')!);
  await user.click(within(listbox).getByRole('option', { name: option, hidden: true }));
}

const changesTable = () => screen.findByRole('table', { name: 'Changes' });
const rowTexts = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent));

describe('Changes screen', () => {
  it('lists the journal newest first: time, profile, object, each change as "field: current → new", the result, and Put back only on saved changes', async () => {
    changesBridge();
    render(<App />);
    const table = await changesTable();
    expect(rowTexts(table)).toEqual([
      [dateTime(TRUNK_CHANGE.at), 'Sandbox', 'trunk 2001 · LON-Out-PrimaryTrunk', 'gateway IP: 198.51.100.10 → 198.51.100.12', 'Saved', 'Put back'],
      [`${dateTime(REFUSED_NUMBER.at)}from the command line`, 'Sandbox', '442079460958Number settings', 'remark: (empty) → London office', 'RefusedThe number is disabled in this workspace.', ''],
    ]);
  });

  it('sends each filter to main as the operator sets it', async () => {
    const { of } = changesBridge();
    const user = userEvent.setup();
    render(<App />);
    await changesTable();
    await choose(user, 'Kind', 'Trunk');
    await waitFor(() => expect(of('changes.list').at(-1)).toEqual({ kind: 'trunk' }));
    await choose(user, 'Profile', 'Sandbox');
    await waitFor(() => expect(of('changes.list').at(-1)).toEqual({ kind: 'trunk', profileId: 'sandbox' }));
    await user.type(screen.getByLabelText('Since'), '2025-07-02');
    await waitFor(() => expect(of('changes.list').at(-1)).toEqual({ kind: 'trunk', profileId: 'sandbox', since: '2025-07-02' }));
    await user.type(screen.getByRole('textbox', { name: 'Search changes' }), 'gateway');
    await waitFor(() => expect(of('changes.list').at(-1)).toEqual({ kind: 'trunk', profileId: 'sandbox', since: '2025-07-02', search: 'gateway' }));
  });

  it('says so when nothing was changed yet, and when no change matches the filters', async () => {
    installBridge({ ...shellAnswers() });
    const user = userEvent.setup();
    render(<App />);
    expect(await screen.findByText('Nothing has been changed on ITNIO from this computer yet.')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Search changes' }), 'gateway');
    expect(await screen.findByText('No change matches the filters.')).toBeTruthy();
  });

  it('puts back after a preview of "field: current → before" and what cannot go back, with Cancel focused; the new entry names the one it put back', async () => {
    const { of } = changesBridge();
    const user = userEvent.setup();
    render(<App />);
    await changesTable();
    await user.click(screen.getByRole('button', { name: /^Put back trunk 2001/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Put back trunk 2001 · LON-Out-Primary?' });
    const lines = await within(dialog).findByRole('list', { name: 'Changes to send' });
    expect(lines.textContent).toBe('gateway IP: 198.51.100.12 → 198.51.100.10');
    expect(within(dialog).getByRole('list', { name: 'Cannot be put back' }).textContent).toBe('prefix: it was empty, which ITNIO keeps when left out');
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' })));

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(of('changes.revert')).toEqual([]);

    await user.click(screen.getByRole('button', { name: /^Put back trunk 2001/ }));
    const again = await screen.findByRole('dialog', { name: /^Put back/ });
    const putBack = within(again).getByRole('button', { name: 'Put back' });
    await waitFor(() => expect(putBack.hasAttribute('disabled')).toBe(false));
    await user.click(putBack);
    expect(await screen.findByText('trunk 2001 · LON-Out-Primary has its values from before the change again.')).toBeTruthy();
    expect(of('changes.revert')).toEqual([{ id: 'c-2' }]);
    const row = await screen.findByTestId('change-c-3');
    expect(row.textContent).toContain(`Puts back the change of ${dateTime(TRUNK_CHANGE.at)}`);
  });

  it("says what cannot be put back in Chinese from main's keys", async () => {
    changesBridge({
      previewRevert: () => ({
        ok: true,
        value: {
          id: 'c-2',
          object: TRUNK_CHANGE.object,
          changes: [{ field: 'gateway IP', current: '198.51.100.12', next: '198.51.100.10' }],
          cannot: [
            {
              field: 'SIP password',
              reason: 'passwords are never kept in the change journal, so the trunk keeps its current one',
              say: { field: { key: 'changes.putBack.fields.sipPassword' }, reason: { key: 'changes.putBack.passwordGone' } },
            },
          ],
        },
      }),
    });
    const user = userEvent.setup();
    render(<App />);
    await changesTable();
    await user.click(screen.getByRole('button', { name: /^Put back trunk 2001/ }));
    const dialog = await screen.findByRole('dialog');
    const cannot = await within(dialog).findByRole('list', { name: 'Cannot be put back' });
    expect(cannot.textContent).toBe('SIP password: passwords are never kept in the change journal, so the trunk keeps its current one');
    await act(() => i18n.changeLanguage('zh-CN'));
    await waitFor(() => expect(within(dialog).getByRole('list', { name: '无法还原' }).textContent).toBe('SIP 注册密码：变更日志从不保存密码，因此该中继保留当前密码'));
  });

  it('offers nothing to send when the put back cannot be previewed', async () => {
    changesBridge({
      previewRevert: () => ({ ok: false, error: { kind: 'network', message: 'ITNIO could not be reached.', hint: 'Check the connection.' } }),
    });
    const user = userEvent.setup();
    render(<App />);
    await changesTable();
    await user.click(screen.getByRole('button', { name: /^Put back trunk 2001/ }));
    const dialog = await screen.findByRole('dialog', { name: /^Put back/ });
    expect((await within(dialog).findByRole('alert')).textContent).toContain('ITNIO could not be reached. Check the connection.');
    expect(within(dialog).getByRole('button', { name: 'Put back' }).hasAttribute('disabled')).toBe(true);
  });
});
