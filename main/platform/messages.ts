import i18next, { type i18n as I18n } from 'i18next';
import en from '../../contract/messages/en';
import type { SaidError } from '../../contract/result';
import { sayWith, type Said } from '../../contract/said';

/** Main's catalog in English only: the CLI and the log speak English; the window says the keys in its own language. */
const english: I18n = i18next.createInstance();
void english.init({ resources: { en: { main: en } }, lng: 'en', ns: ['main'], defaultNS: 'main', interpolation: { escapeValue: false }, initAsync: false });

/** A message of main's catalog, in English. */
export const inEnglish = (said: Said): string => sayWith((key, values) => english.t(key, { ...values }), said);

/** An error's message and hint, in English for the CLI and the log, and as keys for the window. */
export function spoken(message: Said, hint?: Said): { message: string; hint?: string; say: SaidError } {
  return { message: inEnglish(message), ...(hint ? { hint: inEnglish(hint) } : {}), say: { message, ...(hint ? { hint } : {}) } };
}
