import type { FastifyPluginCallback } from 'fastify';
import type { OpenAPIV3 } from 'openapi-types';
import { DOCS_CSS, renderDocsPage } from './docs-page.js';

/** The OpenAPI document, and the same as a readable page (server-rendered, no script). */
export const docsRoutes: FastifyPluginCallback = (app, _opts, done) => {
  let page: string | undefined;
  const document = (): OpenAPIV3.Document => app.swagger() as OpenAPIV3.Document;

  app.get(
    '/api/openapi.json',
    { config: { access: 'public', sameForEveryone: true }, schema: { hide: true } },
    (_request, reply) => {
      reply.header('cache-control', 'no-cache').send(document());
    },
  );

  app.get(
    '/api/docs',
    { config: { access: 'public', sameForEveryone: true }, schema: { hide: true } },
    (_request, reply) => {
      page ??= renderDocsPage(document());
      reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(page);
    },
  );

  app.get(
    '/api/docs/docs.css',
    { config: { access: 'public', sameForEveryone: true }, schema: { hide: true } },
    (_request, reply) => {
      reply.header('cache-control', 'no-cache').type('text/css; charset=utf-8').send(DOCS_CSS);
    },
  );

  done();
};
