export * from './errors';
export * from './random';
