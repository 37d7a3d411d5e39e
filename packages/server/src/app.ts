import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { LogLevel } from './config.js';
import { handleError } from './errors.js';
import { registerOpenApi } from './openapi.js';
import { RequestLog } from './request-log.js';
import { docsRoutes } from './routes/docs.js';
import { healthRoutes } from './routes/health.js';
import { pointOffsetRoutes } from './routes/point-offsets.js';
import { planRoutes } from './routes/plans.js';
import { pointRoutes } from './routes/points.js';
import { questionnaireRoutes } from './routes/questionnaires.js';
import { templateRoutes } from './routes/templates.js';
import { securityHeaders } from './security-headers.js';
import type { Storage } from './storage/database.js';
import { serverVersion } from './version.js';
import { DEFAULT_WEB_ROOT, registerWebApp } from './web-app.js';

export interface AppOptions {
  /** An open, migrated database. The caller owns it (and closes it). */
  storage: Storage;
  /** false for silence (tests); a level for JSON logs (on stdout unless a stream is given). */
  logger?: false | { level: LogLevel; stream?: { write(line: string): void } };
  /** Folder of the built web app. Default: packages/web/dist. */
  webRoot?: string;
  /** Reported by /api/health and the OpenAPI document. Default: this package's version. */
  version?: string;
}

/** The HTTP app, ready to `listen` or `inject`. Nothing slow happens here: no I/O but a stat. */
export function buildApp(options: AppOptions): FastifyInstance {
  const version = options.version ?? serverVersion();
  const app = Fastify({
    logger: options.logger ?? { level: 'info' },
    genReqId: () => randomUUID(),
    logController: new RequestLog(),
    bodyLimit: 64 * 1024,
    forceCloseConnections: 'idle',
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  void app.register(securityHeaders);

  registerOpenApi(app, { version });
  void app.register(healthRoutes, { storage: options.storage, version });
  void app.register(pointRoutes);
  void app.register(pointOffsetRoutes);
  void app.register(templateRoutes);
  void app.register(planRoutes);
  void app.register(questionnaireRoutes);
  void app.register(docsRoutes);
  registerWebApp(app, options.webRoot ?? DEFAULT_WEB_ROOT);
  return app;
}
