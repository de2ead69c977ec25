/**
 * The languages Switchboard's window speaks. The CLI stays English. `en-XA` is the pseudo-locale:
 * English accented and made longer, to find text left out of the catalogs and layouts that break
 * with longer words; it is chosen only through settings.json, never offered in the picker.
 */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

export const PSEUDO_LANGUAGE = 'en-XA';
export type WindowLanguage = Language | typeof PSEUDO_LANGUAGE;

/** What the operator chose: the system's language, or one named. */
export const LANGUAGE_CHOICES = ['system', ...LANGUAGES, PSEUDO_LANGUAGE] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/**
 * The language of the first of the system's preferred languages that Switchboard speaks, English
 * when none is. Every Chinese tag reads Simplified Chinese: it is the only Chinese there is, and
 * readers of Traditional read it better than English.
 */
export function languageOf(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'zh') return 'zh-CN';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

/** The language the window speaks for a choice, with the system's preferred languages at hand. */
export const windowLanguage = (choice: LanguageChoice, preferred: readonly string[]): WindowLanguage => (choice === 'system' ? languageOf(preferred) : choice);
