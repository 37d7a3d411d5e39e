import {
  errorCodeForStatus,
  HTTP_STATUS,
  invalidInput,
  type ApiErrorBody,
  type ApiErrorCode,
  type Failure,
  type FieldIssue,
  type Result,
} from '@acupress/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

// Errors are values with stable codes (DESIGN.md). A code becomes an HTTP status through the
// contract's one table (core's contract/error-codes.ts); this file turns failures and thrown
// errors into response bodies.

export interface ApiFailure {
  code: ApiErrorCode;
  message: string;
  issues?: FieldIssue[];
  /** A 429's wait, sent as Retry-After. */
  retryAfterSeconds?: number;
}

export function errorBody({ code, message, issues }: ApiFailure | Failure): ApiErrorBody {
  return { error: issues?.length ? { code, message, issues } : { code, message } };
}

/** Sends a failure (core's or the server's own) with the status of its code. */
export function sendFailure(reply: FastifyReply, failure: ApiFailure | Failure): FastifyReply {
  if ('retryAfterSeconds' in failure && failure.retryAfterSeconds !== undefined) {
    reply.header('retry-after', String(failure.retryAfterSeconds));
  }
  return reply.code(HTTP_STATUS[failure.code]).send(errorBody(failure));
}

/** A failure on its way from a route to the error handler, which sends it like sendFailure. */
export class FailedRequest extends Error {
  constructor(readonly failure: ApiFailure | Failure) {
    super(failure.message);
  }
}

/**
 * The value of a workflow's result, for a route to return (so the type provider checks it
 * against the route's response schema); a failure goes to the error handler instead.
 */
export function valueOf<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new FailedRequest(result);
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

const statusOf = (error: unknown): number | undefined => {
  const status =
    typeof error === 'object' && error !== null && 'statusCode' in error
      ? error.statusCode
      : undefined;
  return typeof status === 'number' && status >= 400 && status <= 599 ? status : undefined;
};

/** The app's error handler: 4xx say what was wrong; 5xx say nothing and log everything. */
export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  if (error instanceof FailedRequest) {
    void sendFailure(reply, error.failure);
    return;
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext ?? 'request';
    const issues = error.validation.flatMap((v) => fieldIssues(v as ValidationItem, context));
    void sendFailure(reply, invalidInput(CONTEXT_NAMES[context] ?? context, issues));
    return;
  }
  const status = statusOf(error);
  if (status !== undefined && status < 500) {
    // Raised by Fastify before a route runs (malformed JSON, body too large, ...): its message
    // is about the request, never about the server, so it is safe to return.
    // By the contract's table: 404, 413, 415; any other 4xx is about the input.
    const code = errorCodeForStatus(status) ?? 'VALIDATION';
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
