import { authorize, type AccessDecision, type Failure, type Target } from '@acupress/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.js';
import { askedId } from '../audit/audit-event.js';
import { clientInfo } from '../auth/client-info.js';
import { failureFor, UNAUTHENTICATED } from '../auth/denial.js';
import {
  CSRF_HEADER,
  crossSiteFailure,
  csrfFailure,
  isStateChanging,
} from '../auth/request-guard.js';
import { authSessionToken } from './auth-session-cookie.js';
import { auditRefusal } from '../records/record-access.js';
import { sendFailure } from './errors.js';
import { actorOf, type PersonAccess, type RouteAccess } from './route-access.js';
import { requesterOf } from './workflow-input.js';

const isApi = (url: string): boolean => url === '/api' || url.startsWith('/api/');

/**
 * Authentication, CSRF and authorisation for the whole app, in one place:
 * - at startup, every /api route must declare `config.access`;
 * - onRequest: refuse cross-site state changes; take the client's address and user agent
 *   (before anything is written: a client that disconnects later has none); read the session
 *   cookie (not for routes that are `sameForEveryone`); require the CSRF token on state changes
 *   that carry a live session; API answers default to no-store;
 * - preValidation (before the body is even validated, so no one learns the shape of a route
 *   they may not call): the route's declared access, decided by core's `authorize`.
 */
export function registerAuthHooks(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('auth', null);
  app.decorateRequest('person', null);
  app.decorateRequest('client', null);

  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    if (access === undefined && isApi(route.url)) {
      throw new Error(
        `route ${String(route.method)} ${route.url} declares no config.access (see http/route-access.ts)`,
      );
    }
    const methods = [route.method].flat();
    if (
      route.config?.sameForEveryone &&
      (access !== 'public' || methods.some((m) => m !== 'GET' && m !== 'HEAD'))
    ) {
      throw new Error(
        `route ${String(route.method)} ${route.url}: sameForEveryone is for public GETs`,
      );
    }
  });

  // Both hooks are callback-style: what most requests need (a page, an asset, a public read, a
  // request without a session cookie) is decided without a promise or a tick; only the session
  // lookup and the person's record are awaited. `request.routeOptions` builds a new object on
  // each read, so it is read once.
  app.addHook('onRequest', (request, reply, done) => {
    const stateChanging = isStateChanging(request.method);
    if (stateChanging) {
      const fetchSite = request.headers['sec-fetch-site'];
      const failure = crossSiteFailure(
        request.headers.origin,
        typeof fetchSite === 'string' ? fetchSite : undefined,
        request.host,
      );
      if (failure) {
        void sendFailure(reply, failure);
        return; // answered: the request goes no further
      }
    }
    const route = request.routeOptions;
    // The matched route, not the raw URL: the router decodes `/%61pi/…` to `/api/…`.
    if (!isApi(route.url ?? request.url)) return done(); // pages and assets need no session
    // Health data must not sit in a browser or proxy cache; a public route may say otherwise.
    reply.header('cache-control', 'no-store');
    // The same answer for anyone: who is asking does not matter, so no session is looked up (and
    // nothing is audited, so the client's address is not needed).
    if (route.config.sameForEveryone) return done();
    // Taken before anything is written: a client that disconnects later has none to read.
    request.client = clientInfo(request.ip, request.headers['user-agent']);
    const token = authSessionToken(request);
    if (token === undefined) return done();
    ctx.authSessions.resolve(token).then((auth) => {
      request.auth = auth;
      if (stateChanging && auth) {
        const failure = csrfFailure(request.headers[CSRF_HEADER], auth.csrfToken);
        if (failure) {
          void sendFailure(reply, failure);
          return;
        }
      }
      done();
    }, done);
  });

  app.addHook('preValidation', (request, reply, done) => {
    const access = request.routeOptions.config.access;
    if (access === undefined || access === 'public') return done();
    authorizeRoute(request, reply, access).then((allowed) => {
      if (allowed) done();
    }, done);
  });

  /** The route's declared access, decided by core's policy; false once a refusal is sent. */
  async function authorizeRoute(
    request: FastifyRequest,
    reply: FastifyReply,
    access: Exclude<RouteAccess, 'public'>,
  ): Promise<boolean> {
    const actor = request.auth ? actorOf(request.auth) : null;
    if (access === 'session') {
      if (actor) return true;
      void sendFailure(reply, UNAUTHENTICATED);
      return false;
    }
    if (access.on === 'clinic') {
      const decision = authorize(actor, access.action, { clinicId: actor?.clinicId });
      if (decision.allowed) return true;
      void sendFailure(reply, failureFor(decision, 'Not found.'));
      return false;
    }
    if (!actor) {
      await deny(request, reply, access, UNAUTHENTICATED);
      return false;
    }
    const raw = (request.params as Record<string, string | undefined>)[access.param] ?? '';
    const personId = raw === 'me' ? actor.userId : raw;
    const notFound = `No person '${raw.slice(0, 60)}' that you can see.`;
    const person = await ctx.repos.users.find(personId);
    const target: Target = person
      ? { clinicId: person.clinicId, personId: person.id, personRole: person.role }
      : {};
    const decision: AccessDecision = person
      ? authorize(actor, access.action, target)
      : { allowed: false, code: 'NOT_FOUND', reason: 'no such person' };
    if (!decision.allowed) {
      await deny(request, reply, access, failureFor(decision, notFound), person ?? null);
      return false;
    }
    request.person = person ?? null;
    return true;
  }

  /** Sends the refusal, writing it to the audit log first when the route is audited. */
  async function deny(
    request: FastifyRequest,
    reply: FastifyReply,
    access: PersonAccess,
    failure: Failure,
    person: { id: string; clinicId: string } | null = null,
  ): Promise<FastifyReply> {
    if (access.audit) {
      const params = request.params as Record<string, string | undefined>;
      const { action, resourceType, resourceParam } = access.audit;
      await auditRefusal(ctx, {
        by: requesterOf(request),
        person,
        // As asked for, so probes show.
        audit: {
          action,
          resourceType,
          resourceId: resourceParam ? askedId(params[resourceParam]) : null,
        },
      });
    }
    return sendFailure(reply, failure);
  }
}
