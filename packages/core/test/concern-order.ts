/**
 * Checks DESIGN.md §3: inside `packages/core/src`, a concern imports only from itself or from a
 * concern earlier in `CONCERNS`. Imports are read with TypeScript's own pre-processor, so static,
 * type-only, re-export and dynamic `import()` forms are all seen.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** The concerns of `@corridor/core`, lowest first; imports may only point down (to the left). */
export const CONCERNS = [
  'model',
  'load',
  'import',
  'geo',
  'graph',
  'costing',
  'routing',
  'flow',
  'scenario',
  'engine',
] as const;

/** Platform adapters (Node file access): like root files they may import any concern; no concern imports them. */
export const ADAPTERS = ['node'] as const;

export interface ImportViolation {
  /** Importing file, relative to the source root, with `/` separators. */
  readonly file: string;
  /** The import specifier as written. */
  readonly specifier: string;
  readonly reason: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return /\.(ts|mts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
    });
}

/** The concern a path under `srcRoot` belongs to: its first folder, or `undefined` for root files. */
function concernOf(srcRoot: string, path: string): string | undefined {
  const parts = relative(srcRoot, path).split(sep);
  return parts.length > 1 ? parts[0] : undefined;
}

/** Lists every import in `srcRoot` that points up the concern list, or out of it. */
export function findUpwardImports(srcRoot: string): ImportViolation[] {
  const rank = new Map<string, number>(CONCERNS.map((name, index) => [name, index]));
  const violations: ImportViolation[] = [];
  for (const path of sourceFiles(srcRoot)) {
    const file = relative(srcRoot, path).split(sep).join('/');
    const from = concernOf(srcRoot, path);
    // Root files (index.ts) only re-export and adapters sit above every concern: both may name any concern.
    if (from === undefined || (ADAPTERS as readonly string[]).includes(from)) continue;
    const fromRank = rank.get(from);
    if (fromRank === undefined) {
      violations.push({
        file,
        specifier: '',
        reason: `folder "${from}" is not a concern of DESIGN.md §3 (${CONCERNS.join(' → ')}); add it to the list or move the file`,
      });
      continue;
    }
    const info = ts.preProcessFile(readFileSync(path, 'utf8'), true, true);
    for (const { fileName: specifier } of info.importedFiles) {
      if (specifier.startsWith('@corridor/core')) {
        violations.push({ file, specifier, reason: 'core imports itself by package name; use a relative import' });
        continue;
      }
      if (!specifier.startsWith('.')) continue; // third-party packages
      const target = resolve(dirname(path), specifier);
      if (relative(srcRoot, target).startsWith('..')) {
        // Tests beside the code may use helpers and fixtures from packages/core/test; modules may not.
        if (!file.endsWith('.test.ts')) {
          violations.push({
            file,
            specifier,
            reason: 'a module imports from outside src; move the code into a concern',
          });
        }
        continue;
      }
      const to = concernOf(srcRoot, target);
      if (to === undefined) {
        violations.push({ file, specifier, reason: 'a concern imports the package root; import the concern itself' });
        continue;
      }
      const toRank = rank.get(to);
      if (toRank === undefined || toRank > fromRank) {
        violations.push({
          file,
          specifier,
          reason: `${from} imports ${to}, which comes later in ${CONCERNS.join(' → ')}`,
        });
      }
    }
  }
  return violations;
}
