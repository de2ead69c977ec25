import { createHash } from 'node:crypto';

/** How long a copied SIP password may stay on the clipboard, as password managers do. */
export const SECRET_CLIPBOARD_MS = 30_000;

/** The system clipboard's text, as Electron's `clipboard` module offers it (main/desktop/clipboard.ts). */
export interface SystemClipboard {
  readText(): Promise<string>;
  writeText(text: string): Promise<void>;
  clear(): void;
}

export interface SecretClipboard {
  /**
   * Puts `secret` on the clipboard, and takes it off after the clearing time unless the operator
   * has copied something else meanwhile. A later copy starts the time again.
   */
  copy(secret: string): Promise<{ clearsInMs: number }>;
  /** Takes what was copied off the clipboard now, if it is still there: on quit or a profile switch. */
  clearNow(): Promise<void>;
  /** Whether `text` is the password copied last, still waiting to be cleared: never read back into the page. */
  holds(text: string): boolean;
}

interface Copy {
  /** Only a digest is kept: main holds no password for the time, yet can tell whether it is still there. */
  digest: string;
  timer: ReturnType<typeof setTimeout>;
}

const digestOf = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Plain Node: the policy over any clipboard (Electron's in the app, an in-memory one in tests and
 * the browser preview).
 */
export function createSecretClipboard(system: SystemClipboard, options: { clearAfterMs?: number } = {}): SecretClipboard {
  const clearAfterMs = options.clearAfterMs ?? SECRET_CLIPBOARD_MS;
  let held: Copy | undefined;

  const clearIfStillThere = async (copy: Copy) => {
    clearTimeout(copy.timer);
    if (held === copy) held = undefined;
    const text = await system.readText();
    // A copy made while the clipboard was read has its own time: it is not cleared with this one.
    if (held === undefined && digestOf(text) === copy.digest) system.clear();
  };

  return {
    copy: async (secret) => {
      if (held) clearTimeout(held.timer);
      const copy: Copy = {
        digest: digestOf(secret),
        // A clipboard that cannot be read leaves nothing to decide: the copy stays, as any other would.
        timer: setTimeout(() => void clearIfStillThere(copy).catch(() => undefined), clearAfterMs),
      };
      // A pending clearing must not keep a test run or a CLI process alive; the app clears on quit.
      copy.timer.unref?.();
      held = copy;
      await system.writeText(secret);
      return { clearsInMs: clearAfterMs };
    },
    clearNow: async () => {
      if (held) await clearIfStillThere(held);
    },
    holds: (text) => held !== undefined && digestOf(text) === held.digest,
  };
}

/** A clipboard of this process only: for tests, and for the browser preview, which has no system clipboard to reach. */
export function createMemoryClipboard(): SystemClipboard {
  let text = '';
  return {
    readText: async () => text,
    writeText: async (next) => {
      text = next;
    },
    clear: () => {
      text = '';
    },
  };
}
