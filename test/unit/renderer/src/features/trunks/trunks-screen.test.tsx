import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../../../../contract/result';
import type { ListTrunksInput, TrunkRecord, UpdateTrunkInput } from '../../../../../../contract/schemas/trunks';
import { App } from '../../../../../../renderer/src/app/App';
import { useNavigation } from '../../../../../../renderer/src/app/navigation';
import { useLeaveGuard } from '../../../../../../renderer/src/ui/leave-guard';
import { recheckAccount } from '../../../../../../renderer/src/ui/account-scope';
import { vendorTime } from '../../../../../../renderer/src/ui/format';
import { REVEAL_FOR_MS } from '../../../../../../renderer/src/ui/revealed-passwords';
import { UNSAFE_TEXT_RULE } from '../../../../../../contract/text';
import { incomingTrunk, outgoingTrunk } from '../../../../../support/fixtures/trunks';
import { FIRST_RUN_PROFILES, installBridge, shellAnswers } from '../../../fake-bridge';

const OUT = outgoingTrunk();
const OUT_NO_REGISTRATION = outgoingTrunk({ keyId: 2004, sipTrunkName: 'FRA-Out-Primary', sipPrefix: '0049', sipGatewayIp: '198.51.100.30', sipAccount: '', hasSipPassword: false, sipTrunkState: false, updateTime: '2025-03-07 08:45:00', groupList: [{ groupId: 104, groupName: 'Support Tier 1', number: '' }] });
const IN = incomingTrunk({ enabled: false, updateTime: '2025-03-03 14:10:33' });
const GROUPS = [101, 102, 103, 104, 105, 106].map((voiceGroupId, index) => ({ voiceGroupId, groupName: ['Reception', 'Sales EMEA', 'Sales Americas', 'Support Tier 1', 'Support Tier 2', 'Collections'][index]! }));
const SECRET_PASSWORD = 'Kp3vZ8qLm2Rt';

beforeEach(() => {
  notifications.clean();
  useNavigation.setState({ screen: 'trunks' });
});

type Answer = (input: unknown) => Result<unknown>;

/** An answer ITNIO is slow to give: it arrives when the test lets it. */
function slowAnswer() {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  return { arrived, arrive: () => act(async () => arrive()) };
}

const WORK = { id: 'work', name: 'Work', baseUrl: 'https://api.itniotech.com', appId: 'app-2', apiKeyMasked: 'bDq…q9', sandbox: false };

/**
 * A bridge whose trunk list filters like the vendor's and whose update is answered by `update`,
 * once `answered` (if given) has settled. `activateElsewhere` makes another profile active, as the CLI does.
 */
function trunksBridge(options: { update?: (input: UpdateTrunkInput) => Result<unknown>; answered?: Promise<void>; records?: TrunkRecord[]; agentGroups?: Answer } = {}) {
  let records = options.records ?? [OUT, OUT_NO_REGISTRATION, IN];
  let active = 'sandbox';
  const answers: Record<string, Answer> = {
    ...shellAnswers(),
    'profiles.list': () => ({ ok: true, value: { activeId: active, profiles: [...FIRST_RUN_PROFILES.profiles, WORK] } }),
    'trunks.list': (raw) => {
      const input = raw as ListTrunksInput;
      const matches = records.filter((record) => (!input.type || record.type === input.type) && record.sipTrunkName.toLowerCase().includes((input.sipTrunkName ?? '').toLowerCase()));
      const [current, size] = input.all ? [1, Math.max(matches.length, 1)] : [input.current ?? 1, input.size ?? 20];
      const page = matches.slice((current - 1) * size, current * size);
      return { ok: true, value: { profileId: active, fetchedAt: '2025-07-01T10:00:00.000Z', total: matches.length, current, size, pages: Math.ceil(matches.length / size), records: page } };
    },
    'trunks.agentGroups': options.agentGroups ?? (() => ({ ok: true, value: GROUPS })),
    'trunks.password': (input) => ({ ok: true, value: { keyId: (input as { keyId: number }).keyId, sipPassword: SECRET_PASSWORD } }),
    // The fake bridge's answers are typed as plain Results; awaiting one stands for a slow ITNIO.
    'trunks.update': (async (raw: unknown): Promise<Result<unknown>> => {
      await options.answered;
      const input = raw as UpdateTrunkInput;
      if (options.update) return options.update(input);
      const before = records.find((record) => record.keyId === input.keyId)!;
      const record = { ...before, sipTrunkName: input.sipTrunkName, sipPrefix: input.sipPrefix ?? '', updateTime: '2025-07-01 18:00:00' };
      records = records.map((candidate) => (candidate.keyId === record.keyId ? record : candidate));
      return { ok: true, value: { keyId: input.keyId, record } };
    }) as unknown as Answer,
    // Each field the update gives reads as a change: what main's preview finds is its own tests' concern.
    'trunks.preview': (raw) => {
      const input = raw as UpdateTrunkInput;
      return { ok: true, value: { keyId: input.keyId, changes: [{ field: 'trunk name', current: '', next: input.sipTrunkName }] } };
    },
    'trunks.exportCsv': () => ({ ok: true, value: { saved: true, path: '/home/op/sip-trunks-2025-07-01.csv', rows: 3 } }),
  };
  const calls = installBridge(answers);
  const inputs = (method: string) => calls.filter((call) => call.method === method).map((call) => call.input);
  return { calls, inputs, activateElsewhere: (id: string) => (active = id) };
}

const table = () => screen.findByRole('table', { name: 'SIP trunks' });
const rowNames = () =>
  within(screen.getByRole('table', { name: 'SIP trunks' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.getAttribute('data-testid'));

/** The options of the focused agent-group picker (Mantine keeps each picker's list out of the form, in a portal). */
function pickerOptions(): HTMLElement[] {
  const picker = document.activeElement as HTMLInputElement;
  const listbox = document.getElementById(picker.getAttribute('aria-controls') ?? '');
  return listbox ? within(listbox).queryAllByRole('option', { hidden: true }) : [];
}
const optionNames = () => pickerOptions().map((option) => option.textContent ?? '');
const option = (name: string) => pickerOptions().find((candidate) => candidate.textContent === name)!;

/** Save, then Send in the confirmation once it lists what would change. */
async function saveAndSend(user: ReturnType<typeof userEvent.setup>, form: HTMLElement) {
  await user.click(within(form).getByRole('button', { name: 'Save trunk' }));
  const confirm = await within(form).findByRole('group', { name: /^Save trunk / });
  const send = within(confirm).getByRole('button', { name: 'Send' });
  await waitFor(() => expect(send.hasAttribute('disabled')).toBe(false));
  await user.click(send);
}

async function openEditor(user: ReturnType<typeof userEvent.setup>, name: string) {
  await table();
  await user.click(screen.getByRole('button', { name: `Edit ${name}` }));
  return screen.findByRole('form', { name: `Edit trunk ${name}` });
}

describe('Trunks list', () => {
  it('shows each trunk’s type, state, address, prefix, registration, agent groups with numbers and update time', async () => {
    trunksBridge();
    render(<App />);
    await table();
    const outgoing = within(screen.getByTestId('trunk-2001'));
    expect(outgoing.getByText('LON-Out-Primary')).toBeTruthy();
    expect(outgoing.getByText('Outgoing')).toBeTruthy();
    expect(outgoing.getByText('Enabled')).toBeTruthy();
    expect(outgoing.getByText('198.51.100.10')).toBeTruthy();
    expect(outgoing.getByText('On (lonout01)')).toBeTruthy();
    expect(outgoing.getByText('Reception (101)')).toBeTruthy();
    expect(outgoing.getByText(vendorTime('2025-04-02 16:40:12'))).toBeTruthy();
    const incoming = within(screen.getByTestId('trunk-2008'));
    expect(incoming.getByText('Disabled')).toBeTruthy();
    expect(incoming.getByText('203.0.113.50')).toBeTruthy();
    expect(incoming.getByText('Support Tier 1 (104) · 12025550188')).toBeTruthy();
    expect(incoming.getByText('Support Tier 2 (105) · 12025550189')).toBeTruthy();
    expect(screen.getByTestId('trunk-count').textContent).toBe('Page 1 of 1 · 3 trunk(s).');
  });

  it('filters by type on the server and searches by name once typing pauses', async () => {
    const { inputs } = trunksBridge();
    const user = userEvent.setup();
    render(<App />);
    await table();
    await user.click(screen.getByRole('radio', { name: 'Incoming' }));
    await waitFor(() => expect(rowNames()).toEqual(['trunk-2008']));
    expect(inputs('trunks.list').at(-1)).toEqual({ type: 2, current: 1, size: 20 });

    await user.click(screen.getByRole('radio', { name: 'All types' }));
    await user.type(screen.getByLabelText('Search by name'), 'fra');
    await waitFor(() => expect(rowNames()).toEqual(['trunk-2004']));
    const searches = inputs('trunks.list').filter((input) => (input as ListTrunksInput).sipTrunkName);
    expect(searches).toEqual([{ sipTrunkName: 'fra', current: 1, size: 20 }]);
  });

  it('reads every page in "All pages" mode and sorts by a column, both ways and back', async () => {
    const { inputs } = trunksBridge();
    const user = userEvent.setup();
    render(<App />);
    await table();
    // From "20 per page", past 50 and 100, to "All pages".
    await user.click(screen.getByRole('combobox', { name: 'Page size' }));
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{Enter}');
    expect((screen.getByRole('combobox', { name: 'Page size' }) as HTMLInputElement).value).toBe('All pages');
    await waitFor(() => expect(inputs('trunks.list').at(-1)).toEqual({ all: true }));

    const nameHeader = screen.getByRole('columnheader', { name: /Name/ });
    await user.click(within(nameHeader).getByRole('button'));
    expect(nameHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(rowNames()).toEqual(['trunk-2004', 'trunk-2001', 'trunk-2008']);
    await user.click(within(nameHeader).getByRole('button'));
    expect(nameHeader.getAttribute('aria-sort')).toBe('descending');
    expect(rowNames()).toEqual(['trunk-2008', 'trunk-2001', 'trunk-2004']);
    await user.click(within(nameHeader).getByRole('button'));
    expect(nameHeader.getAttribute('aria-sort')).toBe('none');
    expect(rowNames()).toEqual(['trunk-2001', 'trunk-2004', 'trunk-2008']);
  });

  it('pages through the server’s pages at the chosen page size', async () => {
    const many = Array.from({ length: 25 }, (_, index) => ({ ...OUT_NO_REGISTRATION, keyId: 3000 + index, sipTrunkName: `Bulk-${index}` }));
    const { inputs } = trunksBridge({ records: many });
    const user = userEvent.setup();
    render(<App />);
    await table();
    await user.click(screen.getByRole('combobox', { name: 'Page size' }));
    await user.keyboard('{ArrowUp}{Enter}');
    await waitFor(() => expect(rowNames()).toHaveLength(10));
    expect(screen.getByTestId('trunk-count').textContent).toBe('Page 1 of 3 · 25 trunk(s).');
    const pages = screen.getByRole('navigation', { name: 'Trunk pages' });
    await user.click(within(pages).getByRole('button', { name: 'Page 3' }));
    await waitFor(() => expect(rowNames()).toEqual(['trunk-3020', 'trunk-3021', 'trunk-3022', 'trunk-3023', 'trunk-3024']));
    expect(inputs('trunks.list').at(-1)).toEqual({ current: 3, size: 10 });
    await user.click(within(pages).getByRole('button', { name: 'Previous page' }));
    await waitFor(() => expect(inputs('trunks.list').at(-1)).toEqual({ current: 2, size: 10 }));
  });

  it('exports the filtered list in the shown order through main', async () => {
    const { inputs } = trunksBridge();
    const user = userEvent.setup();
    render(<App />);
    await table();
    await user.click(screen.getByRole('radio', { name: 'Outgoing' }));
    await user.click(within(screen.getByRole('columnheader', { name: /Updated/ })).getByRole('button'));
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('Trunks exported')).toBeTruthy();
    expect(inputs('trunks.exportCsv')).toEqual([{ type: 1, sort: { by: 'updateTime', direction: 'asc' } }]);
  });
});

describe('Trunk editor', () => {
  it('prefills an outgoing trunk and asks for the account only while registration is on', async () => {
    const { inputs } = trunksBridge();
    const user = userEvent.setup();
    render(<App />);
    const form = await openEditor(user, 'LON-Out-Primary');
    expect((within(form).getByLabelText(/Trunk name/) as HTMLInputElement).value).toBe('LON-Out-Primary');
    expect((within(form).getByLabelText(/Gateway IP/) as HTMLInputElement).value).toBe('198.51.100.10');
    expect((within(form).getByLabelText(/Agent group 1/) as HTMLInputElement).value).toBe('Reception (101)');
    expect(within(form).queryByLabelText(/Whitelist IP/)).toBeNull();
    expect(within(form).queryByLabelText(/Number for agent group/)).toBeNull();
    expect((within(form).getByLabelText(/SIP password/) as HTMLInputElement).value).toBe('');

    await user.clear(within(form).getByLabelText(/^SIP account/));
    await user.clear(within(form).getByLabelText(/Gateway IP/));
    await user.type(within(form).getByLabelText(/Gateway IP/), 'gw.example.com');
    await user.click(within(form).getByRole('button', { name: 'Save trunk' }));
    expect(await within(form).findByText(/^must be one IP address/)).toBeTruthy();
    expect(within(form).getByText('is required when registration is on')).toBeTruthy();
    expect(inputs('trunks.update')).toEqual([]);

    await user.click(within(form).getByRole('switch', { name: /Registration/ }));
    expect(within(form).queryByLabelText(/^SIP account/)).toBeNull();
    await user.clear(within(form).getByLabelText(/Gateway IP/));
    await user.type(within(form).getByLabelText(/Gateway IP/), '198.51.100.12');
    await saveAndSend(user, form);
    await screen.findByText('Trunk saved');
    expect(inputs('trunks.update')).toEqual([
      {
        keyId: 2001,
        type: 1,
        sipTrunkName: 'LON-Out-Primary',
        sipPrefix: '9',
        groupList: [{ voiceGroupId: 101 }],
        sipGatewayIp: '198.51.100.12',
        sipWhiteIp: '',
        sipTrunkState: false,
        sipAccount: '',
        sipPassword: '',
      },
    ]);
  });

  it('saves a rename of a trunk whose prefilled gateway our IP rule would refuse, sending that gateway as read', async () => {
    // The vendor's own sample gateway: no IP address, yet a value ITNIO documents and may hold.
    const { inputs } = trunksBridge({ records: [{ ...OUT, sipGatewayIp: '12.325.353.2' }] });
    const user = userEvent.setup();
    render(<App />);
    const form = await openEditor(user, 'LON-Out-Primary');
    const name = within(form).getByLabelText(/Trunk name/);
    await user.clear(name);
    await user.type(name, 'LON-Out-Main');
    await user.click(within(form).getByLabelText(/Gateway IP/));
    await user.tab();
    expect(within(form).queryByText(/^must be one IP address/)).toBeNull();
    await saveAndSend(user, form);
    await screen.findByText('Trunk saved');
    expect(inputs('trunks.update')).toMatchObject([{ keyId: 2001, sipTrunkName: 'LON-Out-Main', sipGatewayIp: '12.325.353.2' }]);
  });

  it('holds what the operator types to the rules: a new gateway like the vendor’s sample, a direction mark in the name', async () => {
    const { inputs } = trunksBridge();
    const user = userEvent.setup();
    render(<App />);
    const form = await openEditor(user, 'LON-Out-Primary');
    await user.clear(within(form).getByLabelText(/Gateway IP/));
    await user.type(within(form).getByLabelText(/Gateway IP/), '12.325.353.2');
    await user.type(within(form).getByLabelText(/Trunk name/), '\u202e');
    await user.click(within(form).getByRole('button', { name: 'Save trunk' }));
    expect(await within(form).findByText(/^must be one IP address/)).toBeTruthy();
    expect(within(form).getByText(UNSAFE_TEXT_RULE)).toBeTruthy();
    expect(inputs('trunks.update')).toEqual([]);
  });

  it('needs a password when registration goes on for a trunk that has none', async () => {
    const { inputs } = trunksBridge();
    const user = userEvent.setup();
    render(<App />);
    const form = await openEditor(user, 'FRA-Out-Primary');
    await user.click(within(form).getByRole('switch', { name: /Registration/ }));
    await user.type(within(form).getByLabelText(/^SIP account/), 'fraout01');
    await user.click(within(form).getByRole('button', { name: 'Save trunk' }));
    expect(await within(form).findByText('is required when registration is on (this trunk has no password yet)')).toBeTruthy();
    await user.type(within(form).getByLabelText(/SIP password/), 'Fr4-Registr');
    await saveAndSend(user, form);
    await screen.findByText('Trunk saved');
    expect(inputs('trunks.update')).toMatchObject([{ keyId: 2004, sipTrunkState: true, sipAccount: 'fraout01', sipPassword: 'Fr4-Registr' }]);
  });

  it('reveals the current SIP password only on request', async () => {
    const { inputs } = trunksBridge();
    const user = userEvent.setup();
    render(<App />);
    const form = await openEditor(user, 'LON-Out-Primary');
    expect(document.body.textContent).not.toContain(SECRET_PASSWORD);
    expect(inputs('trunks.password')).toEqual([]);
    await user.click(within(form).getByRole('button', { name: 'Show current password' }));
    expect((await within(form).findByTestId('current-sip-password')).textContent).toBe(SECRET_PASSWORD);
    expect(inputs('trunks.password')).toEqual([{ keyId: 2001 }]);
    await user.click(within(form).getByRole('button', { name: 'Hide current password' }));
    expect(document.body.textContent).not.toContain(SECRET_PASSWORD);
  });

  it('masks a revealed SIP password again after a while, as the phones do', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
    try {
      trunksBridge();
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      render(<App />);
      const form = await openEditor(user, 'LON-Out-Primary');
      await user.click(within(form).getByRole('button', { name: 'Show current password' }));
      expect((await within(form).findByTestId('current-sip-password')).textContent).toBe(SECRET_PASSWORD);
      await act(() => vi.advanceTimersByTimeAsync(REVEAL_FOR_MS - 1_000));
      expect(within(form).queryByTestId('current-sip-password')).not.toBeNull();
      await act(() => vi.advanceTimersByTimeAsync(1_000));
      expect(document.body.textContent).not.toContain(SECRET_PASSWORD);
      expect(within(form).getByRole('button', { name: 'Show current password' })).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('picks an incoming trunk’s agent groups by name: each once, a number for each, at least one', async () => {
    const { inputs } = trunksBridge();
    const user = userEvent.setup();
    render(<App />);
    const form = await openEditor(user, 'NYC-In-Support');
    expect((within(form).getByLabelText(/Whitelist IP/) as HTMLInputElement).value).toBe('203.0.113.50');
    expect(within(form).queryByLabelText(/Gateway IP/)).toBeNull();
    expect(within(form).queryByRole('switch', { name: /Registration/ })).toBeNull();
    expect((within(form).getByLabelText(/^Agent group 1/) as HTMLInputElement).value).toBe('Support Tier 1 (104)');
    expect((within(form).getByLabelText(/^Agent group 2/) as HTMLInputElement).value).toBe('Support Tier 2 (105)');
    expect((within(form).getByLabelText(/Number for agent group 2/) as HTMLInputElement).value).toBe('12025550189');

    await user.click(within(form).getByRole('button', { name: 'Add agent group' }));
    const third = within(form).getByLabelText(/^Agent group 3/) as HTMLInputElement;
    await user.click(third);
    // The groups already on the trunk are not offered again.
    expect(optionNames()).toEqual(['Reception (101)', 'Sales EMEA (102)', 'Sales Americas (103)', 'Collections (106)']);
    await user.type(third, 'americas');
    expect(optionNames()).toEqual(['Sales Americas (103)']);
    await user.click(option('Sales Americas (103)'));
    expect(third.value).toBe('Sales Americas (103)');

    await user.click(within(form).getByRole('button', { name: 'Save trunk' }));
    expect(await within(form).findByText('is required: every agent group of an incoming trunk needs its number')).toBeTruthy();
    await user.type(within(form).getByLabelText(/Number for agent group 3/), '13105550199');
    await user.click(within(form).getByRole('button', { name: 'Add agent group' }));
    await user.click(within(form).getByRole('button', { name: 'Save trunk' }));
    expect(await within(form).findByText('is required: pick an agent group, or remove the row')).toBeTruthy();
    expect(inputs('trunks.update')).toEqual([]);

    await user.click(within(form).getByRole('button', { name: 'Remove agent group 4' }));
    await user.click(within(form).getByRole('button', { name: 'Remove agent group 1' }));
    await user.click(within(form).getByRole('button', { name: 'Remove agent group 1' }));
    expect((within(form).getByRole('button', { name: 'Remove agent group 1' }) as HTMLButtonElement).disabled).toBe(true);
    await saveAndSend(user, form);
    await screen.findByText('Trunk saved');
    expect(inputs('trunks.update')).toMatchObject([{ keyId: 2008, type: 2, sipWhiteIp: '203.0.113.50', sipGatewayIp: '', groupList: [{ voiceGroupId: 103, number: '13105550199' }] }]);
  });

  it('offers no more rows once every agent group is on the trunk', async () => {
    trunksBridge({ records: [{ ...OUT, groupList: GROUPS.slice(0, 5).map(({ voiceGroupId, groupName }) => ({ groupId: voiceGroupId, groupName, number: '' })) }] });
    const user = userEvent.setup();
    render(<App />);
    const form = await openEditor(user, 'LON-Out-Primary');
    const add = within(form).getByRole('button', { name: 'Add agent group' }) as HTMLButtonElement;
    expect(add.disabled).toBe(false);
    await user.click(add);
    await user.click(within(form).getByLabelText(/^Agent group 6/));
    expect(optionNames()).toEqual(['Collections (106)']);
    await user.click(option('Collections (106)'));
    expect(add.disabled).toBe(true);
  });

  it('says when the agent groups cannot be read, keeps the bound ones by name, and reads them again on request', async () => {
    let answer: Result<unknown> = { ok: false, error: { kind: 'network', message: 'ITNIO could not be reached.', hint: 'Check the internet connection, then try again.' } };
    trunksBridge({ agentGroups: () => answer });
    const user = userEvent.setup();
    render(<App />);
    const form = await openEditor(user, 'NYC-In-Support');
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('The agent groups could not be read: ITNIO could not be reached.');
    expect(alert.textContent).toContain('Check the internet connection, then try again. Groups already on the trunk stay as they are.');
    expect((within(form).getByLabelText(/^Agent group 1/) as HTMLInputElement).value).toBe('Support Tier 1 (104)');

    answer = { ok: true, value: GROUPS };
    await user.click(within(alert).getByRole('button', { name: 'Read agent groups again' }));
    await waitFor(() => expect(within(form).queryByRole('alert')).toBeNull());
    await user.click(within(form).getByRole('button', { name: 'Add agent group' }));
    await user.click(within(form).getByLabelText(/^Agent group 3/));
    expect(optionNames()).toHaveLength(4);
  });

  it('shows a vendor code on the field it names, with what to fix, and keeps the editor open', async () => {
    trunksBridge({
      update: () => ({ ok: false, error: { kind: 'vendor', code: '-47', field: 'sipTrunkName', message: 'Another trunk already has this name.', hint: 'Choose a name no other trunk uses.' } }),
    });
    const user = userEvent.setup();
    render(<App />);
    const form = await openEditor(user, 'FRA-Out-Primary');
    const name = within(form).getByLabelText(/Trunk name/);
    await user.clear(name);
    await user.type(name, 'LON-Out-Primary');
    await saveAndSend(user, form);
    expect(await within(form).findByText('Another trunk already has this name. Choose a name no other trunk uses.')).toBeTruthy();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(name);
  });

  it('shows a vendor code without a field above the buttons', async () => {
    trunksBridge({
      update: () => ({ ok: false, error: { kind: 'vendor', code: '-44', message: "The change does not fit this trunk's type (outgoing or incoming).", hint: 'Reload the trunk list.' } }),
    });
    const user = userEvent.setup();
    render(<App />);
    const form = await openEditor(user, 'FRA-Out-Primary');
    await saveAndSend(user, form);
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain("The change does not fit this trunk's type");
    expect(alert.textContent).toContain('Reload the trunk list.');
  });

  it('reviews what the save changes against the trunk as ITNIO has it, and sends nothing until Send', async () => {
    const { inputs } = trunksBridge();
    const user = userEvent.setup();
    render(<App />);
    const form = await openEditor(user, 'FRA-Out-Primary');
    await user.clear(within(form).getByLabelText(/Trunk name/));
    await user.type(within(form).getByLabelText(/Trunk name/), 'FRA-Out-Main');
    await user.click(within(form).getByRole('button', { name: 'Save trunk' }));
    const review = await within(form).findByRole('group', { name: 'Save trunk FRA-Out-Primary?' });
    expect((await within(review).findByRole('list', { name: 'Changes to send' })).textContent).toBe('trunk name: (empty) → FRA-Out-Main');
    expect(inputs('trunks.preview')).toEqual([expect.objectContaining({ keyId: 2004, sipTrunkName: 'FRA-Out-Main' })]);
    // The fields under review stay as previewed; Cancel has the focus, and gives it back to Save.
    expect(within(form).getByLabelText(/Trunk name/).closest('fieldset')?.disabled).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(within(review).getByRole('button', { name: 'Cancel' })));
    await user.click(within(review).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByRole('button', { name: 'Save trunk' })));
    expect(inputs('trunks.update')).toEqual([]);
  });

  it('refreshes the saved row from main’s answer', async () => {
    trunksBridge();
    const user = userEvent.setup();
    render(<App />);
    const form = await openEditor(user, 'FRA-Out-Primary');
    await user.clear(within(form).getByLabelText(/Trunk name/));
    await user.type(within(form).getByLabelText(/Trunk name/), 'FRA-Out-Main');
    await saveAndSend(user, form);
    await screen.findByText('Trunk saved');
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    const row = within(screen.getByTestId('trunk-2004'));
    expect(row.getByText('FRA-Out-Main')).toBeTruthy();
    expect(row.getByText(vendorTime('2025-07-01 18:00:00'))).toBeTruthy();
  });
});

describe('Unsaved changes', () => {
  it('asks before closing the editor with changes, and closes at once without', async () => {
    const user = userEvent.setup();
    trunksBridge();
    render(<App />);
    let form = await openEditor(user, 'FRA-Out-Primary');
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(screen.queryByRole('dialog', { name: 'Discard unsaved changes?' })).toBeNull();

    form = await openEditor(user, 'FRA-Out-Primary');
    await user.type(within(form).getByLabelText(/Prefix/), '1');
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    const prompt = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' });
    await user.click(within(prompt).getByRole('button', { name: 'Keep editing' }));
    expect((within(form).getByLabelText(/Prefix/) as HTMLInputElement).value).toBe('00491');
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Discard unsaved changes?' })).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
  });

  it('asks before leaving the screen with changes, and leaves once they are discarded', async () => {
    const user = userEvent.setup();
    trunksBridge();
    render(<App />);
    const form = await openEditor(user, 'NYC-In-Support');
    await user.clear(within(form).getByLabelText(/Whitelist IP/));
    await user.keyboard('{Control>}0{/Control}');
    const prompt = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Trunks');
    await user.click(within(prompt).getByRole('button', { name: 'Keep editing' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Trunks');

    await user.keyboard('{Control>}0{/Control}');
    await user.click(within(await screen.findByRole('dialog', { name: 'Discard unsaved changes?' })).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Profiles'));
    expect(useLeaveGuard.getState().guard).toBeUndefined();
  });
});

describe('A save on its way to ITNIO', () => {
  const CUT = { kind: 'network', message: 'The connection to 127.0.0.1:4010 was cut before the answer arrived.', hint: 'The trunk may have changed: re-read the trunk list before saving again.', reachedItnio: 'maybe' } as const;
  const waitPrompt = () => screen.findByRole('dialog', { name: "Wait for ITNIO's answer" });

  async function renameAndSave(user: ReturnType<typeof userEvent.setup>) {
    const form = await openEditor(user, 'FRA-Out-Primary');
    const name = within(form).getByLabelText(/Trunk name/) as HTMLInputElement;
    await user.clear(name);
    await user.type(name, 'FRA-Out-Main');
    await saveAndSend(user, form);
    return { form, name };
  }

  it('says it cannot be taken back when the operator presses Esc or leaves, offers no discard, then shows the answer and the row as ITNIO holds it', async () => {
    const slow = slowAnswer();
    const { inputs } = trunksBridge({ answered: slow.arrived });
    const user = userEvent.setup();
    render(<App />);
    const { form, name } = await renameAndSave(user);
    // What is being sent stays as it was sent (happy-dom leaves a disabled fieldset's fields be; Chromium does not, see the e2e test).
    await waitFor(() => expect(name.closest('fieldset')?.disabled).toBe(true));

    await user.keyboard('{Escape}');
    let prompt = await waitPrompt();
    expect(prompt.textContent).toContain('Your changes to FRA-Out-Primary are being sent to ITNIO and cannot be taken back.');
    expect(document.body.textContent).not.toContain('have not been saved');
    expect(within(prompt).queryByRole('button', { name: /Discard/ })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(within(prompt).getByRole('button', { name: 'Wait for the answer' })));
    await user.click(within(prompt).getByRole('button', { name: 'Wait for the answer' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: "Wait for ITNIO's answer" })).toBeNull());
    expect(screen.getByRole('form', { name: 'Edit trunk FRA-Out-Primary' })).toBe(form);

    await user.keyboard('{Control>}0{/Control}');
    prompt = await waitPrompt();
    expect(prompt.textContent).toContain('cannot be taken back');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Trunks');
    expect(screen.queryByRole('dialog', { name: 'Discard unsaved changes?' })).toBeNull();

    const reads = inputs('trunks.list').length;
    await slow.arrive();
    expect(await screen.findByText('Trunk saved')).toBeTruthy();
    expect(screen.getByText('FRA-Out-Main was updated.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(screen.getByTestId('trunk-2004')).getByText('FRA-Out-Main')).toBeTruthy();
    await waitFor(() => expect(inputs('trunks.list').length).toBeGreaterThan(reads));
    expect(inputs('trunks.update')).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Trunks');
  });

  it('shows a failure in the editor when it comes, though the operator asked to leave meanwhile, and reads the list again', async () => {
    const slow = slowAnswer();
    const { inputs } = trunksBridge({ answered: slow.arrived, update: () => ({ ok: false, error: { ...CUT } }) });
    const user = userEvent.setup();
    render(<App />);
    const { form, name } = await renameAndSave(user);
    await user.keyboard('{Control>}0{/Control}');
    await waitPrompt();

    const reads = inputs('trunks.list').length;
    await slow.arrive();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: "Wait for ITNIO's answer" })).toBeNull());
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain(CUT.message);
    expect(alert.textContent).toContain(CUT.hint);
    expect(name.closest('fieldset')?.disabled).toBe(false);
    expect(name.value).toBe('FRA-Out-Main');
    // The answer was lost on the way: the list says what ITNIO holds now.
    await waitFor(() => expect(inputs('trunks.list').length).toBeGreaterThan(reads));

    // Nothing is on its way any more: leaving now asks about the unsaved edit, as before.
    await user.keyboard('{Control>}0{/Control}');
    expect(await screen.findByRole('dialog', { name: 'Discard unsaved changes?' })).toBeTruthy();
  });

  it('shows the answer as a message naming the trunk when another profile became active meanwhile and closed the editor', async () => {
    const slow = slowAnswer();
    const { activateElsewhere } = trunksBridge({ answered: slow.arrived, update: () => ({ ok: false, error: { ...CUT } }) });
    const user = userEvent.setup();
    render(<App />);
    await renameAndSave(user);
    activateElsewhere('work');
    act(() => recheckAccount());
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit trunk FRA-Out-Primary' })).toBeNull());

    await slow.arrive();
    expect(await screen.findByText(`The save of trunk FRA-Out-Primary failed: ${CUT.message}`)).toBeTruthy();
    expect(screen.getByText(CUT.hint)).toBeTruthy();
  });
});
