import { randomUUID } from 'node:crypto';
import type { StagedGreeting } from '../../../contract/schemas/greetings';
import type { InspectedGreeting } from './greeting';

/** What the save sends: the checked file, already base64 (encoded once, when it was staged). */
export interface GreetingUpload {
  fileName: string;
  base64: string;
}

export interface StagedGreetings {
  stage(greeting: InspectedGreeting, bytes: Uint8Array): StagedGreeting;
  get(greetingId: string): GreetingUpload | undefined;
  discard(greetingId: string): void;
}

/**
 * Greetings checked and waiting for a save, in main-process memory. A few at most: each holds up
 * to ~7 MB of base64, and a form only ever needs its current one (older ones were replaced or
 * abandoned), so the oldest is dropped first.
 */
export function createStagedGreetings(limit = 3): StagedGreetings {
  const staged = new Map<string, GreetingUpload>();
  return {
    stage: (greeting, bytes) => {
      const greetingId = randomUUID();
      staged.set(greetingId, { fileName: greeting.fileName, base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') });
      for (const oldest of staged.keys()) {
        if (staged.size <= limit) break;
        staged.delete(oldest);
      }
      return { greetingId, ...greeting };
    },
    get: (greetingId) => staged.get(greetingId),
    discard: (greetingId) => void staged.delete(greetingId),
  };
}
