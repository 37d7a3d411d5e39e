import type { Action, Actor } from '@acupress/core';
import type { User } from '../storage/user-repository.js';
import type { ActiveSession } from './session-service.js';

/**
 * Who may call a route, declared on every route as `config: { access }` and enforced in one
 * hook (auth-hooks.ts) that asks core's policy. A route without it fails at startup.
 *
 * - 'public': no session needed (the atlas, sign-in, links that carry their own token);
 * - 'session': any signed-in account, acting on itself;
 * - an action on the actor's clinic;
 * - an action on the person named by a path parameter ('me' is the actor); the person is looked
 *   up and handed to the route as `request.person`. With `audit`, a refusal is written to the
 *   audit log (health data: every access, allowed or denied, is recorded).
 */
export type RouteAccess =
  | 'public'
  | 'session'
  | { action: Action; on: 'clinic' }
  | {
      action: Action;
      on: 'person';
      param: string;
      audit?: { action: string; resourceType: string; resourceParam?: string };
    };

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
    /** The live session of the request's cookie, or null. */
    auth: ActiveSession | null;
    /** The person a person-scoped route acts on, after the policy allowed it. */
    person: User | null;
  }
}

export const actorOf = (session: ActiveSession): Actor => ({
  userId: session.user.id,
  clinicId: session.user.clinicId,
  role: session.user.role,
});

/**
 * The session of a request the access hook let through. Throws if there is none: a route that
 * calls this without declaring an access that requires a session has a bug.
 */
export function sessionOf(request: { auth: ActiveSession | null }): ActiveSession {
  if (!request.auth) throw new Error('no session: the route must declare a non-public access');
  return request.auth;
}

/** The person a person-scoped route acts on (set by the access hook). */
export function personOf(request: { person: User | null }): User {
  if (!request.person) throw new Error('no person: the route must declare access on a person');
  return request.person;
}
