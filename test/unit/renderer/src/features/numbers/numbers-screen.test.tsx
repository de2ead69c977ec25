import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../../../../contract/result';
import type { ListedNumber } from '../../../../../../contract/schemas/numbers';
import type { StagedGreeting } from '../../../../../../contract/schemas/greetings';
import { App } from '../../../../../../renderer/src/app/App';
import { useNavigation } from '../../../../../../renderer/src/app/navigation';
import { recheckAccount } from '../../../../../../renderer/src/ui/account-scope';
import { calendarDate } from '../../../../../../renderer/src/ui/format';
import { FIRST_RUN_PROFILES, installBridge, shellAnswers } from '../../../fake-bridge';
import { listedNumber } from '../../../../../support/fixtures/numbers';

beforeEach(() => {
  // Toasts live in a store of their own, which would carry one test's over into the next.
  notifications.clean();
  useNavigation.setState({ screen: 'numbers' });
});

type Answer = (input: unknown) => Result<unknown>;

const WAV_GREETING: StagedGreeting = { greetingId: 'g-1', name: 'welcome.wav', fileName: 'welcome.wav', size: 32_044, format: 'wav', codec: 'PCM', durationSeconds: 2 };

/** A list answer as main gives it: read under the profile active at the moment of the request. */
const answeredFor =
  (list: Answer, active: () => string): Answer =>
  (input) => {
    const answer = list(input);
    return answer.ok ? { ok: true, value: { ...(answer.value as object), profileId: active() } } : answer;
  };

const WORK = { id: 'work', name: 'Work', baseUrl: 'https://api.itniotech.com', appId: 'app-2', apiKeyMasked: 'bDq…q9', sandbox: false };

/**
 * A bridge that stages whatever it is given (as `staged`) and answers saves with `edit`, once
 * `answered` (if given) has settled. `activateElsewhere` makes another profile active, as the CLI does.
 */
function numbersBridge(options: { staged?: (input: { name: string; bytes: Uint8Array }) => Result<unknown>; edit?: Answer; answered?: Promise<void>; pick?: Answer; list?: Answer } = {}) {
  let recent = [{ number: '447700900123', remark: 'Reception main line', editedAt: '2025-07-01T10:00:00.000Z' }];
  let active = 'sandbox';
  const calls = installBridge({
    ...shellAnswers(),
    'profiles.list': () => ({ ok: true, value: { activeId: active, profiles: [...FIRST_RUN_PROFILES.profiles, WORK] } }),
    ...(options.list ? { 'numbers.list': answeredFor(options.list, () => active) } : {}),
    'numbers.recent': () => ({ ok: true, value: { profileId: active, numbers: recent } }),
    'numbers.stageGreeting': (input) => (options.staged ?? (() => ({ ok: true, value: WAV_GREETING })))(input as { name: string; bytes: Uint8Array }),
    'numbers.discardGreeting': () => ({ ok: true, value: undefined }),
    'numbers.pickGreeting': options.pick ?? (() => ({ ok: true, value: null })),
    // Each field the plan gives reads as a change: what main's preview finds is its own tests' concern.
    'numbers.preview': (input) => {
      const plan = input as Record<string, unknown> & { numbers: string[] };
      const changes = Object.entries(plan)
        .filter(([name]) => name !== 'numbers')
        .map(([name, value]) => ({ field: name, current: '', next: String(value) }));
      return { ok: true, value: { profileId: active, previews: plan.numbers.map((number) => ({ number, changes })) } };
    },
    // The fake bridge's answers are typed as plain Results; awaiting one stands for a slow ITNIO.
    'numbers.edit': (async (input: unknown): Promise<Result<unknown>> => {
      await options.answered;
      const answer = options.edit ? options.edit(input) : { ok: true as const, value: { number: (input as { number: string }).number } };
      if (answer.ok) recent = [{ number: (input as { number: string }).number, remark: '', editedAt: '2025-07-02T10:00:00.000Z' }, ...recent];
      return answer;
    }) as unknown as Answer,
  });
  return { calls, of: (method: string) => calls.filter((call) => call.method === method).map((call) => call.input), activateElsewhere: (id: string) => (active = id) };
}

/** An answer ITNIO is slow to give: it arrives when the test lets it. */
function slowAnswer() {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  return { arrived, arrive: () => act(async () => arrive()) };
}

/** Save, then Send in the confirmation once it lists what would change. */
async function saveAndSend(user: ReturnType<typeof userEvent.setup>, save: HTMLElement) {
  await user.click(save);
  const confirm = await screen.findByRole('dialog', { name: /^Save the settings of/ });
  const send = within(confirm).getByRole('button', { name: 'Send' });
  await waitFor(() => expect(send.hasAttribute('disabled')).toBe(false));
  await user.click(send);
}

/** The fake main reads nothing from the bytes, so any content stands for a file of that size. */
const someBytes = (size: number) => new Uint8Array(size).map((_, index) => index % 251);

const form = () => screen.findByRole('form', { name: 'Number settings' });
const file = (bytes: Uint8Array, name: string, type = 'audio/wav') => new File([bytes as Uint8Array<ArrayBuffer>], name, { type });

/** Drops files on the drop zone the way a file manager does: a drop event carrying a DataTransfer. */
async function drop(...files: File[]) {
  const zone = await screen.findByRole('group', { name: 'Greeting drop zone' });
  const dataTransfer = { files, items: files.map((f) => ({ kind: 'file', type: f.type, getAsFile: () => f })), types: ['Files'] };
  await act(async () => {
    fireEvent.dragEnter(zone, { dataTransfer });
    fireEvent.drop(zone, { dataTransfer });
  });
}

describe('Numbers screen: the settings form', () => {
  it('names the field and the rule for bad values and sends nothing', async () => {
    const { of } = numbersBridge();
    const user = userEvent.setup();
    render(<App />);
    const settings = await form();
    await user.type(within(settings).getByLabelText(/^Number/), '+44 20');
    await user.type(within(settings).getByLabelText(/Outbound IP whitelist/), '198.51.100.7,198.51.100.300');
    await user.type(within(settings).getByLabelText(/Inbound address/), 'pbx.example.com');
    await user.click(within(settings).getByRole('switch', { name: 'Voicemail on' }));
    await user.clear(within(settings).getByLabelText(/Max hangup/));
    await user.click(within(settings).getByRole('button', { name: 'Save settings' }));
    expect(await within(settings).findByText('must be 7–15 digits, country code first (this has 4)')).toBeTruthy();
    expect(within(settings).getByText('"198.51.100.300" is not an IPv4 or IPv6 address')).toBeTruthy();
    expect(within(settings).getByText('must be an IP address, or IP:port (IPv6 as [address]:port), port 1–65535')).toBeTruthy();
    expect(within(settings).getByText('is required when voicemail is on (1–999 seconds)')).toBeTruthy();
    expect(of('numbers.edit')).toHaveLength(0);
  });

  it('saves voicemail on with an integer hangup, and lists the number as recent', async () => {
    const { of } = numbersBridge();
    const user = userEvent.setup();
    render(<App />);
    const settings = await form();
    await user.type(within(settings).getByLabelText(/^Number/), '442079460958');
    await user.type(within(settings).getByLabelText(/Remark/), 'London office');
    await user.click(within(settings).getByRole('switch', { name: 'Voicemail on' }));
    await user.clear(within(settings).getByLabelText(/Max hangup/));
    await user.type(within(settings).getByLabelText(/Max hangup/), '45');
    await saveAndSend(user, within(settings).getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Number saved')).toBeTruthy();
    expect(of('numbers.edit')).toEqual([
      { number: '442079460958', appId: '', outIp: '', inIp: '', inboundPrefix: '', remark: 'London office', enableVoicemail: true, voicemailMaxHangup: 45 },
    ]);
    const recent = await screen.findByRole('group', { name: 'Recently edited numbers' });
    expect(await within(recent).findByRole('button', { name: '442079460958' })).toBeTruthy();
  });

  it('fills the number from a recent one', async () => {
    numbersBridge();
    const user = userEvent.setup();
    render(<App />);
    const recent = await screen.findByRole('group', { name: 'Recently edited numbers' });
    await user.click(within(recent).getByRole('button', { name: '447700900123 · Reception main line' }));
    expect((within(await form()).getByLabelText(/^Number/) as HTMLInputElement).value).toBe('447700900123');
  });

  it('keeps the unsaved draft, greeting included, while the operator visits another screen', async () => {
    numbersBridge();
    const user = userEvent.setup();
    render(<App />);
    await user.type(within(await form()).getByLabelText(/^Number/), '12025550143');
    await user.type(within(await form()).getByLabelText(/Inbound prefix/), '77');
    await drop(file(someBytes(32_044), 'welcome.wav'));
    await screen.findByRole('group', { name: 'Greeting to send' });

    act(() => useNavigation.getState().go('profiles'));
    await screen.findByRole('button', { name: 'Add profile' });
    expect(screen.queryByRole('form', { name: 'Number settings' })).toBeNull();
    act(() => useNavigation.getState().go('numbers'));

    const settings = await form();
    expect((within(settings).getByLabelText(/^Number/) as HTMLInputElement).value).toBe('12025550143');
    expect((within(settings).getByLabelText(/Inbound prefix/) as HTMLInputElement).value).toBe('77');
    expect(within(settings).getByRole('group', { name: 'Greeting to send' }).textContent).toContain('welcome.wav');
  });

  it('holds back closing the window while the draft waits unsaved on another screen, and not once it is cleared', async () => {
    numbersBridge();
    const user = userEvent.setup();
    render(<App />);
    const closing = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    await user.type(within(await form()).getByLabelText(/^Number/), '12025550143');
    act(() => useNavigation.getState().go('dialer'));
    await screen.findByRole('button', { name: 'Call' });
    expect(closing()).toBe(true);

    act(() => useNavigation.getState().go('numbers'));
    await user.clear(within(await form()).getByLabelText(/^Number/));
    act(() => useNavigation.getState().go('dialer'));
    await screen.findByRole('button', { name: 'Call' });
    expect(closing()).toBe(false);
  });

  it.each([
    ['-24 under the number', { kind: 'vendor', code: '-24', field: 'number', message: 'This number was not found in the application.', hint: "Check the number and the profile's application id." }, 'This number was not found in the application. Check the number and the profile\'s application id.'],
    ['-31 as an alert', { kind: 'vendor', code: '-31', message: "This computer's IP address is not in the whitelist.", hint: "Add this computer's public IP address to the whitelist in the ITNIO console." }, "Not saved: This computer's IP address is not in the whitelist.Add this computer's public IP address to the whitelist in the ITNIO console."],
  ] as const)('shows vendor code %s, with its hint', async (_, error, shown) => {
    numbersBridge({ edit: () => ({ ok: false, error: { ...error } }) });
    const user = userEvent.setup();
    render(<App />);
    const settings = await form();
    await user.type(within(settings).getByLabelText(/^Number/), '447700900999');
    await saveAndSend(user, within(settings).getByRole('button', { name: 'Save settings' }));
    if ('field' in error) {
      expect(await within(settings).findByText(shown)).toBeTruthy();
    } else {
      expect((await within(settings).findByRole('alert')).textContent).toBe(shown);
    }
  });
});

describe('Numbers screen: the greeting', () => {
  it('sends a dropped file’s bytes to main, shows what main found and plays it from a blob: URL', async () => {
    const bytes = someBytes(32_044);
    const { of } = numbersBridge();
    render(<App />);
    await drop(file(bytes, 'welcome.wav'));
    const card = await screen.findByRole('group', { name: 'Greeting to send' });
    const staged = of('numbers.stageGreeting') as { name: string; bytes: Uint8Array }[];
    expect(staged).toHaveLength(1);
    expect(staged[0]!.name).toBe('welcome.wav');
    expect(staged[0]!.bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(staged[0]!.bytes)).toEqual(Array.from(bytes));
    expect(within(card).getByTestId('greeting-details').textContent).toBe('WAV · PCM · 31 KB · 0:02');
    expect(within(card).getByLabelText('Preview of welcome.wav').getAttribute('src')).toMatch(/^blob:/);
  });

  it('says when a file was renamed: an mp3 called .wav is sent as .mp3', async () => {
    numbersBridge({ staged: ({ name }) => ({ ok: true, value: { ...WAV_GREETING, name, fileName: 'hello.mp3', format: 'mp3', codec: 'MPEG 1 Layer 3' } }) });
    render(<App />);
    await drop(file(someBytes(4_032), 'hello.wav'));
    expect((await screen.findByRole('note')).textContent).toBe('hello.wav is really MP3 audio; it will be sent as hello.mp3.');
  });

  it('shows main’s refusal with its hint, and keeps the drop zone', async () => {
    numbersBridge({
      staged: () => ({ ok: false, error: { kind: 'file', field: 'greeting', message: '"notes.mp3" is not an audio file Switchboard recognises; a greeting must be an mp3, wav or m4a file.', hint: 'Export the recording again as mp3, wav or m4a (at most 5 MB) and add that file.' } }),
    });
    render(<App />);
    await drop(file(new TextEncoder().encode('not audio'), 'notes.mp3'));
    const alert = await within(await form()).findByRole('alert');
    expect(alert.textContent).toContain('"notes.mp3" is not an audio file Switchboard recognises');
    expect(alert.textContent).toContain('Export the recording again');
    expect(screen.getByRole('group', { name: 'Greeting drop zone' })).toBeTruthy();
  });

  it('refuses a file over 5 MB at once, without reading it or calling main', async () => {
    const { of } = numbersBridge();
    render(<App />);
    await drop(file(new Uint8Array(5 * 1024 * 1024 + 1), 'long.wav'));
    expect((await within(await form()).findByRole('alert')).textContent).toContain('"long.wav" is 5.0 MB (5,242,881 bytes); a greeting can be at most 5 MB (5,242,880 bytes).');
    expect(of('numbers.stageGreeting')).toHaveLength(0);
  });

  it('removes the greeting before saving, letting main forget it; the save then sends none', async () => {
    const { of } = numbersBridge();
    const user = userEvent.setup();
    render(<App />);
    await drop(file(someBytes(16_044), 'welcome.wav'));
    const card = await screen.findByRole('group', { name: 'Greeting to send' });
    await user.click(within(card).getByRole('button', { name: 'Remove greeting' }));
    expect(await screen.findByRole('group', { name: 'Greeting drop zone' })).toBeTruthy();
    expect(of('numbers.discardGreeting')).toEqual([{ greetingId: 'g-1' }]);

    await user.type(within(await form()).getByLabelText(/^Number/), '442079460958');
    await saveAndSend(user, screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Number saved');
    expect(of('numbers.edit')[0]).not.toHaveProperty('greetingId');
  });

  it('saves with the staged greeting’s id, and -27 from the vendor lands on the greeting with its hint', async () => {
    let answer: Result<unknown> = {
      ok: false,
      error: { kind: 'vendor', code: '-27', field: 'voicemailFile', message: 'The voicemail greeting was rejected: the file format is not accepted.', hint: 'Choose an mp3, wav or m4a file of at most 5 MB.' },
    };
    const { of } = numbersBridge({ edit: () => answer });
    const user = userEvent.setup();
    render(<App />);
    const settings = await form();
    await user.type(within(settings).getByLabelText(/^Number/), '442079460958');
    await user.click(within(settings).getByRole('switch', { name: 'Voicemail on' }));
    await user.clear(within(settings).getByLabelText(/Max hangup/));
    await user.type(within(settings).getByLabelText(/Max hangup/), '30');
    await drop(file(someBytes(16_044), 'welcome.wav'));
    await screen.findByRole('group', { name: 'Greeting to send' });
    await saveAndSend(user, screen.getByRole('button', { name: 'Save settings and greeting' }));
    const alert = await within(await form()).findByRole('alert');
    expect(alert.textContent).toBe('The voicemail greeting was rejected: the file format is not accepted.Choose an mp3, wav or m4a file of at most 5 MB.');
    expect(of('numbers.edit')[0]).toMatchObject({ greetingId: 'g-1', enableVoicemail: true, voicemailMaxHangup: 30 });

    // Still staged: the operator can try again.
    answer = { ok: true, value: { number: '442079460958', greetingFileName: 'welcome.wav' } };
    await saveAndSend(user, screen.getByRole('button', { name: 'Save settings and greeting' }));
    expect(await screen.findByText('442079460958, with the greeting welcome.wav.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Greeting to send' })).toBeNull());
  });

  it('takes a greeting chosen in main’s open dialog, previewing the bytes main read', async () => {
    const bytes = someBytes(4_032);
    numbersBridge({ pick: () => ({ ok: true, value: { greeting: { ...WAV_GREETING, name: 'picked.mp3', fileName: 'picked.mp3', format: 'mp3', codec: 'MPEG 1 Layer 3', size: bytes.length, durationSeconds: 1 }, bytes } }) });
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Choose greeting file…' }));
    const card = await screen.findByRole('group', { name: 'Greeting to send' });
    expect(within(card).getByTestId('greeting-details').textContent).toBe('MP3 · MPEG 1 Layer 3 · 4 KB · 0:01');
    expect(within(card).getByLabelText('Preview of picked.mp3').getAttribute('src')).toMatch(/^blob:/);
  });
});

const LISTED_AT = '2025-07-01T10:00:00.000Z';
const ACCOUNT_NUMBERS: ListedNumber[] = [
  listedNumber({ number: '447700900123', type: 'MOBILE', remark: 'Reception main line', outIp: '198.51.100.7,2001:db8::7', inIp: '203.0.113.9:5060', inboundPrefix: '55', enableVoicemail: true, voicemailFileName: 'welcome.wav', voicemailMaxHangup: 60 }),
  listedNumber({ number: '442079460958', remark: 'London office', inIp: '203.0.113.21', dueDate: '2025-10-04' }),
  listedNumber({ number: '12025550143', ccode: '1', country: 'United States', inboundPrefix: '77', remark: 'US support', dueDate: '2026-05-27' }),
  // Twelve days after the list was read: the one to renew.
  listedNumber({ number: '13105550117', ccode: '1', country: 'United States', type: 'MOBILE', dueDate: '2025-07-13' }),
  listedNumber({ number: '493023125042', ccode: '49', country: 'Germany', state: 'expired', dueDate: '2025-06-20', remark: 'Berlin warehouse' }),
];
const accountNumbers = (numbers = ACCOUNT_NUMBERS): Answer => () => ({ ok: true, value: { profileId: 'sandbox', fetchedAt: LISTED_AT, numbers } });

const numberTable = () => screen.findByRole('table', { name: 'Numbers' });
const listedRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const listStatus = () => within(screen.getByRole('region', { name: 'Your numbers' })).getByRole('status');
const field = (settings: HTMLElement, label: RegExp) => within(settings).getByLabelText(label) as HTMLInputElement;

describe("Numbers screen: the account's numbers", () => {
  it('lists every number with country, type, state, expiry and voicemail, and says in words which expire soon', async () => {
    numbersBridge({ list: accountNumbers() });
    render(<App />);
    const table = await numberTable();
    const rows = listedRows(table);
    expect(rows.map((row) => Array.from(row.querySelectorAll('td')).slice(1, 7).map((cell) => cell.textContent))).toEqual([
      ['447700900123Reception main line', 'United Kingdom (+44)', 'Mobile', 'In use', calendarDate('2026-01-20'), 'On · 60 s'],
      ['442079460958London office', 'United Kingdom (+44)', 'Fixed', 'In use', calendarDate('2025-10-04'), 'Off'],
      ['12025550143US support', 'United States (+1)', 'Fixed', 'In use', calendarDate('2026-05-27'), 'Off'],
      ['13105550117', 'United States (+1)', 'Mobile', 'In use', `${calendarDate('2025-07-13')}Expires in 12 days`, 'Off'],
      ['493023125042Berlin warehouse', 'Germany (+49)', 'Fixed', 'Expired', calendarDate('2025-06-20'), 'Off'],
    ]);
    expect(rows.filter((row) => row.dataset.expiring === 'true').map((row) => row.dataset.testid)).toEqual(['number-13105550117']);
    expect(listStatus().textContent).toMatch(/^5 numbers · 1 expires within 30 days · read from ITNIO at /);
  });

  it('searches by number (as people write it), country, type, state or remark', async () => {
    numbersBridge({ list: accountNumbers() });
    const user = userEvent.setup();
    render(<App />);
    const table = await numberTable();
    const search = screen.getByLabelText('Search numbers');
    const shown = () => listedRows(table).map((row) => row.dataset.testid?.replace('number-', ''));

    await user.type(search, 'united states');
    expect(shown()).toEqual(['12025550143', '13105550117']);
    expect(listStatus().textContent).toMatch(/^2 of 5 numbers match/);
    await user.clear(search);
    await user.type(search, '+44 20 7946');
    expect(shown()).toEqual(['442079460958']);
    await user.clear(search);
    await user.type(search, 'expired');
    expect(shown()).toEqual(['493023125042']);
    await user.clear(search);
    await user.type(search, 'mobile');
    expect(shown()).toEqual(['447700900123', '13105550117']);
    await user.clear(search);
    await user.type(search, 'Paris');
    expect(shown()).toEqual([]);
    expect(screen.getByText('No number matches the search.')).toBeTruthy();
  });

  it('fills the form with the chosen number’s current settings, voicemail on from the integer, and saves them as they are', async () => {
    const { of } = numbersBridge({ list: accountNumbers() });
    const user = userEvent.setup();
    render(<App />);
    await numberTable();
    await user.click(screen.getByRole('button', { name: 'Edit 447700900123' }));
    const settings = await form();
    expect(field(settings, /^Number/).value).toBe('447700900123');
    expect(field(settings, /App ID/).value).toBe('');
    expect(field(settings, /Outbound IP whitelist/).value).toBe('198.51.100.7,2001:db8::7');
    expect(field(settings, /Inbound address/).value).toBe('203.0.113.9:5060');
    expect(field(settings, /Inbound prefix/).value).toBe('55');
    expect(field(settings, /Remark/).value).toBe('Reception main line');
    expect((within(settings).getByRole('switch', { name: 'Voicemail on' }) as HTMLInputElement).checked).toBe(true);
    expect(field(settings, /Max hangup/).value).toBe('60');
    expect(within(settings).getByText('Greeting on ITNIO now: welcome.wav. Add a file only to replace it.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Number settings' }));

    await saveAndSend(user, within(settings).getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Number saved')).toBeTruthy();
    expect(of('numbers.edit')).toEqual([
      { number: '447700900123', appId: '', outIp: '198.51.100.7,2001:db8::7', inIp: '203.0.113.9:5060', inboundPrefix: '55', remark: 'Reception main line', enableVoicemail: true, voicemailMaxHangup: 60 },
    ]);
    // Read again after the save, so the list shows what the number has now.
    expect(of('numbers.list')).toHaveLength(2);
  });

  it('marks the row of the number in the form, in words, and no row once the form is cleared', async () => {
    numbersBridge({ list: accountNumbers() });
    const user = userEvent.setup();
    render(<App />);
    const table = await numberTable();
    const marked = () => listedRows(table).filter((row) => row.getAttribute('aria-current') === 'true');
    expect(marked()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Edit 442079460958' }));
    await waitFor(() => expect(marked().map((row) => row.dataset.testid)).toEqual(['number-442079460958']));
    expect(within(marked()[0]!).getByText('Editing')).toBeTruthy();
    expect(within(table).getAllByText('Editing')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Edit 12025550143' }));
    await waitFor(() => expect(marked().map((row) => row.dataset.testid)).toEqual(['number-12025550143']));
    await user.click(within(await form()).getByRole('button', { name: 'Clear form' }));
    await waitFor(() => expect(marked()).toEqual([]));
    expect(within(table).queryByText('Editing')).toBeNull();
  });

  it('saves a change of remark on a number whose listed addresses our rules would refuse, sending them as read', async () => {
    // The vendor's own sample gateway and a host name: neither an IP address, yet values ITNIO may hold.
    const read = { outIp: '12.325.353.2', inIp: 'sbc.example.net:5060' };
    const { of } = numbersBridge({ list: accountNumbers([listedNumber({ number: '442079460958', remark: 'London office', ...read })]) });
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Edit 442079460958' }));
    const settings = await form();
    await user.clear(field(settings, /Remark/));
    await user.type(field(settings, /Remark/), 'London, new desk');
    await saveAndSend(user, within(settings).getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Number saved')).toBeTruthy();
    expect(of('numbers.edit')).toMatchObject([{ number: '442079460958', ...read, remark: 'London, new desk' }]);

    // Typed in place of the listed one, the same kind of address must pass the rule.
    await user.clear(field(settings, /Inbound address/));
    await user.type(field(settings, /Inbound address/), 'pbx.example.net:5060');
    await user.click(within(settings).getByRole('button', { name: 'Save settings' }));
    expect(await within(settings).findByText('must be an IP address, or IP:port (IPv6 as [address]:port), port 1–65535')).toBeTruthy();
    expect(of('numbers.edit')).toHaveLength(1);
  });

  it('keeps the app id of a number set up for another application', async () => {
    numbersBridge({ list: accountNumbers([listedNumber({ number: '442079460958', appId: 'app-other1' })]) });
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Edit 442079460958' }));
    expect(field(await form(), /App ID/).value).toBe('app-other1');
  });

  it('asks before a chosen number replaces unsaved changes, and keeps them when told to', async () => {
    const { of } = numbersBridge({ list: accountNumbers() });
    const user = userEvent.setup();
    render(<App />);
    await numberTable();
    await user.click(screen.getByRole('button', { name: 'Edit 442079460958' }));
    let settings = await form();
    await user.clear(field(settings, /Remark/));
    await user.type(field(settings, /Remark/), 'London office, new PBX');
    await drop(file(someBytes(16_044), 'welcome.wav'));
    await screen.findByRole('group', { name: 'Greeting to send' });

    await user.click(screen.getByRole('button', { name: 'Edit 12025550143' }));
    let prompt = await screen.findByRole('dialog', { name: 'Replace the unsaved draft?' });
    expect(prompt.textContent).toContain('The form holds changes to 442079460958 that have not been saved, and a greeting waiting to be sent.');
    await user.click(within(prompt).getByRole('button', { name: 'Keep the draft' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    settings = await form();
    expect(field(settings, /^Number/).value).toBe('442079460958');
    expect(field(settings, /Remark/).value).toBe('London office, new PBX');
    expect(screen.getByRole('group', { name: 'Greeting to send' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Edit 12025550143' }));
    prompt = await screen.findByRole('dialog', { name: 'Replace the unsaved draft?' });
    await user.click(within(prompt).getByRole('button', { name: 'Discard and load 12025550143' }));
    await waitFor(() => expect(field(screen.getByRole('form', { name: 'Number settings' }), /^Number/).value).toBe('12025550143'));
    settings = await form();
    expect(field(settings, /Remark/).value).toBe('US support');
    expect(field(settings, /Inbound prefix/).value).toBe('77');
    expect(screen.queryByRole('group', { name: 'Greeting to send' })).toBeNull();
    expect(of('numbers.discardGreeting')).toEqual([{ greetingId: 'g-1' }]);
  });

  it('does not ask when nothing changed since the number was chosen or saved', async () => {
    numbersBridge({ list: accountNumbers() });
    const user = userEvent.setup();
    render(<App />);
    await numberTable();
    await user.click(screen.getByRole('button', { name: 'Edit 442079460958' }));
    await user.click(screen.getByRole('button', { name: 'Edit 13105550117' }));
    expect(field(await form(), /^Number/).value).toBe('13105550117');

    await user.type(field(await form(), /Remark/), 'Renew soon');
    await saveAndSend(user, screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Number saved');
    await user.click(screen.getByRole('button', { name: 'Edit 493023125042' }));
    await waitFor(() => expect(field(screen.getByRole('form', { name: 'Number settings' }), /^Number/).value).toBe('493023125042'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('fills a recent number with its current settings when the account lists it', async () => {
    numbersBridge({ list: accountNumbers() });
    const user = userEvent.setup();
    render(<App />);
    await numberTable();
    const recent = await screen.findByRole('group', { name: 'Recently edited numbers' });
    await user.click(within(recent).getByRole('button', { name: '447700900123 · Reception main line' }));
    await waitFor(() => expect(field(screen.getByRole('form', { name: 'Number settings' }), /Inbound prefix/).value).toBe('55'));
  });

  it('shows a refused read with its hint, and the form still takes a number typed by hand', async () => {
    numbersBridge({ list: () => ({ ok: false, error: { kind: 'vendor', code: '-2', message: 'ITNIO refused the request: no permission.', hint: 'Ask ITNIO to enable number management.' } }) });
    const user = userEvent.setup();
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('ITNIO refused the request: no permission.Ask ITNIO to enable number management. The form below still edits a number typed by hand.');
    await user.type(field(await form(), /^Number/), '442079460958');
    await saveAndSend(user, screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Number saved')).toBeTruthy();
  });

  it('holds Save while ITNIO cannot be reached, saying why, and lets it go once ITNIO answers', async () => {
    let offline = true;
    numbersBridge({ list: () => (offline ? { ok: false, error: { kind: 'network', message: 'ITNIO could not be reached.', reachedItnio: 'no' } } : { ok: true, value: { profileId: 'sandbox', fetchedAt: new Date().toISOString(), numbers: [] } }) });
    const user = userEvent.setup();
    render(<App />);
    await user.type(field(await form(), /^Number/), '442079460958');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save settings' }).hasAttribute('disabled')).toBe(true));
    expect(screen.getByText(/ITNIO cannot be reached, so nothing can be changed now/)).toBeTruthy();
    offline = false;
    await user.click(screen.getByRole('button', { name: 'Refresh the number list' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save settings' }).hasAttribute('disabled')).toBe(false));
  });
});

describe('Numbers screen: a save on its way to ITNIO', () => {
  const CUT = { kind: 'network', message: 'The connection to 127.0.0.1:4010 was cut before the answer arrived.', hint: "The number's settings may have changed: read the number list again before saving again.", reachedItnio: 'maybe' } as const;
  const waitPrompt = () => screen.findByRole('dialog', { name: "Wait for ITNIO's answer" });

  async function changeRemarkAndSave(user: ReturnType<typeof userEvent.setup>) {
    await user.click(await screen.findByRole('button', { name: 'Edit 442079460958' }));
    const settings = await form();
    await user.clear(field(settings, /Remark/));
    await user.type(field(settings, /Remark/), 'London office, new PBX');
    await saveAndSend(user, within(settings).getByRole('button', { name: 'Save settings' }));
    return settings;
  }

  it('says it cannot be taken back when the operator leaves or picks another number, then shows the answer', async () => {
    const slow = slowAnswer();
    const { of } = numbersBridge({ list: accountNumbers(), answered: slow.arrived });
    const user = userEvent.setup();
    render(<App />);
    await changeRemarkAndSave(user);

    await user.keyboard('{Control>}0{/Control}');
    let prompt = await waitPrompt();
    expect(prompt.textContent).toContain('The settings of 442079460958 are being sent to ITNIO and cannot be taken back.');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Numbers');
    await user.click(within(prompt).getByRole('button', { name: 'Wait for the answer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Edit 12025550143' }));
    prompt = await waitPrompt();
    expect(prompt.textContent).toContain('The settings of 442079460958 are being sent to ITNIO and cannot be taken back.');
    expect(screen.queryByRole('dialog', { name: 'Replace the unsaved draft?' })).toBeNull();
    expect(document.body.textContent).not.toContain('have not been saved');

    await slow.arrive();
    expect(await screen.findByText('Number saved')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(of('numbers.list')).toHaveLength(2);
    // Saved, the draft holds nothing to lose: another number loads at once.
    await user.click(screen.getByRole('button', { name: 'Edit 12025550143' }));
    await waitFor(() => expect(field(screen.getByRole('form', { name: 'Number settings' }), /^Number/).value).toBe('12025550143'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows a failure in the form when it comes, though the operator asked to leave meanwhile, and reads the list again', async () => {
    const slow = slowAnswer();
    const { of } = numbersBridge({ list: accountNumbers(), answered: slow.arrived, edit: () => ({ ok: false, error: { ...CUT } }) });
    const user = userEvent.setup();
    render(<App />);
    const settings = await changeRemarkAndSave(user);
    await user.keyboard('{Control>}0{/Control}');
    await waitPrompt();

    const reads = of('numbers.list').length;
    await slow.arrive();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await within(settings).findByRole('alert')).textContent).toBe(`Not saved: ${CUT.message}${CUT.hint}`);
    // The answer was lost on the way: the list says what ITNIO holds now.
    await waitFor(() => expect(of('numbers.list').length).toBeGreaterThan(reads));
  });

  it('shows the answer as a message naming the number when another profile became active meanwhile', async () => {
    const slow = slowAnswer();
    const { activateElsewhere } = numbersBridge({ list: accountNumbers(), answered: slow.arrived, edit: () => ({ ok: false, error: { ...CUT } }) });
    const user = userEvent.setup();
    render(<App />);
    await changeRemarkAndSave(user);
    activateElsewhere('work');
    act(() => recheckAccount());

    await slow.arrive();
    expect(await screen.findByText(`The save of number 442079460958 failed: ${CUT.message}`)).toBeTruthy();
    expect(screen.getByText(CUT.hint)).toBeTruthy();
  });

  it('leaves the new profile’s empty form without unsaved changes when the old one’s save lands', async () => {
    const slow = slowAnswer();
    const { activateElsewhere } = numbersBridge({ list: accountNumbers(), answered: slow.arrived });
    const user = userEvent.setup();
    render(<App />);
    await changeRemarkAndSave(user);
    activateElsewhere('work');
    act(() => recheckAccount());
    await waitFor(() => expect(field(screen.getByRole('form', { name: 'Number settings' }), /^Number/).value).toBe(''));

    await slow.arrive();
    expect(await screen.findByText('Number saved')).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: 'Edit 12025550143' }));
    await waitFor(() => expect(field(screen.getByRole('form', { name: 'Number settings' }), /^Number/).value).toBe('12025550143'));
    expect(screen.queryByRole('dialog', { name: 'Replace the unsaved draft?' })).toBeNull();
  });
});
