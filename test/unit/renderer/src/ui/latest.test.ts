import { describe, expect, it } from 'vitest';
import { sendWatched, startLatest, type Latest } from '../../../../../renderer/src/ui/latest';
import { resetStores, resettableStore } from '../../../../../renderer/src/ui/resettable';

interface SearchState {
  shown: string;
  searchRequest: Latest;
  search(answer: Promise<string>): Promise<void>;
  forget(): void;
}

/** A store that shows the answer of its search, the way the list stores do. */
const useSearch = resettableStore<SearchState>()((set, _get, store) => ({
  shown: '',
  searchRequest: undefined,
  search: async (answer) => {
    const stillLatest = startLatest(store, 'searchRequest');
    const text = await answer;
    if (stillLatest()) set({ shown: text });
  },
  forget: () => set({ searchRequest: undefined }),
}));

/** An answer that arrives when the test says so. */
function answer() {
  let arrive!: (text: string) => void;
  const promise = new Promise<string>((resolve) => (arrive = resolve));
  return { promise, arrive };
}

describe('startLatest', () => {
  it('lands the answer of the only request', async () => {
    const only = answer();
    const searching = useSearch.getState().search(only.promise);
    only.arrive('one');
    await searching;
    expect(useSearch.getState().shown).toBe('one');
  });

  it('drops an answer that arrives after the answer of a later request', async () => {
    const slow = answer();
    const fast = answer();
    const first = useSearch.getState().search(slow.promise);
    const second = useSearch.getState().search(fast.promise);
    fast.arrive('second');
    await second;
    slow.arrive('first');
    await first;
    expect(useSearch.getState().shown).toBe('second');
  });

  it('drops the answer of a request the store has let go of', async () => {
    const pending = answer();
    const searching = useSearch.getState().search(pending.promise);
    useSearch.getState().forget();
    pending.arrive('late');
    await searching;
    expect(useSearch.getState().shown).toBe('');
  });

  it('drops the answer of a request made before a reset', async () => {
    const pending = answer();
    const searching = useSearch.getState().search(pending.promise);
    resetStores();
    pending.arrive('from before');
    await searching;
    expect(useSearch.getState().shown).toBe('');
  });
});

describe('sendWatched', () => {
  const useForm = resettableStore<{ save: Latest }>()(() => ({ save: undefined }));

  it('answers the form while it waits, and clears the wait', async () => {
    const sent = await sendWatched(useForm, 'save', async () => 'saved');
    expect(sent).toEqual({ answer: 'saved', watched: true });
    expect(useForm.getState().save).toBeUndefined();
  });

  it('tells the caller when the form let go meanwhile, still with the answer', async () => {
    let answer!: (value: string) => void;
    const sending = sendWatched(useForm, 'save', () => new Promise<string>((resolve) => (answer = resolve)));
    expect(useForm.getState().save).toBeDefined();
    useForm.setState({ save: undefined });
    answer('saved');
    expect(await sending).toEqual({ answer: 'saved', watched: false });
  });
});
