import {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';

/**
 * One-time link tokens (invitations, password resets) travel in URL paths; a log line must not
 * be a way to use them.
 */
export const redactTokens = (url: string): string =>
  url.replace(
    /(\/(?:api\/invitations|api\/password-resets|invite|reset)\/)[A-Za-z0-9_-]{20,}/g,
    '$1[redacted]',
  );

/** Fastify's logger is pino, which says whether a level would be written. */
const infoEnabled = (log: FastifyBaseLogger): boolean =>
  (log as { isLevelEnabled?: (level: string) => boolean }).isLevelEnabled?.('info') ?? true;

/**
 * One JSON line per request, when it completes: request id (from the child logger), method,
 * URL, status and time. Never headers or bodies (they may carry health data or credentials).
 * Half the lines of Fastify's default (no "incoming request" line), which matters under load.
 */
export class RequestLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (!error && !infoEnabled(reply.log)) return; // a quiet route: nothing to build
    const line = {
      method: request.method,
      url: redactTokens(request.url),
      statusCode: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request completed');
  }
}

/**
 * Routes that answer the same to everyone (`config.sameForEveryone`: the atlas, the diagrams,
 * health) log at warn: their errors are still logged, but not one line per successful read. At
 * 100 connections that line (a JSON object built, stringified and written) was a fifth of the
 * server's work on GET /api/points/:code. A quieter level set by the operator stays.
 */
export function quietSameForEveryone(app: FastifyInstance): void {
  const levels = (app.log as { levels?: { values: Record<string, number> } }).levels?.values;
  if (!levels) return; // logging off
  app.addHook('onRoute', (route) => {
    if (!route.config?.sameForEveryone) return;
    const level = route.logLevel ? levels[route.logLevel] : undefined;
    if (level === undefined || level < levels.warn!) route.logLevel = 'warn';
  });
}
