/**
 * The renderer's Content-Security-Policy. The renderer talks to nothing but the preload bridge, so
 * `connect-src 'none'`; scripts only from the app itself. Inline styles are allowed because the
 * component library writes its theme variables into a <style> element.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "media-src 'self' blob: data:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
