// Prerequisites of the README's two commands, checked with Node built-ins only (nothing is installed yet).
// Each check either returns what the caller needs or stops with a message naming the missing piece.
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { capture, heading, repoRoot, runOrStop, which } from './run.mjs';

export const NODE_MINIMUM = [20, 19, 0];
export const PNPM_VERSION = '12.4.2';
const PNPM_LOCAL_PREFIX = join(repoRoot, '.cache', 'tools');

/**
 * @param {string} message
 * @returns {never}
 */
function stop(message) {
  console.error(`\ncorridor: ${message}`);
  process.exit(1);
}

/**
 * True when a Node version string (`20.18.1`) is older than NODE_MINIMUM.
 * @param {string} version
 */
export function isNodeTooOld(version) {
  const have = version.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < NODE_MINIMUM.length; i++) {
    const need = NODE_MINIMUM[i] ?? 0;
    if ((have[i] ?? 0) !== need) return (have[i] ?? 0) < need;
  }
  return false;
}

/**
 * Stops unless this Node is at least NODE_MINIMUM (vite 8 and vitest 4 need 20.19).
 * @param {string} [version]
 */
export function requireNode(version = process.versions.node) {
  if (isNodeTooOld(version)) {
    stop(
      `Node ${version} is too old: Corridor needs Node ≥ ${NODE_MINIMUM.join('.')}. ` +
        'Install a current Node 20 or 22 (https://nodejs.org) and run the command again.',
    );
  }
}

/**
 * @param {string} command
 * @returns {string | undefined}
 */
function versionOf(command) {
  const result = which(command) === undefined ? undefined : capture(command, ['--version']);
  return result?.trim();
}

/**
 * Returns the environment in which `pnpm` is pnpm PNPM_VERSION: the one on PATH if it is that
 * version, otherwise one installed with npm into .cache/tools (the user's global setup is left alone).
 */
export function ensurePnpm() {
  const env = { ...process.env };
  if (versionOf('pnpm') === PNPM_VERSION) return env;
  const localBin = join(PNPM_LOCAL_PREFIX, 'node_modules', '.bin');
  env.PATH = `${localBin}${delimiter}${env.PATH ?? ''}`;
  if (!existsSync(join(localBin, 'pnpm')) || versionOf(join(localBin, 'pnpm')) !== PNPM_VERSION) {
    heading(`installing pnpm ${PNPM_VERSION} into .cache/tools (npm)`);
    runOrStop(
      'npm',
      [
        'install',
        '--prefix',
        PNPM_LOCAL_PREFIX,
        '--no-save',
        '--no-package-lock',
        '--no-fund',
        '--no-audit',
        '--loglevel=error',
        `pnpm@${PNPM_VERSION}`,
      ],
      { what: `npm could not install pnpm ${PNPM_VERSION}; check that the npm registry is reachable` },
    );
  }
  return env;
}

/** The Chromium the browser tests drive: CHROMIUM_PATH, or Debian's /usr/bin/chromium. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Makes sure Chromium is there: installs Debian's package when missing and we are root; stops otherwise. */
export function ensureChromium() {
  const path = chromiumPath();
  const executable = () => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (executable()) return path;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.env.CHROMIUM_PATH === undefined && isRoot && which('apt-get') !== undefined) {
    heading("installing Debian's chromium for the browser tests (apt-get)");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    runOrStop('apt-get', ['update'], { env, what: 'apt-get update failed' });
    runOrStop('apt-get', ['install', '-y', 'chromium'], { env, what: 'apt-get install -y chromium failed' });
    if (executable()) return path;
  }
  stop(
    `the browser tests need Chromium, and there is none at ${path}. ` +
      (isRoot
        ? 'Install it (Debian/Ubuntu: apt-get install -y chromium) '
        : 'Install it as root (Debian/Ubuntu: sudo apt-get install -y chromium) ') +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary, then run the command again.',
  );
}
