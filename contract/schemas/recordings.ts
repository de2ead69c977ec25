import { z } from 'zod';

/** A recording can be at most this large; a phone call's recording is far smaller. */
export const RECORDING_MAX_BYTES = 20 * 1024 * 1024;

/** A call's recording, fetched by main: the renderer plays it from a blob: URL. */
export const callRecording = z.object({
  recordingId: z.string(),
  bytes: z.instanceof(Uint8Array),
  /** The audio type read from the bytes, e.g. audio/wav. */
  mimeType: z.string(),
  /** The name to save it under, with the real type's extension. */
  fileName: z.string(),
});
export type CallRecording = z.infer<typeof callRecording>;

export const savedRecording = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(false) }),
  z.object({ saved: z.literal(true), path: z.string(), size: z.number().int() }),
]);
export type SavedRecording = z.infer<typeof savedRecording>;
