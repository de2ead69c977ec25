import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/**
 * The OS file dialogs, as main's services see them: Electron's in the app, a fixed folder where no
 * dialog can open (browser preview, e2e harness). Services read and write the chosen paths
 * themselves, so the renderer never handles a path it made up.
 */
export interface FileDialogs {
  /** Where to save; undefined when the operator cancels. */
  chooseSavePath(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | undefined>;
  /** One file to open; undefined when the operator cancels. */
  chooseOpenPath(options: { title: string; filters: FileFilter[] }): Promise<string | undefined>;
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
