// The code blocks of the project's Markdown, extracted at test time (never copied into a test) and assembled into
// one TypeScript module per document, so that the samples a reader sees are the samples that run.
import ts from 'typescript';

/** Languages whose blocks run; any other fence (sh, json, a diagram) is prose to the test. */
const RUNNABLE = new Set(['ts', 'typescript', 'js', 'javascript', 'mjs']);

/** The info-string word that marks a TypeScript/JavaScript block as not meant to run (it still shows as code). */
export const NO_RUN = 'no-run';

/**
 * @typedef {{ lang: string, flags: string[], code: string, line: number }} CodeBlock
 * `line` is the 1-based line of the opening fence; `flags` the info string's words after the language.
 */

/**
 * The fenced code blocks of a Markdown text, in order.
 *
 * @param {string} markdown
 * @returns {CodeBlock[]}
 * @example codeBlocks('```ts no-run\nfoo();\n```') // → [{ lang: 'ts', flags: ['no-run'], code: 'foo();\n', line: 1 }]
 */
export function codeBlocks(markdown) {
  /** @type {CodeBlock[]} */
  const blocks = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^( {0,3})(`{3,}|~{3,})\s*([^`]*)$/.exec(lines[i] ?? '');
    if (open === null) continue;
    const fence = open[2] ?? '```';
    const [lang = '', ...flags] = (open[3] ?? '').trim().split(/\s+/).filter(Boolean);
    const body = [];
    let j = i + 1;
    while (j < lines.length && !(lines[j] ?? '').trimStart().startsWith(fence)) body.push(lines[j++]);
    blocks.push({
      lang: lang.toLowerCase(),
      flags,
      code: body.length === 0 ? '' : `${body.join('\n')}\n`,
      line: i + 1,
    });
    i = j;
  }
  return blocks;
}

/**
 * Whether a block is TypeScript or JavaScript meant to run (no `no-run` in its info string).
 *
 * @param {CodeBlock} block
 */
export function isRunnable(block) {
  return RUNNABLE.has(block.lang) && !block.flags.includes(NO_RUN);
}

/**
 * One module from a document's runnable blocks, as a reader follows them: every block sees the names the blocks
 * before it declared. Imports are hoisted and merged; each block's other statements open a scope nested in the
 * previous block's, so a later block may declare a name again (the README's second `router`) without a clash.
 *
 * @param {string} file - the document's path, named in comments so a failure points to its line
 * @param {CodeBlock[]} blocks - the runnable blocks, in order
 * @returns {string} TypeScript source
 */
export function documentModule(file, blocks) {
  /** @type {Map<string, Map<string, string>>} module → local name → import clause text */
  const imports = new Map();
  const bodies = [];
  for (const block of blocks) {
    const source = ts.createSourceFile(`${file}:${block.line}.ts`, block.code, ts.ScriptTarget.ES2022, true);
    const kept = [];
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement)) {
        kept.push(block.code.slice(statement.getFullStart(), statement.getEnd()));
        continue;
      }
      const from = /** @type {ts.StringLiteral} */ (statement.moduleSpecifier).text;
      const names = imports.get(from) ?? new Map();
      imports.set(from, names);
      const clause = statement.importClause;
      const typeOnly = clause?.isTypeOnly ? 'type ' : '';
      if (clause?.name) names.set(clause.name.text, `${typeOnly}default as ${clause.name.text}`);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.set(bindings.name.text, `* as ${bindings.name.text}`);
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) names.set(element.name.text, `${typeOnly}${element.getText(source)}`);
      }
    }
    bodies.push(`{ // ${file}:${block.line}\n${kept.join('').replace(/^\n+/, '')}\n`);
  }
  const importLines = [...imports].map(([from, names]) => {
    const namespace = [...names.values()].find((text) => text.startsWith('* as '));
    const named = [...names.values()].filter((text) => !text.startsWith('* as '));
    return [
      ...(namespace === undefined ? [] : [`import ${namespace} from '${from}';`]),
      ...(named.length === 0 && namespace === undefined ? [`import '${from}';`] : []),
      ...(named.length === 0 ? [] : [`import { ${named.join(', ')} } from '${from}';`]),
    ].join('\n');
  });
  return `// Assembled from the runnable code blocks of ${file} by test/consumer/markdown-code-blocks.mjs.\n${importLines.join('\n')}\n\n${bodies.join('')}${'}'.repeat(bodies.length)}\n\nexport {};\n`;
}

/**
 * A TypeScript module as JavaScript Node runs (types erased, nothing else changed).
 *
 * @param {string} source
 * @param {string} fileName
 */
export function toJavaScript(source, fileName) {
  return ts.transpileModule(source, {
    fileName,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
  }).outputText;
}
