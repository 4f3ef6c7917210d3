import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORE_VERSION } from './core-version.js';

describe('CORE_VERSION', () => {
  it('is the version package.json states (bump both together; `changeset version` rewrites only package.json)', () => {
    const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(CORE_VERSION).toBe(packageJson.version);
  });
});
