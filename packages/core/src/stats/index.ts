export * from './distributions';
export * from './linear';
export * from './quadrature';
