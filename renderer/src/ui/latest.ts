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
