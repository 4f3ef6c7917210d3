// Running commands for the README's scripts: every step is printed, every failure is named.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Prints a step heading, so a long log reads as a list of steps.
 * @param {string} text
 */
export function heading(text) {
  console.log(`\n▶ ${text}`);
}

/**
 * The full path of an executable on PATH (or the path itself when absolute), or undefined.
 * @param {string} command
 * @param {string} [path]
 * @returns {string | undefined}
 */
export function which(command, path = process.env.PATH ?? '') {
  const candidates = isAbsolute(command) ? [command] : path.split(delimiter).map((dir) => join(dir, command));
  return candidates.find((candidate) => {
    try {
      accessSync(candidate, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Runs a command with inherited output in the repo root; returns its exit status (1 if it could not start).
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv }} [options]
 * @returns {number}
 */
export function run(command, args, { env = process.env } = {}) {
  const result = spawnSync(command, args, { cwd: repoRoot, env, stdio: 'inherit' });
  if (result.error) {
    console.error(`corridor: could not start ${command}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

/**
 * Runs a command and stops the script with `what` when it fails.
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, what?: string }} [options]
 */
export function runOrStop(command, args, { env = process.env, what } = {}) {
  const status = run(command, args, { env });
  if (status !== 0) {
    console.error(`\ncorridor: ${what ?? `${command} ${args.join(' ')} failed`} (exit ${status}).`);
    process.exit(1);
  }
}

/**
 * Runs a command quietly and returns its stdout, or undefined when it fails.
 * @param {string} command
 * @param {string[]} args
 * @returns {string | undefined}
 */
export function capture(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return result.status === 0 ? result.stdout : undefined;
}
