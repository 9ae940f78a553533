export * from './scenarios';
export * from './simulate';
