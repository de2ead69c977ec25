import { clipboard } from 'electron';
import type { SystemClipboard } from './clipboard-policy';

/** The operating system's clipboard, reached from main; the page itself is never allowed to read it. */
export const systemClipboard: SystemClipboard = {
  readText: () => clipboard.readText(),
  writeText: (text) => clipboard.writeText(text),
  clear: () => clipboard.clear(),
};
