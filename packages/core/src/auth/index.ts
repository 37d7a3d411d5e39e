export * from './roles.js';
export * from './policy.js';
export * from './password-policy.js';
