import { defineConfig } from 'vitest/config';

// One runner for every package. Tests import workspace packages from source
// (the "source" export condition), so `npm test` never runs against a stale build.
export default defineConfig({
  resolve: { conditions: ['source'] },
  // Server-side tests too: the workspace core from its source, never from a stale build.
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    projects: [
      { extends: true, test: { name: 'core', include: ['packages/core/src/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['packages/server/src/**/*.test.ts'],
          globalSetup: ['packages/server/src/storage/test-global-setup.ts'],
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'web',
          include: ['packages/web/src/**/*.test.tsx'],
          environment: 'jsdom',
          // Deadlines for a busy machine (see the setup file); a test that waits on nothing is
          // never slower for them.
          setupFiles: ['packages/web/src/test/setup.ts'],
          testTimeout: 60_000,
        },
      },
      // The web build's own steps (pre-rendering, the service worker, precompression): Node.
      { extends: true, test: { name: 'web-build', include: ['packages/web/build/**/*.test.ts'] } },
    ],
  },
});
