import type { AuditAction } from '@acupress/core';
import { askedId, auditActor, type AuditActor } from '../audit/audit-event.js';
import type { ActiveAuthSession } from '../auth/auth-session-service.js';
import type { ClientInfo } from '../auth/client-info.js';
import type { RecordAccess } from '../records/record-access.js';
import type { User } from '../storage/user-repository.js';
import {
  actorOf,
  authSessionOf,
  personOf,
  type PersonAccess,
  type RouteAccess,
} from './route-access.js';

// What a workflow needs to know of a request, as plain values (no workflow sees Fastify): who
// asks, from where, and for a health record, on whose record and under which audit action.

/** A health-record route's access: `param` names the person, and every access is audited. */
export const healthRecordAccess = (
  action: 'health.read' | 'health.write',
  audit: { action: AuditAction; resourceType: string; resourceParam?: string },
): PersonAccess => ({ action, on: 'person', param: 'personId', audit });

/** Where the request came from (taken by the auth hook when it arrived). */
export function clientOf(request: { client: ClientInfo | null }): ClientInfo {
  if (!request.client) throw new Error('no client info: the auth hook takes it for /api routes');
  return request.client;
}

interface RequestLike {
  auth: ActiveAuthSession | null;
  person: User | null;
  client: ClientInfo | null;
  params: unknown;
  routeOptions: { config: { access?: RouteAccess } };
}

/** Who sent the request, and from where: for a workflow's audit entry. */
export const requesterOf = (request: RequestLike): AuditActor =>
  auditActor(request.auth?.user ?? null, clientOf(request));

/** What a health-record workflow needs to know of the request (records/record-access.ts). */
export function recordAccessOf(request: RequestLike): RecordAccess {
  const access = request.routeOptions.config.access;
  if (typeof access !== 'object' || access.on !== 'person' || !access.audit) {
    throw new Error('a health-record route declares healthRecordAccess(...)');
  }
  const { resourceParam } = access.audit;
  const params = request.params as Record<string, string | undefined>;
  return {
    actor: actorOf(authSessionOf(request)),
    person: personOf(request),
    client: clientOf(request),
    action: access.action,
    audit: {
      action: access.audit.action,
      resourceType: access.audit.resourceType,
      resourceId: resourceParam ? askedId(params[resourceParam]) : null,
    },
  };
}
