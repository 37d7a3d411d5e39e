// The API contract, written once: the zod schema of every request and response body, and every
// error code with its HTTP status. The server validates and documents (OpenAPI) from it; the web
// imports its types. One file per resource of the URL tree, like the server's routes/.
export * from './error-codes.js';
export * from './api-error.js';
export * from './fields.js';
export * from './auth-session.js';
export * from './account.js';
export * from './users.js';
export * from './invitations.js';
export * from './password-resets.js';
export * from './people.js';
export * from './check-ins.js';
export * from './practice-sessions.js';
export * from './care.js';
export * from './audit.js';
export * from './points.js';
export * from './templates.js';
export * from './questionnaires.js';
export * from './health.js';
