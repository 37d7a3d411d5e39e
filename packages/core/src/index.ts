// @acupress/core: the clinical domain, pure TypeScript, no I/O (DESIGN.md).
export * from './result.js';
export { strictObject } from './strict-object.js';
export * from './atlas/index.js';
export * from './assessment/index.js';
export * from './plan/index.js';
export * from './auth/index.js';
export * from './session/index.js';
export * from './care/index.js';
export * from './outcomes/index.js';
export * from './contract/index.js';
export * from './content-security-policy.js';
