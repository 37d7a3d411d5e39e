import type { Action, Actor, AuditAction } from '@acupress/core';
import type { ActiveAuthSession } from '../auth/auth-session-service.js';
import type { ClientInfo } from '../auth/client-info.js';
import type { User } from '../storage/user-repository.js';

/**
 * Who may call a route, declared on every route as `config: { access }` and enforced in one
 * hook (auth-hooks.ts) that asks core's policy. A route without it fails at startup.
 *
 * - 'public': no session needed (the atlas, sign-in, links that carry their own token);
 * - 'session': any signed-in account, acting on itself;
 * - an action on the actor's clinic;
 * - an action on the person named by a path parameter ('me' is the actor); the person is looked
 *   up and handed to the route as `request.person`. With `audit` (health data), every access is
 *   in the audit log under that action: a refusal by the hook itself, everything else by the
 *   route's workflow, in the transaction of the access (records/record-access.ts).
 */
export type RouteAccess =
  | 'public'
  | 'session'
  | { action: Action; on: 'clinic' }
  | {
      action: Action;
      on: 'person';
      param: string;
      audit?: { action: AuditAction; resourceType: string; resourceParam?: string };
    };

export type PersonAccess = Extract<RouteAccess, { on: 'person' }>;
declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /**
     * A public GET whose answer is the same whoever asks (the atlas, the body diagrams, health,
     * the API description): the session cookie is not even looked up (no database read per
     * request), and a successful answer is not logged line by line (request-log.ts).
     */
    sameForEveryone?: true;
  }
  interface FastifyRequest {
    /** The live sign-in session of the request's cookie, or null. */
    auth: ActiveAuthSession | null;
    /** The person a person-scoped route acts on, after the policy allowed it. */
    person: User | null;
    /** Where an API request came from, taken when it arrived (before any write). */
    client: ClientInfo | null;
  }
}

export const actorOf = (session: ActiveAuthSession): Actor => ({
  userId: session.user.id,
  clinicId: session.user.clinicId,
  role: session.user.role,
});

/**
 * The sign-in session of a request the access hook let through. Throws if there is none: a route
 * that calls this without declaring an access that requires a session has a bug.
 */
export function authSessionOf(request: { auth: ActiveAuthSession | null }): ActiveAuthSession {
  if (!request.auth) throw new Error('no session: the route must declare a non-public access');
  return request.auth;
}

/** The person a person-scoped route acts on (set by the access hook). */
export function personOf(request: { person: User | null }): User {
  if (!request.person) throw new Error('no person: the route must declare access on a person');
  return request.person;
}
