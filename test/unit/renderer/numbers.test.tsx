import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../contract/result';
import type { StagedGreeting } from '../../../contract/schemas/numbers';
import { App } from '../../../renderer/src/app/App';
import { useNavigation } from '../../../renderer/src/app/navigation';
import { EMPTY_DRAFT, useNumbers } from '../../../renderer/src/features/numbers/store';
import { installBridge, shellAnswers } from './fake-bridge';

beforeEach(() => {
  // Toasts live in a store of their own, which would carry one test's over into the next.
  notifications.clean();
  useNavigation.setState({ screen: 'numbers', leaveGuard: undefined });
  useNumbers.setState({ draft: EMPTY_DRAFT, greeting: undefined, greetingBusy: false, greetingError: undefined, recent: [] });
});

type Answer = (input: unknown) => Result<unknown>;

const WAV_GREETING: StagedGreeting = { greetingId: 'g-1', name: 'welcome.wav', fileName: 'welcome.wav', size: 32_044, format: 'wav', codec: 'PCM', durationSeconds: 2 };

/** A bridge that stages whatever it is given (as `staged`) and answers saves with `edit`. */
function numbersBridge(options: { staged?: (input: { name: string; bytes: Uint8Array }) => Result<unknown>; edit?: Answer; pick?: Answer } = {}) {
  let recent = [{ number: '447700900123', remark: 'Reception main line', editedAt: '2025-07-01T10:00:00.000Z' }];
  const calls = installBridge({
    ...shellAnswers(),
    'numbers.recent': () => ({ ok: true, value: { profileId: 'sandbox', numbers: recent } }),
    'numbers.stageGreeting': (input) => (options.staged ?? (() => ({ ok: true, value: WAV_GREETING })))(input as { name: string; bytes: Uint8Array }),
    'numbers.discardGreeting': () => ({ ok: true, value: undefined }),
    'numbers.pickGreeting': options.pick ?? (() => ({ ok: true, value: null })),
    'numbers.edit': (input) => {
      const answer = options.edit ? options.edit(input) : { ok: true as const, value: { number: (input as { number: string }).number } };
      if (answer.ok) recent = [{ number: (input as { number: string }).number, remark: '', editedAt: '2025-07-02T10:00:00.000Z' }, ...recent];
      return answer;
    },
  });
  return { calls, of: (method: string) => calls.filter((call) => call.method === method).map((call) => call.input) };
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
    await user.click(within(settings).getByRole('button', { name: 'Save settings' }));
    expect(await within(settings).findByText('must be 7–15 digits, nothing else')).toBeTruthy();
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
    await user.type(within(settings).getByLabelText(/Max hangup/), '45');
    await user.click(within(settings).getByRole('button', { name: 'Save settings' }));
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

  it.each([
    ['-24 under the number', { kind: 'vendor', code: '-24', field: 'number', message: 'This number was not found in the application.', hint: "Check the number and the profile's application id." }, 'This number was not found in the application. Check the number and the profile\'s application id.'],
    ['-31 as an alert', { kind: 'vendor', code: '-31', message: "This computer's IP address is not in the whitelist.", hint: "Add this computer's public IP address to the whitelist in the ITNIO console." }, "Not saved: This computer's IP address is not in the whitelist.Add this computer's public IP address to the whitelist in the ITNIO console."],
  ] as const)('shows vendor code %s, with its hint', async (_, error, shown) => {
    numbersBridge({ edit: () => ({ ok: false, error: { ...error } }) });
    const user = userEvent.setup();
    render(<App />);
    const settings = await form();
    await user.type(within(settings).getByLabelText(/^Number/), '447700900999');
    await user.click(within(settings).getByRole('button', { name: 'Save settings' }));
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
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
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
    await user.type(within(settings).getByLabelText(/Max hangup/), '30');
    await drop(file(someBytes(16_044), 'welcome.wav'));
    await screen.findByRole('group', { name: 'Greeting to send' });
    await user.click(screen.getByRole('button', { name: 'Save settings and greeting' }));
    const alert = await within(await form()).findByRole('alert');
    expect(alert.textContent).toBe('The voicemail greeting was rejected: the file format is not accepted.Choose an mp3, wav or m4a file of at most 5 MB.');
    expect(of('numbers.edit')[0]).toMatchObject({ greetingId: 'g-1', enableVoicemail: true, voicemailMaxHangup: 30 });

    // Still staged: the operator can try again.
    answer = { ok: true, value: { number: '442079460958', greetingFileName: 'welcome.wav' } };
    await user.click(screen.getByRole('button', { name: 'Save settings and greeting' }));
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
