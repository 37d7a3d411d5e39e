import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { createAppContext } from './app-context.js';
import { registerAuthHooks } from './auth/auth-hooks.js';
import type { SessionTimeouts } from './auth/session-service.js';
import { registerCompression } from './compression.js';
import type { LogLevel } from './config.js';
import { handleError } from './errors.js';
import { registerOpenApi } from './openapi.js';
import { lazyChildLogger } from './lazy-child-logger.js';
import { RequestLog } from './request-log.js';
import { accountRoutes } from './routes/account.js';
import { auditRoutes } from './routes/audit.js';
import { careRoutes } from './routes/care.js';
import { checkInRoutes } from './routes/check-ins.js';
import { docsRoutes } from './routes/docs.js';
import { healthRoutes } from './routes/health.js';
import { invitationLinkRoutes } from './routes/invitation-links.js';
import { invitationRoutes } from './routes/invitations.js';
import { passwordResetRoutes } from './routes/password-resets.js';
import { pointOffsetRoutes } from './routes/point-offsets.js';
import { planRoutes } from './routes/plans.js';
import { pointRoutes } from './routes/points.js';
import { practiceSessionRoutes } from './routes/practice-sessions.js';
import { questionnaireRoutes } from './routes/questionnaires.js';
import { sessionRoutes } from './routes/session.js';
import { templateRoutes } from './routes/templates.js';
import { userRoutes } from './routes/users.js';
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
  /**
   * Believe X-Forwarded-Proto/-For/-Host (ACUPRESS_TRUST_PROXY=1): only behind a reverse proxy
   * that sets them, or any client could claim HTTPS or another address. Default false.
   */
  trustProxy?: boolean;
  /** Session idle and absolute timeouts. Default 8 hours and 30 days. */
  sessionTimeouts?: SessionTimeouts;
  /** The clock of sessions, links and the audit log. Default: the system clock. */
  now?: () => Date;
}

/** The HTTP app, ready to `listen` or `inject`. Nothing slow happens here: no I/O but a stat. */
export function buildApp(options: AppOptions): FastifyInstance {
  const version = options.version ?? serverVersion();
  const app = Fastify({
    logger: options.logger ?? { level: 'info' },
    genReqId: () => randomUUID(),
    logController: new RequestLog(),
    childLoggerFactory: lazyChildLogger,
    bodyLimit: 64 * 1024,
    forceCloseConnections: 'idle',
    // Trust exactly one proxy hop: the address is the one that proxy saw, not the left-most
    // X-Forwarded-For entry, which the client writes.
    trustProxy: options.trustProxy ? (_address: string, hop: number) => hop < 1 : false,
  }).withTypeProvider<ZodTypeProvider>();
  const ctx = createAppContext(options.storage.db, {
    ...(options.now ? { now: options.now } : {}),
    ...(options.sessionTimeouts ? { timeouts: options.sessionTimeouts } : {}),
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  void app.register(securityHeaders);
  registerCompression(app);
  registerAuthHooks(app, ctx);

  registerOpenApi(app, { version });
  void app.register(healthRoutes, { storage: options.storage, version });
  void app.register(pointRoutes);
  void app.register(pointOffsetRoutes);
  void app.register(templateRoutes);
  void app.register(planRoutes);
  void app.register(questionnaireRoutes);
  void app.register(docsRoutes);
  void app.register(sessionRoutes, { ctx });
  void app.register(invitationRoutes, { ctx });
  void app.register(invitationLinkRoutes, { ctx });
  void app.register(userRoutes, { ctx });
  void app.register(passwordResetRoutes, { ctx });
  void app.register(accountRoutes, { ctx });
  void app.register(checkInRoutes, { ctx });
  void app.register(practiceSessionRoutes, { ctx });
  void app.register(careRoutes, { ctx });
  void app.register(auditRoutes, { ctx });
  registerWebApp(app, options.webRoot ?? DEFAULT_WEB_ROOT);
  return app;
}
