export * from './boundary';
export * from './metrics';
export * from './raci';
export * from './risk';
export * from './rubric';
export * from './scoring';
export * from './sensitivity';
