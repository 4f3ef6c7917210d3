// The doc-test's reading of `@example` blocks from `.d.ts` files (test/consumer/tsdoc-examples.mjs) and its check of
// what they print (test/consumer/run-examples.mjs), on a tiny package written here.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { printedMatches } from '../consumer/run-examples.mjs';
import { documentedExports, expectedOutput, typesEntryPoints } from '../consumer/tsdoc-examples.mjs';

const nodeModules = mkdtempSync(join(tmpdir(), 'corridor-tsdoc-examples-'));
const packageDir = join(nodeModules, '@corridor', 'tiny');
mkdirSync(packageDir, { recursive: true });
writeFileSync(
  join(packageDir, 'package.json'),
  JSON.stringify({
    name: '@corridor/tiny',
    exports: { '.': { types: './index.d.ts' }, './sub': { types: './sub.d.ts' }, './package.json': './package.json' },
  }),
);
writeFileSync(
  join(packageDir, 'index.d.ts'),
  [
    '/**',
    ' * Adds two numbers.',
    ' * @param a - one',
    ' * @example',
    ' * ```ts',
    " * import { add } from '@corridor/tiny';",
    ' * // @ts-expect-error: a line starting with a tag inside the fence stays code',
    " * add('1', 2);",
    ' * console.log(add(1, 2)); // → 3',
    ' * ```',
    ' * @returns the sum',
    ' */',
    'export declare function add(a: number, b: number): number;',
    '/** Doubles, with no example. */',
    'export declare const twice: (n: number) => number;',
    '/** A limit: not a function. */',
    'export declare const LIMIT = 3;',
    '/** A heap, with no example. */',
    'export declare class Heap { constructor(capacity: number); }',
    '/** Handed out as a type only. */',
    'declare class Hidden { private x; }',
    'export type { Hidden };',
  ].join('\n'),
);
writeFileSync(join(packageDir, 'sub.d.ts'), "export { add, twice } from './index.js';\n");
afterAll(() => rmSync(nodeModules, { recursive: true, force: true }));

describe('the doc-test reads @example blocks from installed .d.ts files', () => {
  const found = documentedExports(typesEntryPoints(packageDir), nodeModules);

  it('typesEntryPoints() lists the types file of every export with one', () => {
    expect(typesEntryPoints(packageDir)).toEqual([join(packageDir, 'index.d.ts'), join(packageDir, 'sub.d.ts')]);
  });

  it('documentedExports() lists each function, arrow constant and class once, and no constant or type-only export', () => {
    expect(found.map((exported) => `${exported.file} ${exported.symbol}`)).toEqual([
      '@corridor/tiny/index.d.ts add',
      '@corridor/tiny/index.d.ts Heap',
      '@corridor/tiny/index.d.ts twice',
    ]);
  });

  it('documentedExports() keeps the example block whole, up to the next tag, and finds none where there is none', () => {
    const [add, heap, twice] = found;
    expect(add?.blocks.map((block) => block.code)).toEqual([
      [
        "import { add } from '@corridor/tiny';",
        '// @ts-expect-error: a line starting with a tag inside the fence stays code',
        "add('1', 2);",
        'console.log(add(1, 2)); // → 3',
        '',
      ].join('\n'),
    ]);
    expect(heap?.blocks).toEqual([]);
    expect(twice?.blocks).toEqual([]);
  });
});

describe('the doc-test checks what an example prints', () => {
  it('expectedOutput() reads each // → comment in order', () => {
    expect(expectedOutput('const x = 1;\nconsole.log(x); // → 1\nconsole.log([x]); // → [ 1 ]\n')).toEqual([
      '1',
      '[ 1 ]',
    ]);
    expect(expectedOutput('console.log(1); // 1')).toEqual([]);
  });

  it('printedMatches() takes a run of white space as one space, and … as any text', () => {
    expect(printedMatches("[\n  'sea',\n  'rail'\n]", "[ 'sea', 'rail' ]")).toBe(true);
    expect(printedMatches('18665 km via suez', '18665 km via …')).toBe(true);
    expect(printedMatches('18665', '18666')).toBe(false);
    expect(printedMatches('a.b', 'a?b')).toBe(false);
  });
});
