export * from './format';
export * from './indicators';
export * from './maturity';
export * from './position';
export * from './review-effort';
