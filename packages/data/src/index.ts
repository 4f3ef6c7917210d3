/**
 * The Fujian corridors dataset, compiled from `data/fujian` at build time.
 * @packageDocumentation
 */
export { sources as fujianSources } from './generated/sources.js';
