export * from './care-snapshot';
export * from './outbox';
export * from './practice-user';
export * from './session-in-progress';
export * from './sync';
