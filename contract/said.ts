import type { MainKey } from './messages/keys';

/**
 * A message main says to the operator, as a key of its catalog (contract/messages) and the values
 * it is written with. Main writes it in English for the CLI and its log; the window writes it in
 * the operator's language. A value may itself be a message (a hint made of the request's own
 * words and an advice), said in the same language.
 */
export interface Said {
  key: MainKey;
  values?: Readonly<Record<string, string | number | Said>>;
}

/** Writes a message with `write`, one language's catalog lookup, its message values first. */
export function sayWith(write: (key: string, values: Record<string, string | number>) => string, said: Said): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(said.values ?? {})) values[name] = typeof value === 'object' ? sayWith(write, value) : value;
  return write(said.key, values);
}
