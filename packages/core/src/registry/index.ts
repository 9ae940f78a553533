export * from './custom-fields';
export * from './lifecycle';
