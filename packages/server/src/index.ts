// @acupress/server: the HTTP API, its storage and the acupress command line.
export { buildApp, type AppOptions } from './app.js';
export { loadConfig, describeDatabase, type Config, type DatabaseConfig } from './config/config.js';
export { startServer, type RunningServer, type StartOptions } from './server.js';
export { SECURITY_HEADERS, CONTENT_SECURITY_POLICY } from './http/security-headers.js';
export { connectDatabase, openSqlite, openPostgres } from './storage/connect.js';
export { migrateToLatest, type MigrationOutcome } from './storage/migrate.js';
export {
  createMetaRepository,
  type MetaRepository,
  type InstanceInfo,
} from './storage/meta-repository.js';
export type { Database, Storage, DialectName } from './storage/database.js';
export { DEFAULT_WEB_ROOT } from './http/web-app.js';
export { AUTH_SESSION_COOKIE } from './http/auth-session-cookie.js';
export { CSRF_HEADER } from './auth/request-guard.js';
export type { RouteAccess } from './http/route-access.js';
