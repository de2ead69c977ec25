/** The keys an import report's reasons are said by, built as the tests expect them. */
import { expect } from 'vitest';
import type { Said } from '../../../../../contract/said';
import type { ImportedRow } from '../../../../../contract/schemas/contacts';
import { inEnglish } from '../../../../../main/platform/messages';

type Values = Said['values'];

export const said = (key: string, values?: Values): Said => ({ key: key as Said['key'], ...(values ? { values } : {}) });
export const rule = (name: string, values?: Values): Said => said(`rules.rule.${name}`, values);
export const row = (name: string, values?: Values): Said => said(`contacts.importRow.${name}`, values);
export const onField = (field: string | Said, broken: string | Said): Said => said('rules.onField', { field, rule: broken });
export const list = (...reasons: Said[]): Said => reasons.reduce((first, then) => row('list', { first, then }));

/** Every reason's keys write exactly its English: the window says the keys, the CLI prints the English. */
export function expectSaidInEnglish(rows: readonly ImportedRow[]): void {
  for (const { reason, say } of rows) expect(reason === undefined ? undefined : inEnglish(say!.reason)).toBe(reason);
}
