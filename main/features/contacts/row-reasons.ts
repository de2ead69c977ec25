import { ruleSaid } from '../../../contract/messages/templates';
import type { Said } from '../../../contract/said';
import type { ImportedRow } from '../../../contract/schemas/contacts';
import { inEnglish } from '../../platform/messages';

/** Words of the file itself (a column, a property) or of Switchboard's catalog. */
export type Words = string | Said;

/** A row's reason in English (the CLI's report) and as keys (the window's). */
export const rowReason = (said: Said): Pick<ImportedRow, 'reason' | 'say'> => ({ reason: inEnglish(said), say: { reason: said } });

/** "field: rule", a rule the catalog has no template of kept in English inside it. */
export const onField = (field: Words, rule: string | Said): Said => ({
  key: 'rules.onField',
  values: { field, rule: typeof rule === 'string' ? (ruleSaid(rule) ?? rule) : rule },
});

/** Reasons one after the other, "a; b; c" in English. */
export const reasonList = (reasons: readonly Said[]): Said | undefined =>
  reasons.reduce<Said | undefined>((list, then) => (list ? { key: 'contacts.importRow.list', values: { first: list, then } } : then), undefined);
