import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { sessionOf } from '../../http/route-access.js';
import type { AuditEntry } from '../../storage/audit-repository.js';
import { apiErrorSchema } from '../api-schemas.js';
import { auditCsv } from './audit-csv.js';
import { strictObject } from '../strict-object.js';

const entrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actorUserId: z.string().nullable(),
    clinicId: z.string().nullable(),
    action: z.string().describe('e.g. check-in.read, check-in.create, session.login'),
    resourceType: z.string(),
    resourceId: z.string().nullable(),
    personId: z.string().nullable().describe('Whose health data, when it is about a person'),
    ip: z.string(),
    userAgent: z.string(),
    outcome: z.enum(['allowed', 'denied']),
  })
  .meta({ id: 'AuditEntry' });

const entryJson = (e: AuditEntry) => ({ ...e, at: e.at.toISOString() });

/** Everything export loads at once; a clinic's log is far below this for years. */
const EXPORT_MAX = 1_000_000;

const refused = { 401: apiErrorSchema, 403: apiErrorSchema };

/** The clinic's audit log, for its owner. Reading it is itself recorded. */
export const auditRoutes: FastifyPluginCallbackZod<{ ctx: AppContext }> = (app, { ctx }, done) => {
  const access = { action: 'audit.read', on: 'clinic' } as const;

  app.get(
    '/api/audit',
    {
      config: { access },
      schema: {
        summary: "The clinic's audit log, newest first",
        description: 'Pages by id: pass the nextBefore of one page as before for the next.',
        tags: ['audit'],
        querystring: strictObject({
          limit: z.coerce.number().int().min(1).max(1000).default(100),
          before: z.coerce
            .number()
            .int()
            .min(1)
            .max(Number.MAX_SAFE_INTEGER)
            .optional()
            .describe('Entries older than this id'),
        }),
        response: {
          200: z.object({
            entries: z.array(entrySchema),
            nextBefore: z.number().int().nullable().describe('null on the last page'),
          }),
          400: apiErrorSchema,
          ...refused,
        },
      },
    },
    async (request) => {
      const { user } = sessionOf(request);
      await ctx.audit.record(request, {
        action: 'audit.read',
        resourceType: 'audit-log',
        resourceId: user.clinicId,
        outcome: 'allowed',
      });
      const { limit, before } = request.query;
      const entries = await ctx.repos.audit.listForClinic(user.clinicId, { limit, before });
      const last = entries.at(-1);
      return {
        entries: entries.map(entryJson),
        nextBefore: entries.length === limit && last ? last.id : null,
      };
    },
  );

  app.get(
    '/api/audit/export',
    {
      config: { access },
      schema: {
        summary: "Download the clinic's audit log",
        description: 'As CSV (for a spreadsheet) or JSON, newest first.',
        tags: ['audit'],
        querystring: strictObject({ format: z.enum(['csv', 'json']).default('csv') }),
        response: { 200: z.unknown().describe('The file'), 400: apiErrorSchema, ...refused },
      },
    },
    async (request, reply) => {
      const { user } = sessionOf(request);
      await ctx.audit.record(request, {
        action: 'audit.export',
        resourceType: 'audit-log',
        resourceId: user.clinicId,
        outcome: 'allowed',
      });
      const entries = await ctx.repos.audit.listForClinic(user.clinicId, { limit: EXPORT_MAX });
      const { format } = request.query;
      const name = `acupress-audit-${ctx.now().toISOString().slice(0, 10)}.${format}`;
      reply.header('content-disposition', `attachment; filename="${name}"`);
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(auditCsv(entries));
      return reply
        .type('application/json; charset=utf-8')
        .send(JSON.stringify(entries.map(entryJson), null, 2));
    },
  );

  done();
};
