import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type en from '../../../contract/messages/en';
import type { Said } from '../../../contract/said';
import type { Say } from '../speech';

/** A dialog's title: its English words in the catalog (`files.dialogs`), or a message for a title naming something (`files.titled`). */
export type DialogTitle = keyof (typeof en)['files']['dialogs'] | Said;

/** A file type the dialog offers, named by its English words in the catalog (`files.filters`), with the values its name has. */
export interface FileFilter {
  name: keyof (typeof en)['files']['filters'];
  values?: Readonly<Record<string, string>>;
  extensions: string[];
}

/**
 * The OS file dialogs, as main's services see them: Electron's in the app, a fixed folder where no
 * dialog can open (browser preview, e2e harness). Services read and write the chosen paths
 * themselves, so the renderer never handles a path it made up.
 */
export interface FileDialogs {
  /** Where to save; undefined when the operator cancels. */
  chooseSavePath(options: { title: DialogTitle; defaultName: string; filters: FileFilter[] }): Promise<string | undefined>;
  /** One file to open; undefined when the operator cancels. */
  chooseOpenPath(options: { title: DialogTitle; filters: FileFilter[] }): Promise<string | undefined>;
}

/** A dialog's title and file types as the OS dialog shows them: in the window's language (`say`). */
export function dialogWords(options: { title: DialogTitle; filters: readonly FileFilter[] }, say: Say): { title: string; filters: { name: string; extensions: string[] }[] } {
  return {
    title: say(typeof options.title === 'string' ? { key: `files.dialogs.${options.title}` } : options.title),
    filters: options.filters.map(({ name, values, extensions }) => ({ name: say({ key: `files.filters.${name}`, ...(values ? { values } : {}) }), extensions })),
  };
}

/**
 * Dialogs without a window: saves land in `folder` under the suggested name, and opens take the
 * next path queued with `queueOpen` (nothing queued = cancelled).
 */
export function folderDialogs(folder: string): FileDialogs & { queueOpen(path: string): void; saved: string[] } {
  const opens: string[] = [];
  const saved: string[] = [];
  return {
    saved,
    queueOpen: (path) => void opens.push(path),
    chooseSavePath: async ({ defaultName }) => {
      await mkdir(folder, { recursive: true });
      const path = join(folder, defaultName);
      saved.push(path);
      return path;
    },
    chooseOpenPath: async () => opens.shift(),
  };
}
