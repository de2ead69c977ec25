/** A namespace's messages: a key to a message, or to a group of them. */
export interface Catalog {
  readonly [key: string]: string | Catalog;
}

/** The window's namespaces: one for words every screen uses, one for the shell, one per feature, and main's messages (contract/messages). */
export const NAMESPACES = ['common', 'shell', 'main', 'account', 'calls', 'changes', 'contacts', 'numbers', 'phones', 'profiles', 'reports', 'settings', 'trunks'] as const;
export type Namespace = (typeof NAMESPACES)[number];
