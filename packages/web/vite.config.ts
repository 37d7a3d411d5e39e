import { defaultClientConditions, defineConfig } from 'vite';

// The same policy as packages/server/src/security-headers.ts: `vite preview` sends it too, so
// a look at the build shows any violation (no inline script or style anywhere).
const CONTENT_SECURITY_POLICY = [
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

// The app imports @acupress/core from its TypeScript source (the "source" export condition),
// so a build never bundles a stale compiled core.
export default defineConfig({
  resolve: { conditions: ['source', ...defaultClientConditions] },
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    target: 'es2022',
    // The CSP allows scripts and styles from 'self' only: keep every asset a file.
    assetsInlineLimit: 0,
    rolldownOptions: {
      treeshake: {
        // Core is pure (no I/O, DESIGN.md): its modules have no side effects, so what the app does
        // not use (the zod schemas of point-schema.ts, ~25 KB gzip) is left out of the bundle.
        moduleSideEffects: (id: string) => !/[\\/]packages[\\/]core[\\/]src[\\/]/.test(id),
      },
    },
  },
  preview: { host: '127.0.0.1', headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  server: { host: '127.0.0.1' },
});
