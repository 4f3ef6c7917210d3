// The declarations a developer reads in their editor (dist/**/*.d.ts) may cite only documents that ship with the
// package: its README and CHANGELOG, and the docs the build copies into docs/ (scripts/copy-docs.mjs). The team's
// own notes (design, style, facts) stay in the repository, so a citation of them would point nowhere.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CORE = fileURLToPath(new URL('..', import.meta.url));
const shipped = JSON.parse(readFileSync(join(CORE, 'package.json'), 'utf8')) as { files: string[] };

describe('the shipped declarations', () => {
  it('cite only documents that ship with @corridor/core', () => {
    expect(shipped.files).toContain('docs');
    const declarations = readdirSync(join(CORE, 'dist'), { recursive: true, encoding: 'utf8' }).filter((path) =>
      path.endsWith('.d.ts'),
    );
    expect(declarations.length).toBeGreaterThan(50);
    const cited = new Set<string>();
    for (const path of declarations) {
      for (const [document] of readFileSync(join(CORE, 'dist', path), 'utf8').matchAll(/[\w./-]*\b[\w-]+\.md\b/g))
        cited.add(document);
    }
    const missing = [...cited].filter((document) => {
      const inPackage = document.replace(/^\.?\/?/, '');
      return (
        !existsSync(join(CORE, inPackage)) ||
        !shipped.files.some(
          (entry) =>
            inPackage === entry ||
            inPackage.startsWith(`${entry}/`) ||
            ['README.md', 'CHANGELOG.md'].includes(inPackage),
        )
      );
    });
    expect(cited.size).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});
