import { apiErrorSchema, auditExportQuery, auditPageQuery, auditPageSchema } from '@acupress/core';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditEntryBody, exportAuditLog, readAuditPage } from '../../audit/audit-log.js';
import type { AppContext } from '../../app-context.js';
import { authSessionOf } from '../../http/route-access.js';
import { requesterOf } from '../../http/workflow-input.js';
import { auditCsv } from './audit-csv.js';

const refused = { 401: apiErrorSchema, 403: apiErrorSchema };

/** The clinic's audit log, for its owner. Reading it is itself recorded (audit/audit-log.ts). */
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
        querystring: auditPageQuery,
        response: { 200: auditPageSchema, 400: apiErrorSchema, ...refused },
      },
    },
    (request) =>
      readAuditPage(ctx, authSessionOf(request).user, request.query, requesterOf(request)),
  );

  app.get(
    '/api/audit/export',
    {
      config: { access },
      schema: {
        summary: "Download the clinic's audit log",
        description: 'As CSV (for a spreadsheet) or JSON (AuditEntry objects), newest first.',
        tags: ['audit'],
        querystring: auditExportQuery,
        response: { 200: z.unknown().describe('The file'), 400: apiErrorSchema, ...refused },
      },
    },
    async (request, reply) => {
      const entries = await exportAuditLog(ctx, authSessionOf(request).user, requesterOf(request));
      const { format } = request.query;
      const name = `acupress-audit-${ctx.now().toISOString().slice(0, 10)}.${format}`;
      reply.header('content-disposition', `attachment; filename="${name}"`);
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(auditCsv(entries));
      return reply
        .type('application/json; charset=utf-8')
        .send(JSON.stringify(entries.map(auditEntryBody), null, 2));
    },
  );

  done();
};
