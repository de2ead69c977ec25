import type { StoreApi } from 'zustand';

declare const request: unique symbol;

/**
 * The newest request of one kind, kept in its store's state; undefined while no answer may land
 * (none asked yet, or the store was reset or let go of the request).
 */
export type Latest = { readonly [request]: true } | undefined;

/** The fields of a store's state that hold a `Latest`. */
type LatestField<State> = { [Key in keyof State]-?: State[Key] extends Latest ? Key : never }[keyof State];

/**
 * Starts a request of the kind `field` names and returns whether it is still the newest: true
 * until another of that kind starts, or `field` is cleared (a reset, or the store letting go).
 * Answers arrive in any order (a profile switch or fast typing overtakes a slow request), and
 * only the newest may land.
 */
export function startLatest<State>(store: StoreApi<State>, field: LatestField<State>): () => boolean {
  const mine = Object.freeze({}) as NonNullable<Latest>;
  store.setState({ [field]: mine } as unknown as Partial<State>);
  return () => store.getState()[field] === mine;
}

/**
 * Sends a write that a form waits for through `field`, and answers its result with whether the
 * form still waits (the field is then cleared). When the form let go of it meanwhile (it closed
 * under another profile), the caller shows the answer some other way: a write's answer is never
 * dropped.
 */
export async function sendWatched<State, T>(store: StoreApi<State>, field: LatestField<State>, send: () => Promise<T>): Promise<{ answer: T; watched: boolean }> {
  const stillWatched = startLatest(store, field);
  const answer = await send();
  const watched = stillWatched();
  if (watched) store.setState({ [field]: undefined } as unknown as Partial<State>);
  return { answer, watched };
}
