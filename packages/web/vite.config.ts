import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import {
  SERVICE_WORKER_FILE,
  precacheUrls,
  serviceWorkerSource,
} from './src/offline/service-worker-source';
// `vite preview` sends the server's own policy, so a look at the build shows any violation.
import { CONTENT_SECURITY_POLICY } from '@acupress/core/content-security-policy';

/**
 * Writes sw.js at build time: every file the build emitted and every public file (the manifest,
 * the icons), under a version hashed from their contents, so each deploy installs a new worker.
 */
function serviceWorker(): Plugin {
  let publicDir = '';
  return {
    name: 'acupress-service-worker',
    apply: 'build',
    // After Vite's own plugins, so index.html is in the bundle.
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const hash = createHash('sha256');
      const emitted = Object.values(bundle)
        .map((item) => {
          hash.update(item.fileName);
          hash.update(item.type === 'chunk' ? item.code : item.source);
          return item.fileName;
        })
        .filter((name) => !name.endsWith('.map'));
      const publicFiles = publicDir ? readdirSync(publicDir).sort() : [];
      for (const name of publicFiles) {
        hash.update(name);
        hash.update(readFileSync(join(publicDir, name)));
      }
      const urls = precacheUrls([...emitted, ...publicFiles]);
      this.emitFile({
        type: 'asset',
        fileName: SERVICE_WORKER_FILE,
        source: serviceWorkerSource(hash.digest('hex').slice(0, 16), urls),
      });
    },
  };
}

// The app imports @acupress/core from its TypeScript source (the "source" export condition),
// so a build never bundles a stale compiled core.
export default defineConfig({
  plugins: [serviceWorker()],
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
