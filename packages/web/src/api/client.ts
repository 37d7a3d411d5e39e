import {
  errorCodeForStatus,
  isApiErrorCode,
  type ApiErrorCode as ContractErrorCode,
} from '@acupress/core';

// The one way the web app talks to the server: JSON in and out, the CSRF token on every request
// that changes something, and every failure turned into a value (never a thrown error), so a
// screen can show what went wrong in words. The token lives in memory only: a reload gets a
// fresh one from GET /api/session. The bodies' shapes and the error codes are the API contract's
// (@acupress/core, contract/): the web keeps no copy of them.

export type ApiErrorCode =
  /** A 4xx with the API's code; a 5xx is always SERVER. */
  | Exclude<ContractErrorCode, 'INTERNAL' | 'UNAVAILABLE'>
  /** The request never reached the server (no connection, or the server is down). */
  | 'OFFLINE'
  /** The server failed (5xx) or answered with something that is not the API's JSON. */
  | 'SERVER';

export interface ApiFieldIssue {
  field: string;
  message: string;
}

export interface ApiError {
  code: ApiErrorCode;
  status: number;
  message: string;
  issues: ApiFieldIssue[];
  /** From the Retry-After header of a 429. */
  retryAfterSeconds?: number;
}

export type ApiResult<T> =
  { ok: true; status: number; data: T } | { ok: false; status: number; error: ApiError };

/** A 4xx's code: the body's when it is one of the contract's, else the contract's for the status. */
function clientErrorCode(status: number, code: unknown): ApiErrorCode {
  const known = isApiErrorCode(code) ? code : errorCodeForStatus(status);
  return known === undefined || known === 'INTERNAL' || known === 'UNAVAILABLE' ? 'SERVER' : known;
}

export const OFFLINE_MESSAGE =
  'You appear to be offline, or the Acupress server cannot be reached. Check your connection and try again.';
export const SERVER_MESSAGE = 'Something went wrong on the server. Please try again in a moment.';

let csrfToken: string | undefined;

/** Keeps the token from /api/session, sign-in, set-up or an accepted invitation (memory only). */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token || undefined;
}

export function getCsrfToken(): string | undefined {
  return csrfToken;
}

type Listener = (error: ApiError, path: string) => void;
const unauthenticatedListeners = new Set<Listener>();

/** Called when the server says the session has ended (a 401 from any request). */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function readIssues(raw: unknown): ApiFieldIssue[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((i) =>
    isRecord(i) && typeof i.message === 'string'
      ? [{ field: typeof i.field === 'string' ? i.field : '', message: i.message }]
      : [],
  );
}

function retryAfter(response: Response): number | undefined {
  const value = response.headers.get('Retry-After');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** The error body `{ error: { code, message, issues? } }` as a value; anything else by status. */
export function errorFrom(status: number, body: unknown, response?: Response): ApiError {
  const raw = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const code = status >= 500 ? 'SERVER' : clientErrorCode(status, raw?.code);
  const message =
    status < 500 && typeof raw?.message === 'string' && raw.message ? raw.message : SERVER_MESSAGE;
  const error: ApiError = { code, status, message, issues: readIssues(raw?.issues) };
  const wait = response ? retryAfter(response) : undefined;
  if (wait !== undefined) error.retryAfterSeconds = wait;
  return error;
}

const CHANGES_STATE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Sends one request to the API and returns its JSON body, or the error as a value. */
export async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (CHANGES_STATE.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return {
      ok: false,
      status: 0,
      error: { code: 'OFFLINE', status: 0, message: OFFLINE_MESSAGE, issues: [] },
    };
  }

  let parsed: unknown = undefined;
  let unreadable = false;
  if (response.status !== 204) {
    try {
      const text = await response.text();
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      unreadable = true;
    }
  }

  if (response.ok) {
    if (unreadable) {
      const error: ApiError = {
        code: 'SERVER',
        status: response.status,
        message: SERVER_MESSAGE,
        issues: [],
      };
      return { ok: false, status: response.status, error };
    }
    return { ok: true, status: response.status, data: parsed as T };
  }
  const error = errorFrom(response.status, parsed, response);
  if (error.code === 'UNAUTHENTICATED') unauthenticatedListeners.forEach((l) => l(error, path));
  return { ok: false, status: response.status, error };
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body ?? {}),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body ?? {}),
  delete: <T>(path: string, body?: unknown) => request<T>('DELETE', path, body),
};
