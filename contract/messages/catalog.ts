/** A part of main's catalog: a key to a message, or to a group of them. */
export interface Catalog {
  readonly [key: string]: string | Catalog;
}
