import type { ErrorCode } from '../result.js';

// Every error code the API answers with, and its HTTP status: the one table (DESIGN.md, errors
// are values with stable codes, after Medplum's outcomes). The server sends a code with the
// status of this table; the web reads the code, and a bare status through the same table. Plain
// values, no schema, so the web's first load pays nothing for them.

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

export const API_ERROR_CODES = Object.keys(HTTP_STATUS) as [ApiErrorCode, ...ApiErrorCode[]];

export const isApiErrorCode = (value: unknown): value is ApiErrorCode =>
  typeof value === 'string' && Object.hasOwn(HTTP_STATUS, value);

/** The code of a status, read backwards through the table; undefined for a status it lacks. */
export const errorCodeForStatus = (status: number): ApiErrorCode | undefined =>
  API_ERROR_CODES.find((code) => HTTP_STATUS[code] === status);
