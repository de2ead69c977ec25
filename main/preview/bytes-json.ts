/**
 * JSON for the preview's loopback bridge, which must carry bytes (greetings, recordings) the way
 * Electron's structured clone does: a Uint8Array travels as `{ "$bytes": "<base64>" }`.
 */
const isBytesMarker = (value: unknown): value is { $bytes: string } =>
  typeof value === 'object' && value !== null && typeof (value as { $bytes?: unknown }).$bytes === 'string' && Object.keys(value).length === 1;

export const parseWithBytes = (text: string): unknown =>
  JSON.parse(text, (_key, value: unknown) => (isBytesMarker(value) ? new Uint8Array(Buffer.from(value.$bytes, 'base64')) : value));

export const stringifyWithBytes = (value: unknown): string =>
  JSON.stringify(value, (_key, item: unknown) => {
    // A Buffer has already been through its toJSON by the time the replacer sees it.
    if (item instanceof Uint8Array) return { $bytes: Buffer.from(item).toString('base64') };
    const buffer = item as { type?: unknown; data?: unknown };
    if (buffer && buffer.type === 'Buffer' && Array.isArray(buffer.data)) return { $bytes: Buffer.from(buffer.data as number[]).toString('base64') };
    return item;
  });

/** The page's side of the same encoding (Uint8Array.prototype.toBase64 / fromBase64, Chromium 140+). */
export const PAGE_BYTES_CODEC = `{
  replacer: (_key, value) => (value instanceof Uint8Array ? { $bytes: value.toBase64() } : value),
  reviver: (_key, value) =>
    value && typeof value === 'object' && typeof value.$bytes === 'string' && Object.keys(value).length === 1 ? Uint8Array.fromBase64(value.$bytes) : value,
}`;
