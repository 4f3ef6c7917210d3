/**
 * This package's version, as package.json states it (a test keeps the two equal). Data built by one version of
 * `@corridor/core` for another to read back (a precompiled routing graph) carries it, and a different version
 * ignores that data and computes afresh, so a dataset package never feeds a newer core an older graph.
 */
export const CORE_VERSION = '0.1.0';
