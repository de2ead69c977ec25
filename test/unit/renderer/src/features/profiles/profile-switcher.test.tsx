import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ProfileList } from '../../../../../../contract/schemas/profiles';
import { App } from '../../../../../../renderer/src/app/App';
import { useNavigation } from '../../../../../../renderer/src/app/navigation';
import { useNumbers } from '../../../../../../renderer/src/features/numbers/store';
import { useHoldScreen } from '../../../../../../renderer/src/ui/leave-guard';
import { FIRST_RUN_PROFILES, installBridge, shellAnswers } from '../../../fake-bridge';

const OFFICE = { id: 'p1', name: 'Office', baseUrl: 'https://api.itniotech.com', appId: 'app-1', apiKeyMasked: 'bDq…q9', sandbox: false };

type User = ReturnType<typeof userEvent.setup>;

beforeEach(() => {
  useNavigation.setState({ screen: 'phones' });
});

/** The Sandbox (active) and the Office account; `profiles.use` switches the way main does. */
function twoProfiles() {
  let list: ProfileList = { activeId: 'sandbox', profiles: [...structuredClone(FIRST_RUN_PROFILES).profiles, OFFICE] };
  const calls = installBridge({
    ...shellAnswers(),
    'profiles.list': () => ({ ok: true, value: list }),
    'profiles.use': (input) => {
      list = { ...list, activeId: (input as { id: string }).id };
      return { ok: true, value: list };
    },
  });
  return { calls, of: (method: string) => calls.filter((call) => call.method === method) };
}

const switcher = () => screen.getByRole('combobox', { name: 'Active profile' });

/** Opens the header's profile switcher and answers the profiles it offers. */
async function openSwitcher(user: User) {
  await user.click(await screen.findByRole('combobox', { name: 'Active profile' }));
  const listbox = await waitFor(() => {
    const found = document.getElementById(switcher().getAttribute('aria-controls') ?? '');
    if (!found) throw new Error('the profile list did not open');
    return found;
  });
  return within(listbox).getAllByRole('option', { hidden: true });
}

async function choose(user: User, name: string) {
  const options = await openSwitcher(user);
  const option = options.find((candidate) => candidate.textContent?.includes(name));
  if (!option) throw new Error(`${name} is not offered`);
  await user.click(option);
}

/** A form of some screen with unsaved changes: it holds the screen through the leave guard, as the screens' forms do. */
function NoteForm() {
  const [note, setNote] = useState('');
  useHoldScreen(note !== '', () => undefined);
  return <input aria-label="Note" value={note} onChange={(event) => setNote(event.target.value)} />;
}

describe("the header's profile switcher", () => {
  it('names the active profile and offers every profile, the active one marked', async () => {
    twoProfiles();
    const user = userEvent.setup();
    render(<App />);
    await waitFor(() => expect(switcher().textContent).toContain('Sandbox'));
    const options = await openSwitcher(user);
    expect(options.map((option) => option.textContent)).toEqual(['Sandbox', 'Office']);
    expect(options.map((option) => option.getAttribute('aria-selected'))).toEqual(['true', 'false']);
  });

  it('switches from another screen in one choice, and the screen reads its list again for the new profile', async () => {
    const { of } = twoProfiles();
    const user = userEvent.setup();
    render(<App />);
    await waitFor(() => expect(of('phones.list')).toHaveLength(1));

    await choose(user, 'Office');
    expect(of('profiles.use').map((call) => call.input)).toEqual([{ id: 'p1' }]);
    await waitFor(() => expect(switcher().textContent).toContain('Office'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Phones');
    await waitFor(() => expect(of('phones.list')).toHaveLength(2));
  });

  it('asks before switching while a form holds unsaved changes; the focused Cancel keeps the form and the profile', async () => {
    const { of } = twoProfiles();
    const user = userEvent.setup();
    render(
      <>
        <App />
        <NoteForm />
      </>,
    );
    await user.type(screen.getByLabelText('Note'), 'half-typed');

    await choose(user, 'Office');
    const dialog = await screen.findByRole('dialog', { name: 'Discard changes and switch to Office?' });
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' })));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: /Discard changes/ })).toBeNull());
    expect(of('profiles.use')).toEqual([]);
    expect(switcher().textContent).toContain('Sandbox');
    expect((screen.getByLabelText('Note') as HTMLInputElement).value).toBe('half-typed');
  });

  it('switches once the operator agrees to discard the changes', async () => {
    const { of } = twoProfiles();
    const user = userEvent.setup();
    render(
      <>
        <App />
        <NoteForm />
      </>,
    );
    await user.type(screen.getByLabelText('Note'), 'half-typed');

    await choose(user, 'Office');
    const dialog = await screen.findByRole('dialog', { name: 'Discard changes and switch to Office?' });
    await user.click(within(dialog).getByRole('button', { name: 'Discard and switch to Office' }));
    expect(of('profiles.use').map((call) => call.input)).toEqual([{ id: 'p1' }]);
    await waitFor(() => expect(switcher().textContent).toContain('Office'));
  });

  it('asks before a switch would drop a number draft typed on another screen; Cancel keeps the draft', async () => {
    const { of } = twoProfiles();
    const user = userEvent.setup();
    useNavigation.setState({ screen: 'numbers' });
    render(<App />);
    await user.type(await screen.findByRole('textbox', { name: /^Number/ }), '442079460958');
    // The draft outlives a change of screen; a change of profile would drop it.
    act(() => useNavigation.setState({ screen: 'dialer' }));
    await screen.findByRole('button', { name: 'Call' });

    await choose(user, 'Office');
    const dialog = await screen.findByRole('dialog', { name: 'Discard changes and switch to Office?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(of('profiles.use')).toEqual([]);
    expect(useNumbers.getState().draft.number).toBe('442079460958');
  });

  it("asks the same on the Profiles screen's Use while a number draft waits unsaved", async () => {
    const { of } = twoProfiles();
    const user = userEvent.setup();
    useNavigation.setState({ screen: 'numbers' });
    render(<App />);
    await user.type(await screen.findByRole('textbox', { name: /^Number/ }), '442079460958');
    act(() => useNavigation.setState({ screen: 'profiles' }));

    await user.click(await screen.findByRole('button', { name: 'Use Office' }));
    const dialog = await screen.findByRole('dialog', { name: 'Discard changes and switch to Office?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(of('profiles.use')).toEqual([]);
    expect(useNumbers.getState().draft.number).toBe('442079460958');

    await user.click(screen.getByRole('button', { name: 'Use Office' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Discard changes and switch to Office?' })).getByRole('button', { name: 'Discard and switch to Office' }));
    await waitFor(() => expect(of('profiles.use').map((call) => call.input)).toEqual([{ id: 'p1' }]));
  });

  it('does nothing when the active profile is chosen again', async () => {
    const { of } = twoProfiles();
    const user = userEvent.setup();
    render(<App />);
    await choose(user, 'Sandbox');
    expect(of('profiles.use')).toEqual([]);
  });
});
