// The `@example` blocks of the published packages, read from the `.d.ts` files a consumer installs (tsc keeps TSDoc
// in declarations, so the examples are extracted, never copied), and the exported functions that lack one.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { codeBlocks, documentModule, isRunnable, toJavaScript } from './markdown-code-blocks.mjs';

/**
 * @typedef {import('./markdown-code-blocks.mjs').CodeBlock} CodeBlock
 * @typedef {{ symbol: string, file: string, blocks: CodeBlock[] }} DocumentedExport
 * `file` is the declaring `.d.ts`, relative to the `node_modules` it was read from (`@corridor/core/dist/…`).
 */

/**
 * The `.d.ts` of every entry point in a package's `exports` (its `types` condition).
 *
 * @param {string} packageDir - an installed package's folder
 * @returns {string[]} absolute paths
 * @example typesEntryPoints('node_modules/@corridor/data') // → ['…/node_modules/@corridor/data/dist/index.d.ts']
 */
export function typesEntryPoints(packageDir) {
  const { exports = {} } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  return Object.values(exports)
    .map((target) => (typeof target === 'object' && target !== null ? target.types : undefined))
    .filter((types) => typeof types === 'string')
    .map((types) => join(packageDir, types));
}

/**
 * Whether a declaration is a way into the API a developer calls: a function, a class (its constructor), or a
 * constant whose type can be called (an arrow function).
 *
 * @param {ts.Declaration} declaration
 * @param {ts.TypeChecker} checker
 */
function isCallable(declaration, checker) {
  if (ts.isFunctionDeclaration(declaration) || ts.isClassDeclaration(declaration)) return true;
  if (!ts.isVariableDeclaration(declaration)) return false;
  return checker.getTypeAtLocation(declaration).getCallSignatures().length > 0;
}

/**
 * The TSDoc `@example` sections of a declaration's comments, as text without the comment's `*` margin.
 *
 * @param {ts.Node} declaration
 * @returns {string[]}
 */
function exampleSections(declaration) {
  // A variable's comment sits on its statement (`export declare const x: …`).
  const holder = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
  const source = holder.getSourceFile().text;
  const comments = ts.getLeadingCommentRanges(source, holder.getFullStart()) ?? [];
  return comments
    .map((range) => source.slice(range.pos, range.end))
    .filter((comment) => comment.startsWith('/**'))
    .flatMap((comment) => {
      const text = comment
        .replace(/^\/\*\*|\*\/$/g, '')
        .split('\n')
        .map((line) => line.replace(/^\s*\* ?/, ''))
        .join('\n');
      // Each section runs from its tag to the next block tag at the start of a line (outside a code fence).
      /** @type {string[][]} */
      const sections = [];
      /** @type {string[] | undefined} */
      let current;
      let fenced = false;
      for (const line of text.split('\n')) {
        if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
        const tag = fenced ? null : /^\s*@(\w+)/.exec(line);
        if (tag) {
          current = tag[1] === 'example' ? [line.replace(/^\s*@example\s?/, '')] : undefined;
          if (current) sections.push(current);
        } else current?.push(line);
      }
      return sections.map((lines) => lines.join('\n'));
    });
}

/**
 * Every exported function, class and arrow-function constant of the given entry points, once each (a symbol that
 * several entry points re-export is its one declaration), with the runnable code blocks of its `@example`s.
 *
 * @param {string[]} entryFiles - `.d.ts` entry points, from {@link typesEntryPoints}
 * @param {string} nodeModules - the folder `file` names are relative to
 * @returns {DocumentedExport[]} sorted by file, then symbol
 */
export function documentedExports(entryFiles, nodeModules) {
  const program = ts.createProgram(entryFiles, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  /** @type {Map<string, DocumentedExport>} */
  const found = new Map();
  for (const entry of entryFiles) {
    const sourceFile = program.getSourceFile(entry);
    const moduleSymbol = sourceFile && checker.getSymbolAtLocation(sourceFile);
    if (!moduleSymbol) throw new Error(`no module at ${entry}`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      // `export type { IssueList }` hands out a class as a type only: nothing to call.
      if ((exported.declarations ?? []).some((d) => ts.isTypeOnlyExportDeclaration(d))) continue;
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declarations = (symbol.declarations ?? []).filter((declaration) => isCallable(declaration, checker));
      const [first] = declarations;
      if (first === undefined) continue;
      const file = relative(nodeModules, first.getSourceFile().fileName);
      const key = `${file}#${symbol.name}`;
      if (found.has(key)) continue;
      const blocks = declarations
        .flatMap(exampleSections)
        .flatMap((section) => codeBlocks(section))
        .filter(isRunnable);
      found.set(key, { symbol: symbol.name, file, blocks });
    }
  }
  return [...found.values()].sort((a, b) => a.file.localeCompare(b.file) || a.symbol.localeCompare(b.symbol));
}

/**
 * Exported functions that cannot carry a meaningful example, each with the reason. The check fails when one of them
 * gains an example (or is no longer exported), so the list cannot outlive its reasons.
 */
export const WITHOUT_EXAMPLE = new Map();

/** The comment that states what the line before it, or the `console.log` it ends, prints. */
const EXPECTED = /\/\/ → ?(.*)$/;

/**
 * What an example says it prints: the text after `// →` on each line, in order.
 *
 * @param {string} code
 * @returns {string[]}
 * @example expectedOutput("console.log(1 + 1); // → 2") // → ['2']
 */
export function expectedOutput(code) {
  return code
    .split('\n')
    .map((line) => EXPECTED.exec(line)?.[1]?.trim())
    .filter((text) => text !== undefined);
}

/** A name for an example's module: its package file and symbol, safe as a file name. */
export function exampleModuleName(/** @type {DocumentedExport} */ exported, /** @type {number} */ index) {
  const file = exported.file
    .replace(/^@corridor\//, '')
    .replace(/\.d\.ts$/, '')
    .replaceAll('/', '--');
  return `${file}--${exported.symbol}${index === 0 ? '' : `-${index + 1}`}`;
}

/**
 * Writes each `@example` block of the installed packages as its own module under `<project>/examples/` (TypeScript
 * to typecheck, JavaScript to run), with `manifest.json` listing them for run-examples.mjs.
 *
 * @param {string} project - the consumer project, whose `node_modules` holds the packages
 * @param {string[]} packageNames - e.g. `['@corridor/core']`
 * @returns {{ exports: DocumentedExport[], missing: DocumentedExport[], staleExemptions: string[], modules: number }}
 *   `missing`: exported functions with no runnable `@example` (those in {@link WITHOUT_EXAMPLE} aside);
 *   `staleExemptions`: names in {@link WITHOUT_EXAMPLE} that now have an example or are gone
 */
export function writeExampleModules(project, packageNames) {
  const nodeModules = join(project, 'node_modules');
  const entries = packageNames.flatMap((name) => typesEntryPoints(join(nodeModules, name)));
  const exports = documentedExports(entries, nodeModules);
  mkdirSync(join(project, 'examples'), { recursive: true });
  const manifest = exports.flatMap((exported) =>
    exported.blocks.map((block, index) => {
      const module = `examples/${exampleModuleName(exported, index)}`;
      const source = documentModule(`${exported.file} ${exported.symbol} @example`, [block]);
      writeFileSync(join(project, `${module}.ts`), source);
      writeFileSync(join(project, `${module}.mjs`), toJavaScript(source, `${module}.ts`));
      return {
        symbol: exported.symbol,
        file: exported.file,
        module: `${module}.mjs`,
        expected: expectedOutput(block.code),
      };
    }),
  );
  writeFileSync(join(project, 'examples', 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const missing = exports.filter((exported) => exported.blocks.length === 0 && !WITHOUT_EXAMPLE.has(exported.symbol));
  const staleExemptions = [...WITHOUT_EXAMPLE.keys()].filter(
    (symbol) => !exports.some((exported) => exported.symbol === symbol && exported.blocks.length === 0),
  );
  return { exports, missing, staleExemptions, modules: manifest.length };
}
