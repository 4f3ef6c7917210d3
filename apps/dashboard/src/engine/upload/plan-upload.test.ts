import { describe, expect, it } from 'vitest';
import { MAX_DATASET_BYTES, MAX_DATASET_FILES } from '../../shared/dataset-limits';
import { planUpload } from './plan-upload';

describe('planUpload', () => {
  it('knows files by their name without folders, in the order chosen', () => {
    expect(
      planUpload([
        { path: 'tiny/places.csv', size: 10 },
        { path: 'terminals.csv', size: 10 },
        { path: 'C:\\data\\tiny\\sources.csv', size: 10 },
      ]),
    ).toEqual({
      ok: true,
      files: [
        { index: 0, name: 'places.csv' },
        { index: 1, name: 'terminals.csv' },
        { index: 2, name: 'sources.csv' },
      ],
    });
  });

  it('skips hidden files and everything in hidden folders', () => {
    const plan = planUpload([
      { path: 'tiny/.DS_Store', size: 6148 },
      { path: 'tiny/.git/config', size: 10 },
      { path: 'tiny/places.csv', size: 10 },
    ]);
    expect(plan).toEqual({ ok: true, files: [{ index: 2, name: 'places.csv' }] });
  });

  it('refuses an empty choice, or one of hidden files only', () => {
    expect(planUpload([])).toEqual({ ok: false, problems: [{ kind: 'no-files' }] });
    expect(planUpload([{ path: '.hidden', size: 1 }])).toEqual({ ok: false, problems: [{ kind: 'no-files' }] });
  });

  it('refuses two files with one name, naming both paths', () => {
    expect(
      planUpload([
        { path: 'a/places.csv', size: 1 },
        { path: 'b/places.csv', size: 1 },
      ]),
    ).toEqual({
      ok: false,
      problems: [{ kind: 'duplicate-name', name: 'places.csv', paths: ['a/places.csv', 'b/places.csv'] }],
    });
  });

  it('refuses more bytes than the limit, before reading anything', () => {
    const plan = planUpload([
      { path: 'places.csv', size: MAX_DATASET_BYTES },
      { path: 'terminals.csv', size: 1 },
    ]);
    expect(plan).toEqual({
      ok: false,
      problems: [{ kind: 'too-large', totalBytes: MAX_DATASET_BYTES + 1, limitBytes: MAX_DATASET_BYTES }],
    });
  });

  it('accepts exactly the limit of bytes', () => {
    expect(planUpload([{ path: 'places.csv', size: MAX_DATASET_BYTES }]).ok).toBe(true);
  });

  it('refuses more files than a dataset can have, and a size over the limit, together', () => {
    const many = Array.from({ length: MAX_DATASET_FILES + 1 }, (_, k) => ({
      path: `f${k}.csv`,
      size: MAX_DATASET_BYTES,
    }));
    const plan = planUpload(many);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.problems.map((problem) => problem.kind)).toEqual(['too-many', 'too-large']);
  });
});
