import { create, type Mutate, type StateCreator, type StoreApi, type StoreMutatorIdentifier, type UseBoundStore } from 'zustand';

const resets = new Set<() => void>();

/**
 * zustand's `create`, for a store that `resetStores` can put back to its initial state. Every
 * store of the renderer is made with it.
 */
export const resettableStore =
  <State>() =>
  <Mutators extends [StoreMutatorIdentifier, unknown][] = []>(initializer: StateCreator<State, [], Mutators>): UseBoundStore<Mutate<StoreApi<State>, Mutators>> => {
    const store = create<State>()(initializer);
    resets.add(() => store.setState(store.getInitialState(), true));
    return store;
  };

/**
 * Puts every store back to its initial state, for tests that start each case afresh. Requests
 * still in flight are let go with it, since their `Latest` fields are cleared too.
 */
export function resetStores(): void {
  for (const reset of resets) reset();
}
