import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendFailure, unknownRoute } from './errors.js';

/** The built web app, beside this package: packages/web/dist (same from src/ and dist/). */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

const IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * The page of every URL the build did not pre-render (packages/web/build/finish-build.ts): the
 * app's frame, into which the app renders the page. index.html itself is the pre-rendered home
 * page now; a build from before pre-rendering has only index.html, which serves as before.
 */
const SHELL = 'shell.html';
/**
 * The service worker (written by the web build) must always be revalidated: a cached copy would
 * keep every visitor on an old build. It sits at the root, so its scope is the whole app without
 * a Service-Worker-Allowed header, and the CSP's `default-src 'self'` covers `worker-src`.
 */
const SERVICE_WORKER = '/sw.js';

export const NOT_BUILT_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Acupress</title></head>' +
  '<body><h1>Acupress</h1><p>The web app is not built. Run <code>npm run build</code>, then ' +
  'restart the server. The API is running: see <a href="/api/docs">/api/docs</a>.</p></body></html>';

const isApi = (url: string): boolean =>
  url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
const wantsPage = (request: FastifyRequest): boolean =>
  (request.method === 'GET' || request.method === 'HEAD') &&
  !isApi(request.url) &&
  (request.headers.accept ?? '').includes('text/html');

export function isWebAppBuilt(root: string): boolean {
  return existsSync(join(root, 'index.html'));
}

/**
 * Serves the single-page app: files from its dist folder, hashed /assets/* cached for a year,
 * everything else revalidated. The build's pre-rendered pages answer at their URLs
 * (`/atlas` → atlas/index.html); any other page URL gets the shell (client-side routing).
 * Each file goes as the build's brotli or gzip copy when the browser accepts it and one
 * exists (`x.br`, `x.gz`), else as it is; `Vary: Accept-Encoding` tells caches so.
 * Also the app's not-found handler: unknown /api/* routes answer 404 JSON.
 */
export function registerWebApp(app: FastifyInstance, root: string): void {
  const built = isWebAppBuilt(root);
  const page = built && existsSync(join(root, SHELL)) ? SHELL : 'index.html';
  if (built) {
    const assets = join(root, 'assets') + sep;
    void app.register(fastifyStatic, {
      root,
      cacheControl: false,
      preCompressed: true,
      // `/atlas` is the folder atlas/ with its index.html: served there, never redirected.
      redirect: false,
      setHeaders: (res, path) => {
        const file = path.replace(/\.(br|gz)$/, '');
        const hashed = file.startsWith(assets) && !file.endsWith(SERVICE_WORKER);
        res.setHeader('cache-control', hashed ? IMMUTABLE : 'no-cache');
        res.setHeader('vary', 'Accept-Encoding');
      },
    });
  }

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    if (!wantsPage(request)) return sendFailure(reply, unknownRoute(request.method, request.url));
    if (built) return reply.code(200).header('cache-control', 'no-cache').sendFile(page);
    return reply
      .code(200)
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(NOT_BUILT_PAGE);
  });
}
