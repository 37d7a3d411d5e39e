import type { OpenAPIV3 } from 'openapi-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml, renderDocsPage } from './docs-page.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';

describe('API documentation', () => {
  let t: TestApp;
  /** Every /api route the app registers, in OpenAPI's path syntax. */
  const apiRoutes = new Set<string>();
  beforeAll(async () => {
    t = await createTestApp({
      setup: (app) =>
        app.addHook('onRoute', (route) => {
          // The documentation's own routes are hidden from it; every other /api route is in.
          const hidden = route.schema?.hide === true;
          if (route.url.startsWith('/api/') && !hidden) {
            apiRoutes.add(route.url.replace(/:(\w+)/g, '{$1}'));
          }
        }),
    });
  });
  afterAll(() => t.close());

  const openapi = async (): Promise<OpenAPIV3.Document> =>
    json<OpenAPIV3.Document>(await t.app.inject({ url: '/api/openapi.json' }));

  it('serves an OpenAPI 3 document with every API route', async () => {
    const doc = await openapi();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info.version).toBe('9.9.9-test');
    // Derived from the router, so a new route cannot be left out of the document.
    expect(apiRoutes.size).toBeGreaterThanOrEqual(7);
    expect(Object.keys(doc.paths).sort()).toEqual([...apiRoutes].sort());
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/points/{code}', '/api/plans/preview']),
    );
    expect(doc.paths['/api/points/{code}/offsets']?.post?.requestBody).toBeDefined();
  });

  it('documents the point schema, the response shapes and the errors', async () => {
    const doc = await openapi();
    const schemas = doc.components?.schemas ?? {};
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining(['Acupoint', 'PointSummary', 'ApiError', 'Source']),
    );
    const acupoint = schemas.Acupoint as OpenAPIV3.SchemaObject;
    expect(Object.keys(acupoint.properties ?? {})).toEqual(
      expect.arrayContaining([
        'id',
        'code',
        'sites',
        'cautions',
        'positions',
        'offsets',
        'sources',
      ]),
    );
    const get = doc.paths['/api/points/{code}']?.get;
    const ok = get?.responses['200'] as OpenAPIV3.ResponseObject;
    expect(ok.content?.['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/Acupoint',
    });
    expect(Object.keys(get?.responses ?? {})).toEqual(['200', '400', '404']);
    const region = doc.paths['/api/points']?.get?.parameters?.find(
      (p) => 'name' in p && p.name === 'region',
    ) as OpenAPIV3.ParameterObject;
    expect((region.schema as OpenAPIV3.SchemaObject).enum).toContain('lumbar');
  });

  it('renders a readable page listing every operation', async () => {
    const res = await t.app.inject({ url: '/api/docs' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).not.toMatch(/<script|style=|<style/i);
    for (const op of ['GET /api/health', 'GET /api/points', 'POST /api/points/{code}/offsets']) {
      expect(res.body).toContain(op);
    }
    expect(res.body).toContain('List acupoints');
    expect(res.body).toContain('lumbar');
    const css = await t.app.inject({ url: '/api/docs/docs.css' });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('escapes everything taken from the document', () => {
    const evil = `<script>alert("x")</script>&'`;
    const html = renderDocsPage({
      openapi: '3.0.3',
      info: { title: evil, version: evil, description: evil },
      paths: {
        '/api/<b>': {
          get: {
            summary: evil,
            description: evil,
            parameters: [
              {
                name: evil,
                in: 'query',
                description: evil,
                schema: { type: 'string', enum: [evil] },
              },
            ],
            responses: { '200': { description: evil } },
          },
        },
      },
      components: {
        schemas: {
          [evil]: { type: 'object', description: evil, properties: { [evil]: { type: 'string' } } },
        },
      },
    });
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>');
    expect(html).toContain(escapeHtml(evil));
    expect(escapeHtml(evil)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;');
  });
});
