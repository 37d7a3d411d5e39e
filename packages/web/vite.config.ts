import { defaultClientConditions, defineConfig } from 'vite';

// The app imports @acupress/core from its TypeScript source (the "source" export condition),
// so a build never bundles a stale compiled core.
export default defineConfig({
  resolve: { conditions: ['source', ...defaultClientConditions] },
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    target: 'es2022',
    // The server's CSP allows scripts and styles from 'self' only: keep every asset a file.
    assetsInlineLimit: 0,
    rolldownOptions: {
      treeshake: {
        // Core is pure (no I/O, DESIGN.md): its modules have no side effects, so what the app does
        // not use (the zod schemas of point-schema.ts, ~25 KB gzip) is left out of the bundle.
        moduleSideEffects: (id: string) => !/[\\/]packages[\\/]core[\\/]src[\\/]/.test(id),
      },
    },
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
