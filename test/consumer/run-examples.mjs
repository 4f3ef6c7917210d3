// Runs the `@example` modules that tsdoc-examples.mjs wrote, one after another in this one process (a process each
// would cost a Node start and a fresh import of the packages, about half a second, per example), and checks that
// each prints what its `// →` comments state, line for line. Exits 1 naming every example that failed.
// `node run-examples.mjs <project>/examples/manifest.json`
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';

/**
 * Whether printed text matches what an example's comment states: equal once runs of white space are one space
 * (Node prints a long array over several lines), where `…` in the comment stands for any text.
 *
 * @param {string} printed
 * @param {string} expected
 * @example printedMatches("[ 'a',\n  'b' ]", "[ 'a', 'b' ]") // → true
 */
export function printedMatches(printed, expected) {
  const squash = (/** @type {string} */ text) => text.replace(/\s+/g, ' ').trim();
  const pattern = squash(expected)
    .split('…')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${pattern}$`, 's').test(squash(printed));
}

/**
 * What is wrong with an example's output, or nothing.
 *
 * @param {string[]} printed - each console.log call's text
 * @param {string[]} expected - each `// →` comment's text
 * @returns {string[]}
 */
function outputProblems(printed, expected) {
  if (expected.length === 0)
    return ['states no output: end it with console.log(…) lines commented // → what they print'];
  const problems = [];
  for (let i = 0; i < Math.max(printed.length, expected.length); i++) {
    const got = printed[i];
    const want = expected[i];
    if (got === undefined) problems.push(`line ${i + 1}: printed nothing, the comment says ${want}`);
    else if (want === undefined) problems.push(`line ${i + 1}: printed ${got}, with no // → comment stating it`);
    else if (!printedMatches(got, want)) problems.push(`line ${i + 1}: printed ${got}, the comment says ${want}`);
  }
  return problems;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const manifestPath = process.argv[2] ?? 'examples/manifest.json';
  /** @type {{ symbol: string, file: string, module: string, expected: string[] }[]} */
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const project = join(dirname(manifestPath), '..');
  const log = console.log;
  /** @type {string[]} */
  let printed = [];
  console.log = (...args) => {
    printed.push(format(...args));
  };
  let failed = 0;
  const started = performance.now();
  for (const example of manifest) {
    printed = [];
    const began = performance.now();
    let problems;
    try {
      await import(pathToFileURL(join(project, example.module)).href);
      problems = outputProblems(printed, example.expected);
    } catch (error) {
      problems = [
        `threw ${error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 2).join(' ') : String(error)}`,
      ];
    }
    const ms = (performance.now() - began).toFixed(0);
    const name = `${example.file} ${example.symbol}`;
    if (problems.length === 0) log(`  ✓ ${name} (${example.expected.length} checked, ${ms} ms)`);
    else {
      failed++;
      log(`  ✗ ${name} (${example.module})\n${problems.map((problem) => `      ${problem}`).join('\n')}`);
    }
  }
  console.log = log;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(`  ${manifest.length - failed} of ${manifest.length} @example blocks print what they state (${seconds} s)`);
  process.exit(failed === 0 ? 0 : 1);
}
