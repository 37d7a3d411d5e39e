import type { ErrorCode, Failure, FieldIssue } from '@acupress/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

// Errors are values with stable codes (DESIGN.md). This file is the ONE place where a code
// becomes an HTTP status, and where thrown errors become response bodies.

/** Core's codes plus the few only HTTP has. */
export type ApiErrorCode =
  ErrorCode | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE' | 'UNAVAILABLE' | 'INTERNAL';

/** Every code's HTTP status. A new core code fails typecheck here until it is mapped. */
export const HTTP_STATUS: Readonly<Record<ApiErrorCode, number>> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  GONE: 410,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};

export const API_ERROR_CODES = Object.keys(HTTP_STATUS) as ApiErrorCode[];

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; issues?: FieldIssue[] };
}

export interface ApiFailure {
  code: ApiErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export function errorBody({ code, message, issues }: ApiFailure | Failure): ApiErrorBody {
  return { error: issues?.length ? { code, message, issues } : { code, message } };
}

/** Sends a failure (core's or the server's own) with the status of its code. */
export function sendFailure(reply: FastifyReply, failure: ApiFailure | Failure): FastifyReply {
  return reply.code(HTTP_STATUS[failure.code]).send(errorBody(failure));
}

const CONTEXT_NAMES: Record<string, string> = {
  querystring: 'query parameter',
  params: 'path parameter',
  body: 'request body',
  headers: 'header',
};

interface ValidationItem {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');

/** One zod issue as field issues: the field's dotted path and what is allowed. */
function fieldIssues(item: ValidationItem, context: string): FieldIssue[] {
  const path = item.instancePath.split('/').filter(Boolean).join('.');
  const field = path || (context === 'body' ? 'body' : context);
  const { keyword, params } = item;
  if (keyword === 'unrecognized_keys' && isStringArray(params.keys)) {
    const message = item.message ?? 'is not allowed';
    return params.keys.map((k) => ({ field: path ? `${path}.${k}` : k, message }));
  }
  if (keyword === 'invalid_value' && Array.isArray(params.values)) {
    return [{ field, message: `must be one of: ${params.values.map(String).join(', ')}` }];
  }
  if (keyword === 'invalid_type' && params.input === undefined) {
    return [{ field, message: 'is required' }];
  }
  return [{ field, message: item.message ?? 'is not valid' }];
}

/** A 4xx error's code from its status, for errors Fastify raises before a route runs. */
function codeForStatus(status: number): ApiErrorCode {
  if (status === 404) return 'NOT_FOUND';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  return 'VALIDATION';
}

const statusOf = (error: unknown): number | undefined => {
  const status =
    typeof error === 'object' && error !== null && 'statusCode' in error
      ? error.statusCode
      : undefined;
  return typeof status === 'number' && status >= 400 && status <= 599 ? status : undefined;
};

/** The app's error handler: 4xx say what was wrong; 5xx say nothing and log everything. */
export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext ?? 'request';
    const issues = error.validation.flatMap((v) => fieldIssues(v as ValidationItem, context));
    const what = CONTEXT_NAMES[context] ?? context;
    const message = `Invalid ${what}: ${issues.map((i) => `${i.field} ${i.message}`).join('; ')}`;
    void sendFailure(reply, { code: 'VALIDATION', message, issues });
    return;
  }
  const status = statusOf(error);
  if (status !== undefined && status < 500) {
    // Raised by Fastify before a route runs (malformed JSON, body too large, ...): its message
    // is about the request, never about the server, so it is safe to return.
    const code = codeForStatus(status);
    const message = error instanceof Error ? error.message : 'Bad request';
    request.log.info({ errorCode: (error as { code?: unknown }).code, message }, 'client error');
    void sendFailure(reply, { code, message });
    return;
  }
  request.log.error({ err: error }, 'request failed');
  const code = status === 503 ? 'UNAVAILABLE' : 'INTERNAL';
  const message = code === 'UNAVAILABLE' ? 'Service unavailable' : 'Internal error';
  void reply.code(status === 503 ? 503 : 500).send(errorBody({ code, message }));
}

/** 404 body for an unknown API route. */
export function unknownRoute(method: string, url: string): ApiFailure {
  const path = url.split('?')[0] ?? url;
  return {
    code: 'NOT_FOUND',
    message: `No route ${method} ${path}. The API is listed at GET /api/docs.`,
  };
}
