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
import { actorOf, type PersonAccess } from './route-access.js';
import { requesterOf } from './workflow-input.js';

const isApi = (url: string): boolean => url === '/api' || url.startsWith('/api/');

/**
 * Authentication, CSRF and authorisation for the whole app, in one place:
 * - at startup, every /api route must declare `config.access`;
 * - onRequest: refuse cross-site state changes; take the client's address and user agent
 *   (before anything is written: a client that disconnects later has none); read the session
 *   cookie; require the CSRF token on state changes that carry a live session; API answers
 *   default to no-store;
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
        `route ${String(route.method)} ${route.url} declares no config.access (see auth/access.ts)`,
      );
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    const stateChanging = isStateChanging(request.method);
    if (stateChanging) {
      const fetchSite = request.headers['sec-fetch-site'];
      const failure = crossSiteFailure(
        request.headers.origin,
        typeof fetchSite === 'string' ? fetchSite : undefined,
        request.host,
      );
      if (failure) return sendFailure(reply, failure);
    }
    // The matched route, not the raw URL: the router decodes `/%61pi/…` to `/api/…`.
    if (!isApi(request.routeOptions.url ?? request.url)) return; // pages and assets need no session
    request.client = clientInfo(request.ip, request.headers['user-agent']);
    // Health data must not sit in a browser or proxy cache; a public route may say otherwise.
    reply.header('cache-control', 'no-store');
    const token = authSessionToken(request);
    if (token !== undefined) request.auth = await ctx.authSessions.resolve(token);
    if (stateChanging && request.auth) {
      const failure = csrfFailure(request.headers[CSRF_HEADER], request.auth.csrfToken);
      if (failure) return sendFailure(reply, failure);
    }
  });

  app.addHook('preValidation', async (request, reply) => {
    const access = request.routeOptions.config.access;
    if (access === undefined || access === 'public') return;
    const actor = request.auth ? actorOf(request.auth) : null;
    if (access === 'session') {
      if (!actor) return sendFailure(reply, UNAUTHENTICATED);
      return;
    }
    if (access.on === 'clinic') {
      const decision = authorize(actor, access.action, { clinicId: actor?.clinicId });
      if (!decision.allowed) return sendFailure(reply, failureFor(decision, 'Not found.'));
      return;
    }
    if (!actor) return deny(request, reply, access, UNAUTHENTICATED);
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
      return deny(request, reply, access, failureFor(decision, notFound), person ?? null);
    }
    request.person = person ?? null;
  });

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
