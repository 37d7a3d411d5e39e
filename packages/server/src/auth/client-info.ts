import type { FastifyRequest } from 'fastify';

/** Where a request came from, for sessions and the audit log. */
export interface ClientInfo {
  /** The peer address, or the X-Forwarded-For client when ACUPRESS_TRUST_PROXY is set. */
  ip: string;
  userAgent: string;
}

export const clientInfo = (request: FastifyRequest): ClientInfo => ({
  ip: request.ip,
  // Bounded: the header is the client's to fill, and it is stored.
  userAgent: (request.headers['user-agent'] ?? '').slice(0, 300),
});
