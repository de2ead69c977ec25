import type en from './en';

type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Singular<K extends string> = K extends `${infer Base}_${PluralForm}` ? Base : K;

/** The dotted keys of a catalog's messages, plural forms said once ("status.authFailed.message"). */
type Leaves<T, Path extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Path}${Singular<K>}` : Leaves<T[K], `${Path}${K}.`>;
}[keyof T & string];

/** A message main can say. */
export type MainKey = Leaves<typeof en>;

/** The groups of the status table: each has a message and a hint. */
export type StatusSays = { [K in keyof (typeof en)['status']]: (typeof en)['status'][K] extends { hint: string } ? K : never }[keyof (typeof en)['status']];
