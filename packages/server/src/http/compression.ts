import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

const isApi = (url: string): boolean => url === '/api' || url.startsWith('/api/');

/**
 * Compresses API answers on the fly (brotli at quality 4, or gzip) when the client accepts it
 * and the body is at least 1 KB: a point is about 2 KB of JSON and a care answer more, which a phone
 * on a mobile network feels. The web app's files are compressed at build and sent as they are
 * (web-app.ts), so its routes are left out. Request bodies are not decompressed: the API takes
 * plain JSON only. Registered before the routes: it attaches itself to each route as it is added.
 */
export function registerCompression(app: FastifyInstance): void {
  // Before the plugin's own onRoute hook, which reads `compress` from the route.
  app.addHook('onRoute', (route) => {
    if (!isApi(route.url)) route.compress = false;
  });
  void app.register(fastifyCompress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    globalDecompression: false,
  });
}
