// Fuzz of the corridor binary (issue 15): generated command lines, run as a user runs them, in a bounded number of
// processes. Every run ends with exit 0 (done), 1 (the work failed: no route, invalid data) or 2 (bad usage) — never
// 70 (an internal error) or a signal — with no stack trace and no raw control character on either stream.
// fast-check prints the case count and seed (replay a failure with that seed).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'packages', 'cli', 'dist', 'bin.js');

/** A value a user might type, or get wrong: places, numbers out of range, dates that do not exist, escapes. */
const value = fc.constantFrom(
  'Xiamen',
  'Duisburg',
  '厦门',
  'Xiamn',
  'CNXMN',
  '118.1,24.5',
  '200,24.6',
  '0',
  '-1',
  '1e308',
  'many',
  '2026-02-30',
  '2026-12-01',
  'sea,rail',
  'rial',
  'suez,cape-of-good-hope',
  'region:fujian',
  'region:eu',
  'red-sea-closure',
  '\u001b]0;pwned\u0007',
  'x'.repeat(300),
);

/** A command line: a command, its positional arguments, and a few options with values. */
const argv = fc
  .tuple(
    fc.constantFrom('route', 'pareto', 'distance', 'maxflow', 'scenario', 'sources', 'export', 'validate', 'rout'),
    fc.array(value, { maxLength: 2 }),
    fc.array(
      fc.tuple(
        fc.constantFrom(
          '--modes',
          '--teu',
          '--tonnes',
          '--depart',
          '--alternatives',
          '--avoid',
          '--via',
          '--from',
          '--to',
          '--objective',
          '--format',
          '--max-transfers',
          '--bogus',
        ),
        value,
      ),
      { maxLength: 3 },
    ),
    fc.constantFrom([], ['--json']),
  )
  .map(([command, args, options, json]) => [command, ...args, ...options.flat(), ...json]);

/** Whether a text holds a control character a terminal would act on (newline and tab are text). */
function hasControl(text: string): boolean {
  for (const char of text.replace(/\r\n/g, '\n')) {
    const code = char.codePointAt(0) ?? 0;
    if ((code < 0x20 && char !== '\n' && char !== '\t') || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

describe('the corridor binary under fuzz', { timeout: 600_000 }, () => {
  it('exits 0, 1 or 2 for any command line, with no stack trace and no raw control character', () => {
    fc.assert(
      fc.property(argv, (args) => {
        const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });
        expect(run.signal, `${args.join(' ')} was killed`).toBeNull();
        expect([0, 1, 2], `${args.join(' ')} exited ${run.status}: ${run.stderr}`).toContain(run.status);
        expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
        expect(hasControl(run.stderr), `raw control character in stderr of ${args.join(' ')}`).toBe(false);
        expect(hasControl(run.stdout), `raw control character in stdout of ${args.join(' ')}`).toBe(false);
      }),
      { numRuns: 30 },
    );
  });
});
