import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import stringWidth from 'string-width';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';
import { displayWidth, padEndDisplay, padStartDisplay, table, truncate } from './text-table.js';

const FUJIAN = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'data', 'fujian');

/** The display column where each of `tokens` ends in `line` (tokens found left to right). */
function endColumns(line: string, tokens: readonly string[]): number[] {
  let from = 0;
  return tokens.map((token) => {
    const at = line.indexOf(token, from);
    if (at < 0) throw new Error(`"${token}" not in "${line}"`);
    from = at + token.length;
    // Measured with string-width itself, not the helper under test.
    return stringWidth(line.slice(0, from));
  });
}

describe('displayWidth and padding', () => {
  it('counts a Chinese character as two columns and pads to display columns', () => {
    expect(displayWidth('厦门港')).toBe(6);
    expect(displayWidth(padEndDisplay('厦门', 6))).toBe(6);
    expect(padEndDisplay('厦门', 6)).toBe('厦门  ');
    expect(padStartDisplay('厦门', 6)).toBe('  厦门');
  });

  it('cuts Chinese text to the width without splitting a character, an ellipsis at the end', () => {
    const cut = truncate('厦门港海沧嵩屿港区', 8);
    expect(cut).toBe('厦门港…');
    expect(displayWidth(cut)).toBeLessThanOrEqual(8);
    expect(truncate('Xiamen Gaoqi International Airport', 12)).toBe('Xiamen Gaoq…');
  });
});

describe('table', () => {
  it('starts every column at the same display column when names are Chinese', () => {
    const text = table([
      { title: 'terminal', cells: ['厦门港海沧/嵩屿港区', 'Antwerp', '杜伊斯堡'] },
      { title: 'kind', cells: ['seaport', 'seaport', 'rail-terminal'] },
      { title: 'TEU', right: true, cells: ['1,200', '30', '7'] },
    ]);
    const lines = text.trimEnd().split('\n');
    const kindStarts = lines.map((line) => stringWidth(line.slice(0, line.search(/(kind|seaport|rail-terminal)/))));
    expect(new Set(kindStarts).size).toBe(1);
    const ends = lines.map((line) => stringWidth(line));
    expect(new Set(ends).size).toBe(1);
  });
});

describe('corridor route on a dataset named in Chinese', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-zh-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(FUJIAN, dir, { recursive: true });
  // A user's dataset in Chinese: every place and terminal's English name replaced by its Chinese one.
  for (const file of ['places.csv', 'terminals.csv']) {
    const path = join(dir, file);
    const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    for (const row of parsed.data) row.name_en = row.name_zh ?? row.name_en ?? '';
    writeFileSync(path, `${Papa.unparse(parsed.data, { columns: parsed.meta.fields, newline: '\n' })}\n`);
  }

  it('lines up the leg table: each number column ends at its heading, whatever the Chinese names before it', async () => {
    let out = '';
    const code = await runCli(['route', '厦门', '杜伊斯堡', '--objective', 'cost', '--data', dir], {
      out: (t) => (out += t),
      err: () => {},
    });
    expect(code).toBe(0);
    const lines = out.split('\n');
    const header = lines.findIndex((line) => line.trimStart().startsWith('mode  service'));
    expect(header).toBeGreaterThan(0);
    const numberTitles = ['km', 'time', 'USD', 'kg CO2e'];
    const headingEnds = endColumns(lines[header] as string, numberTitles);
    const rows = lines.slice(header + 1).filter((line) => /^ {2}(dray|sea|rail|road|air) /.test(line));
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.some((row) => /[\u4e00-\u9fff]/.test(row))).toBe(true);
    for (const row of rows) {
      const numbers = row.trimEnd().split(/ {2,}/).slice(-4);
      expect(endColumns(row, numbers)).toEqual(headingEnds);
    }
  });
});
