// `npm run build -w @acupress/web`, after `vite build`: renders the public pages to HTML
// (src/prerender/render-page.tsx, bundled for Node by Vite), writes them, the shell and the
// shells of the lazy features' pages (route-shells.ts) into dist, then the service worker
// (which lists them), then the .br and .gz copies of every text file. Run with tsx.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { SHELL_FILE } from '../src/offline/service-worker-source';
import type * as RenderPage from '../src/prerender/render-page';
import { pageFile, pageHtml } from './page-html';
import { precompress } from './precompress';
import { ROUTE_SHELLS, featureFiles, preloadLinks, type ViteManifest } from './route-shells';
import { writeServiceWorker } from './service-worker-file';

const webRoot = fileURLToPath(new URL('..', import.meta.url));
const dist = join(webRoot, 'dist');
// Inside the package, so Node resolves react and react-dom from node_modules when it runs it.
const rendererDir = join(webRoot, 'node_modules', '.acupress-prerender');

const NOSCRIPT_PRERENDERED =
  'Without JavaScript this page reads as it is; the search, the check-in and guided sessions need it.';

async function loadRenderer(): Promise<typeof RenderPage> {
  await build({
    root: webRoot,
    configFile: join(webRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: {
      ssr: 'src/prerender/render-page.tsx',
      outDir: rendererDir,
      emptyOutDir: true,
      copyPublicDir: false,
    },
  });
  return (await import(
    pathToFileURL(join(rendererDir, 'render-page.js')).href
  )) as typeof RenderPage;
}

const write = (file: string, html: string) => {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), html);
};

// Vite's manifest says which files each lazy feature needs; it is not served.
const manifestDir = join(dist, '.vite');
const manifest = JSON.parse(
  readFileSync(join(manifestDir, 'manifest.json'), 'utf8'),
) as ViteManifest;
rmSync(manifestDir, { recursive: true, force: true });

const renderer = await loadRenderer();
const template = readFileSync(join(dist, 'index.html'), 'utf8');
const shell = renderer.renderShell();
write(SHELL_FILE, pageHtml(template, shell));
for (const { path, feature } of ROUTE_SHELLS) {
  if (renderer.PRERENDERED_PATHS.includes(path)) throw new Error(`${path} is pre-rendered`);
  const head = preloadLinks(template, featureFiles(manifest, feature));
  write(pageFile(path), pageHtml(template, { ...shell, head }));
}
for (const path of renderer.PRERENDERED_PATHS) {
  write(
    pageFile(path),
    pageHtml(template, { ...renderer.renderPage(path), path, noscript: NOSCRIPT_PRERENDERED }),
  );
}
rmSync(rendererDir, { recursive: true, force: true });
const precached = writeServiceWorker(dist);
const compressed = precompress(dist);
console.log(
  `pre-rendered ${renderer.PRERENDERED_PATHS.length} pages, the shell and ` +
    `${ROUTE_SHELLS.length} shells that fetch their feature early; ` +
    `the service worker precaches ${precached.length} URLs; ` +
    `${compressed.filter((c) => c.br !== undefined).length} files precompressed (br, gzip)`,
);
