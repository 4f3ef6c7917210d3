export * from './geo/index.js';
export * from './load/index.js';
export * from './model/index.js';
