import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { land110m } from './generated/land-110m.js';

describe('the land topology shipped in core', () => {
  it('is world-atlas land-110m.json exactly (rerun scripts/generate-land.mjs after upgrading world-atlas)', () => {
    const path = createRequire(import.meta.url).resolve('world-atlas/land-110m.json');
    expect(land110m()).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });
});
