export * from './bootstrap';
export * from './claim';
export * from './compare';
export * from './grade';
export * from './intervals';
