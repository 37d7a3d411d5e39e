export type * from './care-types.js';
