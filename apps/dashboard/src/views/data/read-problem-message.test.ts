import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../../i18n/messages';
import { type MessageParams, translate } from '../../i18n/translate';
import { MAX_DATASET_BYTES } from '../../shared/dataset-limits';
import { readProblemMessage } from './read-problem-message';

const en = (key: MessageKey, params?: MessageParams): string => translate('en', key, params);
const zh = (key: MessageKey, params?: MessageParams): string => translate('zh', key, params);

describe('readProblemMessage', () => {
  it('states the size and the limit in MB when the files are too large', () => {
    const problem = { kind: 'too-large', totalBytes: 34.25 * 1024 * 1024, limitBytes: MAX_DATASET_BYTES } as const;
    expect(readProblemMessage(problem, en)).toBe(
      'The files add up to 34.3 MB, more than the limit of 20 MB. Choose only the dataset’s files.',
    );
    expect(readProblemMessage(problem, zh)).toBe('文件合计 34.3 MB，超过 20 MB 的上限。请只选择数据集的文件。');
  });

  it('names the file that is not UTF-8 and how to fix it', () => {
    expect(readProblemMessage({ kind: 'not-utf8', file: 'places.csv' }, en)).toBe(
      'places.csv is not UTF-8 text. Save it as UTF-8 (“CSV UTF-8” in spreadsheet programs).',
    );
  });

  it('names both paths of a duplicate name', () => {
    expect(
      readProblemMessage({ kind: 'duplicate-name', name: 'places.csv', paths: ['a/places.csv', 'b/places.csv'] }, en),
    ).toContain('a/places.csv, b/places.csv');
  });

  it('has a message for every kind of problem, in both languages', () => {
    const problems = [
      { kind: 'no-files' },
      { kind: 'too-many', count: 60, limit: 50 },
      { kind: 'unreadable', file: 'x.csv' },
    ] as const;
    for (const problem of problems) {
      expect(readProblemMessage(problem, en)).not.toMatch(/\{\w+\}/);
      expect(readProblemMessage(problem, zh)).not.toMatch(/\{\w+\}/);
    }
  });
});
