import { authorize, type AccessDecision, type Target } from '@acupress/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.js';
import { sendFailure, type ApiFailure } from '../errors.js';
import { actorOf, type RouteAccess } from './access.js';
import { failureFor, UNAUTHENTICATED } from './denial.js';
import { CSRF_HEADER, crossSiteFailure, csrfFailure, isStateChanging } from './request-guard.js';
import { sessionToken } from './session-cookie.js';

const isApi = (url: string): boolean => url === '/api' || url.startsWith('/api/');

/**
 * Authentication, CSRF and authorisation for the whole app, in one place:
 * - at startup, every /api route must declare `config.access`;
 * - onRequest: refuse cross-site state changes; read the session cookie (not for routes that are
 *   `sameForEveryone`); require the CSRF token on state changes that carry a live session; API
 *   answers default to no-store;
 * - preValidation (before the body is even validated, so no one learns the shape of a route
 *   they may not call): the route's declared access, decided by core's `authorize`.
 */
export function registerAuthHooks(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('auth', null);
  app.decorateRequest('person', null);

  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    if (access === undefined && isApi(route.url)) {
      throw new Error(
        `route ${String(route.method)} ${route.url} declares no config.access (see auth/access.ts)`,
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
    // Health data must not sit in a browser or proxy cache; a public route may say otherwise.
    reply.header('cache-control', 'no-store');
    // The same answer for anyone: who is asking does not matter, so no session is looked up.
    if (request.routeOptions.config.sameForEveryone) return;
    const token = sessionToken(request);
    if (token !== undefined) request.auth = await ctx.sessions.resolve(token);
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
    access: Extract<RouteAccess, { on: 'person' }>,
    failure: ApiFailure,
    person: { id: string; clinicId: string } | null = null,
  ): Promise<FastifyReply> {
    if (access.audit) {
      const params = request.params as Record<string, string | undefined>;
      const resourceParam = access.audit.resourceParam;
      await ctx.audit.record(request, {
        action: access.audit.action,
        resourceType: access.audit.resourceType,
        // As asked for, so probes show; printable and bounded, since it came from a URL.
        resourceId: resourceParam
          ? (params[resourceParam]?.replace(/\p{Cc}/gu, '').slice(0, 100) ?? null)
          : null,
        personId: person?.id ?? null,
        // Logged in the clinic whose record it was: its owner sees who tried.
        ...(person ? { clinicId: person.clinicId } : {}),
        outcome: 'denied',
      });
    }
    return sendFailure(reply, failure);
  }
}
