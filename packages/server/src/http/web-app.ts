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
 * everything else revalidated; any other page URL gets index.html (client-side routing).
 * Also the app's not-found handler: unknown /api/* routes answer 404 JSON.
 */
export function registerWebApp(app: FastifyInstance, root: string): void {
  const built = isWebAppBuilt(root);
  if (built) {
    const assets = join(root, 'assets') + sep;
    void app.register(fastifyStatic, {
      root,
      cacheControl: false,
      setHeaders: (res, path) => {
        const hashed = path.startsWith(assets) && !path.endsWith(SERVICE_WORKER);
        res.setHeader('cache-control', hashed ? IMMUTABLE : 'no-cache');
      },
    });
  }

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    if (!wantsPage(request)) return sendFailure(reply, unknownRoute(request.method, request.url));
    if (built) return reply.code(200).header('cache-control', 'no-cache').sendFile('index.html');
    return reply
      .code(200)
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(NOT_BUILT_PAGE);
  });
}
