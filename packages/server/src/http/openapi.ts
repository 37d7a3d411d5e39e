import fastifySwagger, { type SwaggerTransformObject } from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export interface OpenApiOptions {
  version: string;
}

type TransformInput = Parameters<SwaggerTransformObject>[0];
type TransformOutput = ReturnType<SwaggerTransformObject>;

/** Response descriptions where the schema has none (@fastify/swagger says 'Default Response'). */
const STATUS_TEXT: Record<string, string> = {
  '200': 'OK',
  '400': 'Invalid input: the error names each field and what is allowed',
  '401': 'Not signed in, or the session has ended',
  '403': 'Not allowed for your role, or a missing CSRF token',
  '404': 'Not found: the message says what exists instead',
  '409': 'Conflicts with the current state: the message says why',
  '410': 'The link was used or has expired',
  '429': 'Too many attempts: see Retry-After',
  '503': 'Unavailable',
};

/**
 * Also: jsonSchemaTransformObject adds an input twin (`FooInput`) of every named schema; keep only
 * the twins some operation refers to (none today: named schemas are response shapes).
 */
const transformObject = (input: TransformInput): TransformOutput => {
  const doc = jsonSchemaTransformObject(input);
  const paths = (doc.paths ?? {}) as Record<string, Record<string, { responses?: object }>>;
  for (const item of Object.values(paths)) {
    for (const op of Object.values(item)) {
      for (const [status, res] of Object.entries(op.responses ?? {})) {
        const r = res as { description?: string; content?: unknown };
        // A 204 has no body; its null schema would read as a JSON body of null.
        if (status === '204') delete r.content;
        if (r.description === 'Default Response' && STATUS_TEXT[status]) {
          r.description = STATUS_TEXT[status];
        }
      }
    }
  }
  const schemas = 'components' in doc ? doc.components?.schemas : undefined;
  if (!schemas) return doc;
  const text = JSON.stringify({ ...doc, components: undefined });
  for (const name of Object.keys(schemas)) {
    if (name.endsWith('Input') && !text.includes(`#/components/schemas/${name}"`)) {
      delete schemas[name];
    }
  }
  return doc;
};

/**
 * Collects every route's zod schemas into an OpenAPI 3 document (served by routes/docs.ts).
 * Register before the routes: it records them as they are added.
 */
export function registerOpenApi(app: FastifyInstance, { version }: OpenApiOptions): void {
  void app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Acupress API',
        version,
        description:
          'Acupressure for back pain: the acupoint atlas with locations from bony landmarks and ' +
          'B-cun measurement, cautions and sources. Every error is { error: { code, message, ' +
          'issues? } }, where issues name each invalid field and what is allowed. Signed-in ' +
          'calls carry the acupress_session cookie; a POST, PUT, PATCH or DELETE with it must ' +
          'send the csrfToken of GET /api/session as the X-CSRF-Token header (docs/security.md).',
        license: { name: 'AGPL-3.0-or-later' },
      },
      tags: [
        { name: 'atlas', description: 'Acupoints, their locations and body diagrams' },
        { name: 'system', description: 'Health of the server' },
        {
          name: 'sign-in',
          description: 'First-start setup, the sign-in session, sign-in and out, reset links',
        },
        { name: 'account', description: 'Settings of the signed-in account, on itself only' },
        { name: 'invitations', description: 'One-time links to join a clinic' },
        { name: 'users', description: "The clinic's accounts, as its owner manages them" },
        { name: 'health records', description: 'Check-ins; every access is audited' },
        {
          name: 'guided sessions',
          description: 'Guided sessions and the care across them; every access is audited',
        },
        { name: 'audit', description: 'Who read or wrote which record, for the owner' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject,
  });
}
