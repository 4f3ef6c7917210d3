import { describe, expect, it } from 'vitest';
import { MAX_DATASET_BYTES, MAX_DATASET_FILES } from '../../shared/dataset-limits';
import { editedTinyDataset, TINY_DATASET_FILES } from '../../test-support/tiny-dataset';
import { tryLoadNetwork } from './try-load-network';

describe('tryLoadNetwork', () => {
  it('loads a valid dataset', () => {
    const result = tryLoadNetwork(TINY_DATASET_FILES);
    expect(result.ok && result.network.terminals.length).toBe(7);
  });

  it('returns every located problem instead of throwing', () => {
    const result = tryLoadNetwork(
      editedTinyDataset('places.csv', (text) => text.replace('118.089,24.480', '118.089,95')),
    );
    expect(result).toEqual({
      ok: false,
      issues: [expect.objectContaining({ file: 'places.csv', row: 2, field: 'lat', value: '95' })],
    });
  });

  it('refuses more than the limit of files or bytes before parsing anything', () => {
    const many = Object.fromEntries(Array.from({ length: MAX_DATASET_FILES + 1 }, (_, k) => [`f${k}.txt`, '']));
    expect(tryLoadNetwork(many)).toMatchObject({ ok: false, issues: [{ file: '(dataset)' }] });
    const huge = { ...TINY_DATASET_FILES, 'notes.txt': 'x'.repeat(MAX_DATASET_BYTES) };
    const result = tryLoadNetwork(huge);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.message).toMatch(/more than the limit/);
  });

  it('counts multi-byte characters by their UTF-8 size', () => {
    // 厦 is 3 bytes in UTF-8: a third of the limit in characters is just over the limit in bytes.
    const chinese = { ...TINY_DATASET_FILES, 'notes.txt': '厦'.repeat(Math.ceil(MAX_DATASET_BYTES / 3) + 1) };
    expect(tryLoadNetwork(chinese).ok).toBe(false);
  });
});
