export * from './rubric';
export * from './sampling';
export * from './segments';
