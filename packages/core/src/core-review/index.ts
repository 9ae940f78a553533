export * from './package-markdown';
export * from './readiness';
export * from './recommendation';
export * from './scaling-core';
