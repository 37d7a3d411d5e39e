export * from './session-record.js';
