import en from './en';
import { speakerOf, type Say } from './speaker';

/**
 * A message of main's catalog in English, where shared code writes words the CLI, a CSV and the
 * window all show. English only: the CLI never loads another language.
 */
export const englishOf: Say = speakerOf({ en })('en');
