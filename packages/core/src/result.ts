/**
 * Errors are values with stable codes (DESIGN.md, after Medplum's outcomes). The server maps
 * each code to an HTTP status in one table; the CLI maps them to exit codes.
 */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'GONE'
  | 'RATE_LIMITED';

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `measurements.scapulae-medial-borders`. */
  field: string;
  message: string;
}

export type Failure = { ok: false; code: ErrorCode; message: string; issues?: FieldIssue[] };
export type Result<T> = { ok: true; value: T } | Failure;

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, issues?: FieldIssue[]): Failure =>
  issues ? { ok: false, code, message, issues } : { ok: false, code, message };
