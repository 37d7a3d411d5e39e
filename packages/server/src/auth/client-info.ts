import type { FastifyRequest } from 'fastify';

/** Where a request came from, for sessions and the audit log. */
export interface ClientInfo {
  /** The peer address, or the X-Forwarded-For client when ACUPRESS_TRUST_PROXY is set. */
  ip: string;
  userAgent: string;
}

export const clientInfo = (request: FastifyRequest): ClientInfo => ({
  ip: request.ip.replace(/\p{Cc}/gu, '').slice(0, 64),
  // Bounded and printable: the header is the client's to fill, and it is stored and exported.
  userAgent: (request.headers['user-agent'] ?? '').replace(/\p{Cc}/gu, '').slice(0, 300),
});
