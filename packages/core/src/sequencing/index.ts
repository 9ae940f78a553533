export * from './criteria';
export * from './gate';
export * from './impact';
export * from './template';
