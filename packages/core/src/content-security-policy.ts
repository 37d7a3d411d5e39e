// The Content-Security-Policy the server sends with every response. It lives in core, alone in a
// file with no imports, because both sides read it: the server's headers, and the web build's
// `vite preview` (packages/web/vite.config.ts), which thus shows any violation of the very same
// policy without the web build importing a server file. The app has no inline script or style
// and no third-party origin, so the policy can be strict (DESIGN.md).
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
