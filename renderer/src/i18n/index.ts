import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { PSEUDO_LANGUAGE, windowLanguage, type WindowLanguage } from '../../../contract/languages';
import { pseudoCatalog } from '../../../contract/messages/pseudo';
import type { LanguageSetting } from '../../../contract/schemas/app';
import { NAMESPACES, type Catalog } from './catalog';
import { en } from './en';
import { zhCN } from './zh-CN';

/**
 * The window's one i18next. English and Chinese are bundled: they are small, and a language is
 * there at once, with no flash of English before it. Started in English, the tests' language; the app's
 * start (`startLanguage`) changes it to the operator's before the first paint.
 */
export const i18n: I18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { en, 'zh-CN': zhCN },
  lng: 'en',
  // A message a catalog lacks shows in English rather than as its key; the catalog test fails on it first.
  fallbackLng: 'en',
  ns: NAMESPACES,
  defaultNS: 'common',
  // React escapes what it renders; escaping here too would show "&amp;".
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** The locale dates, times and numbers are written in: the window's language (the pseudo-locale's is English). */
export function currentLocale(): string {
  const language = i18n.language as WindowLanguage;
  return language === PSEUDO_LANGUAGE ? 'en' : language;
}

/** Speaks the language of the operator's setting, and says so to the page (`lang`) for screen readers and fonts. */
export async function applyLanguage(setting: LanguageSetting): Promise<void> {
  const language = windowLanguage(setting.choice, setting.system.length > 0 ? setting.system : navigator.languages);
  // The pseudo-locale is made from English only when chosen: no start pays for it.
  if (language === PSEUDO_LANGUAGE && !i18n.hasResourceBundle(language, 'common')) {
    for (const [ns, catalog] of Object.entries(en)) i18n.addResourceBundle(language, ns, pseudoCatalog(catalog as Catalog));
  }
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
}
