import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { findUpwardImports } from './concern-order.js';

const srcRoot = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');

describe('import direction (DESIGN.md §3)', () => {
  it('no module in packages/core/src imports a concern later in the list', () => {
    expect(findUpwardImports(srcRoot)).toEqual([]);
  });

  describe('the checker itself', () => {
    let root = '';
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    function tree(files: Record<string, string>): string {
      root = mkdtempSync(join(tmpdir(), 'corridor-imports-'));
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      return root;
    }

    it('accepts imports that point down or stay inside a concern', () => {
      const src = tree({
        'model/a.ts': "export const a = 1;\nimport { b } from './b.js';",
        'model/b.ts': 'export const b = 2;',
        'routing/r.ts': "import { a } from '../model/a.js';\nimport type { G } from '../graph/g.js';",
        'graph/g.ts': 'export type G = number;',
        'index.ts': "export * from './routing/r.js';",
      });
      expect(findUpwardImports(src)).toEqual([]);
    });

    it('reports a model file importing routing, naming the file and both concerns', () => {
      const src = tree({ 'model/a.ts': "import { r } from '../routing/r.js';", 'routing/r.ts': '' });
      const [violation] = findUpwardImports(src);
      expect(violation?.file).toBe('model/a.ts');
      expect(violation?.reason).toMatch(/model imports routing/);
    });

    it('sees type-only imports, re-exports and dynamic imports', () => {
      const src = tree({
        'geo/a.ts': "import type { X } from '../graph/x.js';",
        'geo/b.ts': "export { y } from '../flow/y.js';",
        'geo/c.ts': "const m = await import('../scenario/z.js');",
      });
      expect(findUpwardImports(src).map((v) => v.file)).toEqual(['geo/a.ts', 'geo/b.ts', 'geo/c.ts']);
    });

    it('lets tests, and only tests, import helpers from outside src', () => {
      const src = tree({
        'geo/a.test.ts': "import { f } from '../../test/fixture.js';",
        'geo/b.ts': "import { f } from '../../test/fixture.js';",
      });
      expect(findUpwardImports(src).map((v) => [v.file, v.reason])).toEqual([
        ['geo/b.ts', 'a module imports from outside src; move the code into a concern'],
      ]);
    });

    it('reports a folder that is not a concern, and a concern importing the package root', () => {
      const src = tree({ 'utils/u.ts': '', 'load/l.ts': "import { x } from '../index.js';", 'index.ts': '' });
      const reasons = findUpwardImports(src).map((v) => v.reason);
      expect(reasons).toHaveLength(2);
      expect(reasons[0]).toMatch(/package root/);
      expect(reasons[1]).toMatch(/"utils" is not a concern/);
    });
  });
});
