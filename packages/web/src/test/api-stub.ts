import { afterEach, vi } from 'vitest';
import type { SignedInUser } from '@acupress/core';
import { loadAuthSession, resetAuthSession } from '../api';
import { renderAt } from './render-at';

// A stand-in for the server in component tests: `fetch` answers from a table of routes
// ("POST /api/setup") and records every request, so a test can check what was sent.

export interface StubRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

export interface StubResponse {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type StubRoute = StubResponse | ((req: StubRequest) => StubResponse);

afterEach(() => {
  vi.unstubAllGlobals();
  resetAuthSession();
});

export const CSRF = 'csrf-token-123';

export const OWNER: SignedInUser = {
  id: 'u-owner',
  name: 'Mara Quinn',
  email: 'mara@example.org',
  role: 'owner',
  clinicId: 'c-1',
  clinicName: 'Hill Street Clinic',
};
export const PRACTITIONER: SignedInUser = {
  ...OWNER,
  id: 'u-prac',
  name: 'Dev Patel',
  email: 'dev@example.org',
  role: 'practitioner',
};
export const CLIENT: SignedInUser = {
  ...OWNER,
  id: 'u-client',
  name: 'Sam Lee',
  email: 'sam@example.org',
  role: 'client',
};

/** GET /api/session for a signed-in user (or signed out, or a new server). */
export function sessionRoute(
  user: SignedInUser | null,
  setupNeeded = false,
): Record<string, StubRoute> {
  return { 'GET /api/session': { body: { setupNeeded, user, csrfToken: CSRF } } };
}

export function apiError(status: number, code: string, message: string, issues?: unknown[]) {
  return { status, body: { error: { code, message, ...(issues ? { issues } : {}) } } };
}

/** Replaces `fetch` with the routes; unknown routes answer 404. Returns the requests made. */
export function stubApi(routes: Record<string, StubRoute>): StubRequest[] {
  const calls: StubRequest[] = [];
  vi.stubGlobal('fetch', (input: string, init: RequestInit = {}) => {
    const url = new URL(input, 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = { ...(init.headers as Record<string, string> | undefined) };
    const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    const req: StubRequest = { method, path: url.pathname + url.search, headers, body };
    calls.push(req);
    const route =
      routes[`${method} ${url.pathname + url.search}`] ?? routes[`${method} ${url.pathname}`];
    const res: StubResponse =
      typeof route === 'function'
        ? route(req)
        : (route ?? apiError(404, 'NOT_FOUND', `No route ${method} ${url.pathname}`));
    const status = res.status ?? 200;
    return Promise.resolve(
      new Response(status === 204 || res.body === undefined ? null : JSON.stringify(res.body), {
        status,
        headers: { 'Content-Type': 'application/json', ...res.headers },
      }),
    );
  });
  return calls;
}

/** Stubs the API, loads the session as a reload would, then renders the app at `path`. */
export async function renderWithApi(path: string, routes: Record<string, StubRoute>) {
  const calls = stubApi(routes);
  resetAuthSession();
  await loadAuthSession();
  const result = renderAt(path);
  return { calls, ...result };
}
