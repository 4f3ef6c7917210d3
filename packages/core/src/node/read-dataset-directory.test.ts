// Regression tests for issue 15, point 1 (file-system oddities): on `main` a broken symbolic link threw a raw
// ENOENT, and a folder named like a dataset file was skipped as if the file were missing.
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TINY_DATASET_DIR, tinyDataset } from '../../test/tiny-dataset.js';
import { CorridorError } from '../model/corridor-error.js';
import { readDatasetDirectory } from './read-dataset-directory.js';

const made: string[] = [];

/** A copy of the tiny dataset in a fresh temporary folder. */
function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-dataset-'));
  made.push(dir);
  cpSync(TINY_DATASET_DIR, dir, { recursive: true });
  return dir;
}

/** The issues of the `CorridorError` reading `dir` throws. */
function readIssues(dir: string) {
  try {
    readDatasetDirectory(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(CorridorError);
    expect((error as CorridorError).code).toBe('invalid-input');
    return (error as CorridorError).issues;
  }
  throw new Error('expected reading the folder to fail');
}

afterEach(() => {
  for (const dir of made.splice(0)) {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('readDatasetDirectory', () => {
  it('reads every file of a folder, as the loader expects them', () => {
    expect(Object.keys(readDatasetDirectory(copy())).sort()).toEqual(Object.keys(tinyDataset).sort());
  });

  it('follows a symbolic link to a file', () => {
    const dir = copy();
    rmSync(join(dir, 'places.csv'));
    symlinkSync(join(TINY_DATASET_DIR, 'places.csv'), join(dir, 'places.csv'));
    expect(readDatasetDirectory(dir)['places.csv']).toBe(tinyDataset['places.csv']);
  });

  it('reports a broken symbolic link by name, instead of throwing ENOENT', () => {
    const dir = copy();
    symlinkSync(join(dir, 'no-such-file.csv'), join(dir, 'notes.md'));
    expect(readIssues(dir)).toEqual([
      expect.objectContaining({ file: 'notes.md', message: expect.stringMatching(/symbolic link to nothing/) }),
    ]);
  });

  it('reports a loop of symbolic links', () => {
    const dir = copy();
    symlinkSync(join(dir, 'b.json'), join(dir, 'a.json'));
    symlinkSync(join(dir, 'a.json'), join(dir, 'b.json'));
    const issues = readIssues(dir);
    expect(issues.map((issue) => issue.file).sort()).toEqual(['a.json', 'b.json']);
    for (const issue of issues) expect(issue.fix).toBeTruthy();
  });

  it('reports a folder where a dataset file belongs, and leaves other subfolders alone', () => {
    const dir = copy();
    rmSync(join(dir, 'corridors.json'));
    mkdirSync(join(dir, 'corridors.json'));
    mkdirSync(join(dir, 'notes'));
    expect(readIssues(dir)).toEqual([
      expect.objectContaining({ file: 'corridors.json', message: 'is a folder, where the format expects a file' }),
    ]);
  });

  it('reports a dataset file that is not UTF-8, and ignores a binary file the format does not name', () => {
    const dir = copy();
    writeFileSync(join(dir, 'places.csv'), Buffer.from([0x69, 0x64, 0x2c, 0xff, 0xfe, 0x0a]));
    writeFileSync(join(dir, '.DS_Store'), Buffer.from([0x00, 0xff, 0x80]));
    expect(readIssues(dir)).toEqual([expect.objectContaining({ file: 'places.csv', message: 'is not UTF-8 text' })]);
  });

  // Root reads any file whatever its mode, so this case can only be shown to a normal user.
  it.skipIf(process.getuid?.() === 0)('reports a file it has no permission to read', () => {
    const dir = copy();
    chmodSync(join(dir, 'places.csv'), 0o000);
    expect(readIssues(dir)).toEqual([
      expect.objectContaining({ file: 'places.csv', message: 'cannot be read: permission denied' }),
    ]);
  });

  it('refuses a path that is not a folder, with invalid-argument', () => {
    const dir = copy();
    expect(() => readDatasetDirectory(join(dir, 'places.csv'))).toThrow(/does not exist or is not a folder/);
    expect(() => readDatasetDirectory(join(dir, 'nowhere'))).toThrow(/does not exist or is not a folder/);
  });
});
