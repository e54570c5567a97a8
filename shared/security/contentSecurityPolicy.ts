/**
 * The one Content-Security-Policy of the app, for the Electron window and browser mode alike.
 * No 'unsafe-eval', no inline scripts, nothing from the network: everything is 'self'.
 * Inline styles are allowed because the editor positions popovers with style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
