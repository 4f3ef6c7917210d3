// Regressions of issue 15 (points 2–4) at the command line, each failing on main: NaN/Infinity in the tables,
// raw spreadsheet formulas in CSV, raw escape sequences on the terminal, unbounded quotes of a bad value,
// impossible dates rolled forward, and an internal error exiting 1 with a stack trace.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EXIT_FAILURE, EXIT_SOFTWARE, EXIT_USAGE } from './exit-codes.js';
import { boundedQuotes, type CliOutput, runCli } from './run-cli.js';

const malformed = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'test',
  'fixtures',
  'malformed',
  'output',
);

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const NOT_A_NUMBER = /NaN|Infinity/;

describe('numbers with no bounds', () => {
  it.each(['demand-teu-1e300.csv', 'demand-teu-over-bound.csv'])(
    'assign --demand %s exits 1 naming the row and the bound, and prints no NaN',
    async (name) => {
      const { code, out, err } = await run('assign', '--demand', join(malformed, name));
      expect(code).toBe(EXIT_FAILURE);
      expect(err).toMatch(/row 2, field teu_per_week: .* must be at most 1000000/);
      expect(`${out}${err}`).not.toMatch(NOT_A_NUMBER);
    },
  );

  it.each(['scenario-factor-1e308.json', 'scenario-factor-1e-320.json'])(
    'scenario %s --assign exits 1 naming the factor and its range, and prints no NaN or Infinity',
    async (name) => {
      const { code, out, err } = await run('scenario', join(malformed, name), '--assign');
      expect(code).toBe(EXIT_FAILURE);
      expect(err).toMatch(/\/edits\/0\/factor.*between 0\.001 and 1000/);
      expect(`${out}${err}`).not.toMatch(NOT_A_NUMBER);
    },
  );

  it('route --teu 1e308 is bad usage naming the bound, not a false "no chain of services"', async () => {
    const { code, err } = await run('route', 'Xiamen', 'Hamburg', '--teu', '1e308');
    expect(code).toBe(EXIT_USAGE);
    expect(err).toMatch(/--teu: .* must be ≤ 100000/);
    expect(err).not.toMatch(/no chain/);
  });
});

describe('safe output', () => {
  it('export --format csv prefixes formula cells with an apostrophe, numbers untouched', async () => {
    const { code, out } = await run(
      'export',
      '--format',
      'csv',
      '--what',
      'terminals',
      '--data',
      join(malformed, 'names-with-formulas'),
    );
    expect(code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(out.trim(), { header: true }).data;
    const names = rows.map((row) => row.name_en);
    expect(names).toContain('\'=HYPERLINK("http://example.com/x","Xiamen port")');
    expect(names).toContain("'@SUM(1+1)*cmd|' /C calc'!A0");
    expect(names.every((name) => !/^[=+\-@\t\r]/.test(name ?? ''))).toBe(true);
    expect(rows.find((row) => row.id === 'xmn_port')?.lon).toBe('118.03');
  });

  it('an escape sequence in an argument reaches the terminal escaped, never raw', async () => {
    const { code, err } = await run('route', 'Xia\x1b]0;pwned\x07\x1b[2Jmen', 'Hamburg');
    expect(code).toBe(EXIT_USAGE);
    expect(err).toContain('\\u001b]0;pwned\\u0007');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for raw control characters
    expect(err).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/u);
  });

  it.each([
    ['route', 'q'.repeat(3000), 'Hamburg'],
    ['distance', 'q'.repeat(3000), 'NLRTM'],
    ['scenario', 'q'.repeat(3000)],
  ])('%s with a 3,000-character name quotes an excerpt of it, not the whole', async (...argv) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(EXIT_USAGE);
    expect(err).toContain(`"${'q'.repeat(79)}…"`);
    expect(err).not.toContain('q'.repeat(81));
  });

  it('boundedQuotes cuts a long quoted value and leaves the words between two short quotes whole', () => {
    const words = 'w '.repeat(60);
    expect(boundedQuotes(`from "a" ${words}to "b"`)).toBe(`from "a" ${words}to "b"`);
    expect(boundedQuotes(`unknown place "${'z'.repeat(200)}" — did you mean`)).toBe(
      `unknown place "${'z'.repeat(79)}…" — did you mean`,
    );
  });

  it('an error quotes at most an 80-character excerpt of a bad value', async () => {
    const { code, err } = await run('route', 'Xiamen', 'Hamburg', '--teu', 'x'.repeat(100_000));
    expect(code).toBe(EXIT_USAGE);
    expect(err.length).toBeLessThan(400);
    expect(err).toContain(`"${'x'.repeat(79)}…"`);
  });
});

describe('exit codes and dates', () => {
  it.each(['2026-02-30', '2025-02-29'])('route --depart %s is bad usage, not rolled forward', async (date) => {
    const { code, out, err } = await run('route', 'Xiamen', 'Hamburg', '--depart', date);
    expect(code).toBe(EXIT_USAGE);
    expect(err).toMatch(/--depart: .* not a date/);
    expect(out).toBe('');
  });

  it('an internal error (output that fails with a plain Error) exits 70 and asks for a report', async () => {
    let err = '';
    const io: CliOutput = {
      out: () => {
        throw new Error('EIO: i/o error, write');
      },
      err: (t) => (err += t),
    };
    const code = await runCli(['sources'], io);
    expect(code).toBe(EXIT_SOFTWARE);
    expect(err).toMatch(/^corridor: internal error: Error: EIO: i\/o error, write\n/);
    expect(err).toMatch(/this is a bug in corridor.*please report it/);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('the help lists the exit codes, 70 among them', async () => {
    const { out } = await run('--help');
    expect(out).toMatch(/70 an internal error/);
  });
});
