import type { FastifyReply } from 'fastify';

export const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Sends JSON that was serialized in advance. Fastify passes a Buffer through untouched, so the
 * route's response schema documents the shape (OpenAPI) without a per-request serializer.
 */
export function sendJsonBytes(reply: FastifyReply, bytes: Buffer): FastifyReply {
  return reply.header('content-type', JSON_TYPE).send(bytes);
}
