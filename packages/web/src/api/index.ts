export * from './client';
export * from './session';
export type * from './types';
