export * from './assessment-schema.js';
export * from './pain-regions.js';
export * from './red-flags.js';
export * from './questionnaires.js';
export * from './questionnaire-texts.js';
export * from './questionnaire-definition.js';
