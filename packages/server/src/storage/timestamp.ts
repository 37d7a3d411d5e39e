import type { ColumnType } from 'kysely';

/** A timestamp column: written as an ISO 8601 string, read as a Date (pg) or a string (SQLite). */
export type Timestamp = ColumnType<Date | string, string | undefined, string>;
