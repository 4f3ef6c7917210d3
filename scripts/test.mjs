// `npm test`: installs everything the tests need, builds, and runs the whole suite — typecheck, lint,
// unit and property tests (vitest), browser end-to-end tests (Playwright + Debian Chromium) — then
// prints one line `N passed, N failed`. Every step runs even when an earlier check failed, so one run
// shows every problem; only a failed install or build stops early.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium, ensurePnpm, requireNode } from './lib/prerequisites.mjs';
import { heading, repoRoot, run } from './lib/run.mjs';

const reports = join(repoRoot, '.reports');
const tally = { passed: 0, failed: 0 };

function finish() {
  console.log(`\n${tally.passed} passed, ${tally.failed} failed`);
  process.exit(tally.failed > 0 ? 1 : 0);
}

/**
 * A check that is one test: it passes when the command exits 0.
 * @param {string} label
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 */
function check(label, args, env) {
  heading(label);
  const ok = run('pnpm', args, { env }) === 0;
  tally[ok ? 'passed' : 'failed'] += 1;
  if (!ok) console.error(`✗ ${label} failed`);
  return ok;
}

/** @typedef {{ passed: number, failed: number }} Counts */

/**
 * A test runner whose JSON report gives the counts; a crash without a report counts as one failure.
 * @param {string} label
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @param {string} reportFile
 * @param {(report: any) => Counts} count
 */
function suite(label, args, env, reportFile, count) {
  heading(label);
  const status = run('pnpm', args, { env });
  const path = join(reports, reportFile);
  const counts = existsSync(path) ? count(JSON.parse(readFileSync(path, 'utf8'))) : { passed: 0, failed: 0 };
  if (status !== 0 && counts.failed === 0) counts.failed = 1;
  tally.passed += counts.passed;
  tally.failed += counts.failed;
  console.log(`${label}: ${counts.passed} passed, ${counts.failed} failed`);
}

/**
 * The workspace packages that publish (no `private`), by folder, sorted: what a developer installs from npm.
 * @returns {{ name: string, dir: string, hasEntryPoints: boolean }[]}
 */
function publishedPackages() {
  return readdirSync(join(repoRoot, 'packages'))
    .map((name) => join('packages', name))
    .filter((dir) => existsSync(join(repoRoot, dir, 'package.json')))
    .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(repoRoot, dir, 'package.json'), 'utf8')) }))
    .filter(({ pkg }) => pkg.private !== true)
    .map(({ dir, pkg }) => ({ name: pkg.name, dir, hasEntryPoints: pkg.exports !== undefined }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Names of the workspace packages that define `script`, sorted.
 * @param {string} script
 * @returns {string[]}
 */
function workspacePackagesWith(script) {
  const dirs = ['packages', 'apps'].flatMap((group) =>
    readdirSync(join(repoRoot, group)).map((name) => join(repoRoot, group, name)),
  );
  return [...dirs, join(repoRoot, 'test'), join(repoRoot, 'bench')]
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')))
    .filter((pkg) => pkg.scripts?.[script] !== undefined)
    .map((pkg) => pkg.name)
    .sort();
}

requireNode();
ensureChromium();
const env = { ...ensurePnpm(), CI: process.env.CI ?? 'true', FORCE_COLOR: '0' };
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

if (!check('install (pnpm install --frozen-lockfile)', ['install', '--frozen-lockfile'], env)) finish();
if (!check('build (pnpm build)', ['build'], env)) finish();

// The documentation site, into the dashboard's build (the e2e tests read it under /docs/): fails on a broken link.
check('docs site (pnpm run docs: pages, API reference, every link checked)', ['run', 'docs'], env);
for (const name of workspacePackagesWith('typecheck')) check(`typecheck ${name}`, ['--filter', name, 'typecheck'], env);
check('lint and format (biome ci)', ['exec', 'biome', 'ci', '--colors=off', '.'], env);

// Packaging, as npm consumers get it. publint: the package.json against the packed files. attw: every export's
// types under node16 (ESM and CommonJS) and bundler resolution. node10 resolution is out (TypeScript 6 deprecates
// it; the packages need Node >= 20.19), and so is attw's "CJS resolves to ESM": Node >= 20.19 require()s ESM, which
// the consumer test checks at run time. A package with no `exports` (the CLI: a bin) has nothing for attw to read.
for (const { name, dir, hasEntryPoints } of publishedPackages()) {
  check(`package lint ${name} (publint)`, ['exec', 'publint', '--strict', dir], env);
  if (!hasEntryPoints) continue;
  const attw = ['--pack', dir, '--profile', 'node16', '--ignore-rules', 'cjs-resolves-to-esm'];
  check(
    `package types ${name} (attw)`,
    ['exec', 'attw', ...attw, '--no-definitely-typed', '--format', 'table-flipped'],
    env,
  );
}
check(
  'consumer test (packed tarballs in a fresh npm project: strict types, docs samples, browser bundle)',
  ['exec', 'node', 'test/consumer/run-consumer-test.mjs'],
  env,
);

suite(
  'unit and property tests (vitest)',
  ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, 'unit.json')}`],
  env,
  'unit.json',
  /** @param {{ numPassedTests: number, numFailedTests: number }} report */
  (report) => ({ passed: report.numPassedTests, failed: report.numFailedTests }),
);
suite(
  'browser end-to-end tests (Playwright, Chromium)',
  ['--filter', '@corridor/test', 'e2e'],
  env,
  'e2e.json',
  /** @param {{ stats: { expected: number, flaky: number, unexpected: number } }} report */
  (report) => ({ passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected }),
);
finish();
