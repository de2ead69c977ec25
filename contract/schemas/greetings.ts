import { z } from 'zod';

/** Greetings: the voicemail audio a number plays, as main stages it before a save sends it. */

/** The vendor's "5Mb", read as 5 × 1024 × 1024 bytes of the original file (spec decision). */
export const GREETING_MAX_BYTES = 5 * 1024 * 1024;
export const GREETING_FORMATS = ['mp3', 'wav', 'm4a'] as const;
export type GreetingFormat = (typeof GREETING_FORMATS)[number];

/** Megabytes with one decimal, the way a file manager shows them. */
const formatMegabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * What is wrong with a greeting of `size` bytes, before anything reads it; shared so the renderer
 * refuses a large drop at once with the words main would use.
 */
export function greetingSizeProblem(name: string, size: number): string | undefined {
  if (size === 0) return `"${name}" is empty.`;
  if (size > GREETING_MAX_BYTES)
    return `"${name}" is ${formatMegabytes(size)} (${size.toLocaleString('en')} bytes); a greeting can be at most 5 MB (${GREETING_MAX_BYTES.toLocaleString('en')} bytes).`;
  return undefined;
}

export const greetingId = z.string().min(1, 'is required').max(64, 'must be at most 64 characters');

export const stageGreetingInput = z.object({
  name: z.string().trim().min(1, 'is required').max(255, 'must be at most 255 characters'),
  bytes: z.instanceof(Uint8Array, { error: "must be the file's bytes" }),
});

/** A greeting main has checked and holds, ready to send with the next save. */
export const stagedGreeting = z.object({
  greetingId,
  /** The file's own name. */
  name: z.string(),
  /** The name sent to ITNIO: the real format's extension, whatever the file was called. */
  fileName: z.string(),
  size: z.number().int(),
  format: z.enum(GREETING_FORMATS),
  /** As the file itself says, e.g. "MPEG 1 Layer 3" or "PCM". */
  codec: z.string().optional(),
  durationSeconds: z.number(),
});
export type StagedGreeting = z.infer<typeof stagedGreeting>;

/** A greeting picked in main's open dialog; the bytes come back for the preview. Null: cancelled. */
export const pickedGreeting = z.union([z.null(), z.object({ greeting: stagedGreeting, bytes: z.instanceof(Uint8Array) })]);

export const greetingRef = z.object({ greetingId });
