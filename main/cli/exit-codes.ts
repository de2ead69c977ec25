import type { ErrorKind } from '../../contract/result';

/** The CLI's public exit codes (design.md): scripts depend on them, so only ever add. */
export const EXIT = { ok: 0, internal: 1, invalidInput: 2, vendor: 3, transport: 4, config: 5 } as const;

export function exitCodeFor(kind: ErrorKind): number {
  switch (kind) {
    case 'invalid-input':
    case 'file':
      return EXIT.invalidInput;
    case 'vendor':
      return EXIT.vendor;
    case 'network':
    case 'timeout':
    case 'server':
      return EXIT.transport;
    case 'auth':
    case 'clock-skew':
    case 'keychain':
      return EXIT.config;
    case 'internal':
      return EXIT.internal;
  }
}
