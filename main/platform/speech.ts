import type { WindowLanguage } from '../../contract/languages';
import en from '../../contract/messages/en';
import { speakerOf, type Say } from '../../contract/messages/speaker';
import zhCN from '../../contract/messages/zh-CN';

export type { Say } from '../../contract/messages/speaker';

/**
 * What main draws itself (the tray, the menu bar, notifications, the OS dialogs) in the window's
 * language. Only the app's entry loads this module: the CLI speaks English and never loads the
 * Chinese catalog.
 */
const speaker = speakerOf({ en, 'zh-CN': zhCN });

/** Main's messages in a language of the window. */
export const sayIn = (language: WindowLanguage): Say => speaker(language);
