import { healthSchema } from '@acupress/core';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import type { Storage } from '../../storage/database.js';
import { createMetaRepository } from '../../storage/meta-repository.js';

export interface HealthOptions {
  storage: Storage;
  version: string;
}

/** Liveness and database state, for load balancers and the operator. */
export const healthRoutes: FastifyPluginCallbackZod<HealthOptions> = (app, opts, done) => {
  const meta = createMetaRepository(opts.storage.db);
  app.get(
    '/api/health',
    {
      config: { access: 'public', sameForEveryone: true },
      schema: {
        summary: 'Server and database health',
        description: '200 when the database answers; 503 with status unavailable when it does not.',
        tags: ['system'],
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (_request, reply) => {
      const up = await meta.ping();
      return reply
        .code(up ? 200 : 503)
        .header('cache-control', 'no-store')
        .send({
          status: up ? 'ok' : 'unavailable',
          database: opts.storage.dialect,
          version: opts.version,
        });
    },
  );
  done();
};
