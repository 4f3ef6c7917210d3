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

for (const name of workspacePackagesWith('typecheck')) check(`typecheck ${name}`, ['--filter', name, 'typecheck'], env);
check('lint and format (biome ci)', ['exec', 'biome', 'ci', '--colors=off', '.'], env);

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
