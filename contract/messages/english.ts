import i18next, { type i18n as I18n } from 'i18next';
import { sayWith, type Said } from '../said';
import en from './en';

const english: I18n = i18next.createInstance();
void english.init({ resources: { en: { main: en } }, lng: 'en', ns: ['main'], defaultNS: 'main', interpolation: { escapeValue: false }, initAsync: false });

type Write = (key: string, values: Record<string, string | number>) => string;
// The window's typed keys (renderer/src/i18n/i18next.d.ts) are not main's: main's catalog is looked up by its own keys here.
const write: Write = (key, values) => (english.t as unknown as Write)(key, { ...values });

/**
 * A message of main's catalog in English, where shared code writes words the CLI, a CSV and the
 * window all show: written by i18next, as the window writes its translations, so the two read alike.
 */
export const englishOf = (said: Said): string => sayWith(write, said);
