import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('.', import.meta.url));

/** Source files of the page (the main thread): everything but the worker's side of `engine/` and the tests. */
function pageFiles(dir: string = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pageFiles(path);
    const file = relative(SRC, path);
    const source = /\.(ts|svelte)$/.test(file) && !file.endsWith('.test.ts');
    const worker = file.startsWith('engine/') && file !== 'engine/connect-engine.ts';
    return source && !worker ? [file] : [];
  });
}

/** The import statements of a file that name a module, whole (they may span lines). */
function importsOf(text: string, module: string): string[] {
  const pattern = new RegExp(`import\\s[^;]*?from\\s+'${module.replace(/[/]/g, '\\/')}'`, 'g');
  return text.match(pattern) ?? [];
}

describe('the page bundle', () => {
  const files = pageFiles();

  it('finds the page sources', () => {
    expect(files).toContain('views/route/planner-state.svelte.ts');
    expect(files).toContain('engine/connect-engine.ts');
    expect(files).not.toContain('engine/create-engine.ts');
  });

  it('takes only types from @corridor/core/engine, which runs in the worker (zod and the router stay there)', () => {
    const valueImports = files.flatMap((file) =>
      importsOf(readFileSync(join(SRC, file), 'utf8'), '@corridor/core/engine')
        .filter((statement) => !/^import\s+type\s/.test(statement))
        .map((statement) => `${file}: ${statement}`),
    );
    expect(valueImports).toEqual([]);
  });
});
