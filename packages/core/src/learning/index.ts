export * from './highlight';
export * from './loop-health';
export * from './result-from-evidence';
export * from './schedule';
export * from './transitions';
export * from './vocabulary';
