import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

/**
 * One-time link tokens (invitations, password resets) travel in URL paths; a log line must not
 * be a way to use them.
 */
export const redactTokens = (url: string): string =>
  url.replace(
    /(\/(?:api\/invitations|api\/password-resets|invite|reset)\/)[A-Za-z0-9_-]{20,}/g,
    '$1[redacted]',
  );

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
    // A successful read that is the same for everyone (the atlas, the diagrams, health) is not
    // worth a line: at 100 connections that line was a fifth of the server's work on a point.
    // Its errors and refusals are still written.
    if (!error && reply.statusCode < 400 && request.routeOptions.config.sameForEveryone) return;
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
