// @acupress/core: the clinical domain, pure TypeScript, no I/O (DESIGN.md).
export * from './result.js';
export * from './atlas/index.js';
