// The Content-Security-Policy, alone in a file with no imports so that the web app's `vite
// preview` (packages/web/vite.config.ts) sends the very same policy. The app has no inline script
// or style and no third-party origin, so the policy can be strict (DESIGN.md).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "manifest-src 'self'",
].join('; ');
