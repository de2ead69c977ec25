import i18next, { type i18n as I18n } from 'i18next';
import { PSEUDO_LANGUAGE } from '../languages';
import { sayWith, type Said } from '../said';
import type { Catalog } from './catalog';
import { pseudoCatalog } from './pseudo';

/** Writes a message of main's catalog in one language. */
export type Say = (said: Said) => string;

type Write = (key: string, values: Record<string, string | number>) => string;

/**
 * Main's catalog in the languages given (English first among them), said by i18next as the window
 * says it, so the two read alike. The pseudo-locale is made from English when first asked for.
 */
export function speakerOf(catalogs: { en: Catalog } & Record<string, Catalog>): (language: string) => Say {
  const speaker: I18n = i18next.createInstance();
  void speaker.init({
    resources: Object.fromEntries(Object.entries(catalogs).map(([language, main]) => [language, { main }])),
    lng: 'en',
    fallbackLng: 'en',
    ns: ['main'],
    defaultNS: 'main',
    // Toasts, the terminal, menus and dialogs show text as it is: escaping would show "&amp;".
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return (language) => {
    if (language === PSEUDO_LANGUAGE && !speaker.hasResourceBundle(language, 'main')) speaker.addResourceBundle(language, 'main', pseudoCatalog(catalogs.en));
    // The window's typed keys (renderer/src/i18n/i18next.d.ts) are not main's: main's catalog is looked up by its own keys here.
    const write = speaker.getFixedT(language) as unknown as Write;
    return (said) => sayWith((key, values) => write(key, { ...values }), said);
  };
}
