export * from './errors';
export * from './random';
export * from './quality/csp1-plan';
export * from './stats';
export * from './quality/cusum';
export * from './quality/charts';
export * from './quality/estimators';
export * from './quality/agreement';
