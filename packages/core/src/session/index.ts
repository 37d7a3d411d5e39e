export * from './session-record.js';
export * from './session-items.js';
export * from './session-timing.js';
export * from './session-cues.js';
export * from './session-machine.js';
export * from './step-cues.js';
export * from './session-resume.js';
