import { defaultClientConditions, defaultServerConditions, defineConfig } from 'vite';
// `vite preview` sends the server's own policy, so a look at the build shows any violation.
import { CONTENT_SECURITY_POLICY } from '@acupress/core/content-security-policy';

// After this build, build/finish-build.ts pre-renders the public pages, writes the service
// worker and precompresses every text file (`npm run build`).

// The app imports @acupress/core from its TypeScript source (the "source" export condition),
// so a build never bundles a stale compiled core.
export default defineConfig({
  resolve: { conditions: ['source', ...defaultClientConditions] },
  // The pre-render bundle (build/finish-build.ts) too: core from source, bundled in.
  ssr: {
    noExternal: ['@acupress/core'],
    resolve: { conditions: ['source', ...defaultServerConditions] },
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    target: 'es2022',
    // Read by build/finish-build.ts (which files each lazy feature needs), then deleted.
    manifest: true,
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
