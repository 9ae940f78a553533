export * from './alarms';
export * from './rubric';
export * from './sampling';
export * from './segments';
