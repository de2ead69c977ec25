import i18next, { type i18n as I18n } from 'i18next';
import { PSEUDO_LANGUAGE, type WindowLanguage } from '../../contract/languages';
import en from '../../contract/messages/en';
import { pseudoCatalog } from '../../contract/messages/pseudo';
import zhCN from '../../contract/messages/zh-CN';
import { sayWith, type Said } from '../../contract/said';

/**
 * What main draws itself (the tray, the menu bar, notifications, the OS dialogs) in the window's
 * language. Only the app's entry loads this module: the CLI speaks English and never loads the
 * Chinese catalog.
 */

/** Writes a message of main's catalog in one language. */
export type Say = (said: Said) => string;

const speech: I18n = i18next.createInstance();
void speech.init({
  resources: { en: { main: en }, 'zh-CN': { main: zhCN } },
  lng: 'en',
  fallbackLng: 'en',
  ns: ['main'],
  defaultNS: 'main',
  // Menus, notifications and dialogs show text as it is: escaping would show "&amp;".
  interpolation: { escapeValue: false },
  initAsync: false,
});

type Write = (key: string, values: Record<string, string | number>) => string;

/** Main's messages in a language of the window; the pseudo-locale is made from English when first asked for, as the window makes it. */
export function sayIn(language: WindowLanguage): Say {
  if (language === PSEUDO_LANGUAGE && !speech.hasResourceBundle(language, 'main')) speech.addResourceBundle(language, 'main', pseudoCatalog(en));
  // The window's typed keys (renderer/src/i18n/i18next.d.ts) are not main's: main's catalog is looked up by its own keys here.
  const write = speech.getFixedT(language) as unknown as Write;
  return (said) => sayWith((key, values) => write(key, { ...values }), said);
}
