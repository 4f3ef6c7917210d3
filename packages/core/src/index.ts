export * from './load/index.js';
export * from './model/index.js';
