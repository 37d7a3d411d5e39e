import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { createAppContext } from './app-context.js';
import { registerAuthHooks } from './http/auth-hooks.js';
import type { AuthSessionTimeouts } from './auth/auth-session-service.js';
import type { LogLevel } from './config/config.js';
import { registerCompression } from './http/compression.js';
import { handleError } from './http/errors.js';
import { lazyChildLogger } from './http/lazy-child-logger.js';
import { registerOpenApi } from './http/openapi.js';
import { RequestLog } from './http/request-log.js';
import { registerRoutes } from './routes/index.js';
import { securityHeaders } from './http/security-headers.js';
import type { Storage } from './storage/database.js';
import { serverVersion } from './config/version.js';
import { DEFAULT_WEB_ROOT, registerWebApp } from './http/web-app.js';

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
  /** Sign-in session idle and absolute timeouts. Default 8 hours and 30 days. */
  authSessionTimeouts?: AuthSessionTimeouts;
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
    ...(options.authSessionTimeouts ? { timeouts: options.authSessionTimeouts } : {}),
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  void app.register(securityHeaders);
  registerCompression(app);
  registerAuthHooks(app, ctx);

  registerOpenApi(app, { version });
  registerRoutes(app, { ctx, storage: options.storage, version });
  registerWebApp(app, options.webRoot ?? DEFAULT_WEB_ROOT);
  return app;
}
