import { INPUT_ISSUE_CODES, type InputIssue } from '@corridor/core/model';
import { describe, expect, it } from 'vitest';
import { allWorded, issueText } from './issue-text';
import { LOCALES } from './locale';
import { MESSAGES } from './messages';

const HAN = /\p{Script=Han}/u;

const issue = (code: InputIssue['code'], params?: InputIssue['params'], field?: string): InputIssue => ({
  file: 'places.csv',
  code,
  ...(params === undefined ? {} : { params }),
  ...(field === undefined ? {} : { field }),
  message: 'the library’s English',
});

describe('issueText()', () => {
  it('has a sentence and a fix for every code of the library, in every language', () => {
    for (const locale of LOCALES) {
      const messages: Readonly<Record<string, string>> = MESSAGES[locale];
      for (const code of INPUT_ISSUE_CODES) {
        expect(messages[`issue.${code}`]?.trim(), `${locale} issue.${code}`).toBeTruthy();
        expect(messages[`issue.${code}.fix`]?.trim(), `${locale} issue.${code}.fix`).toBeTruthy();
      }
    }
  });

  it('words every code in Chinese characters, with the params its sentence needs', () => {
    const params = { limitMb: 50, rows: 9, limit: 5, version: 2, supported: 1, count: 3, cells: 2, expected: 4 };
    const more = { name: 'colour', codePoint: 'U+001B', position: 1, km: 40, limitKm: 25 };
    for (const code of INPUT_ISSUE_CODES) {
      const worded = issueText('zh', issue(code, { ...params, ...more }, 'lat'));
      expect(worded, code).toBeDefined();
      expect(worded?.message, code).toMatch(HAN);
      expect(worded?.fix, code).toMatch(HAN);
      expect(worded?.message, code).not.toMatch(/\{\w+\}/);
    }
  });

  it('chooses the sentence its params allow: both bounds, one bound, or none', () => {
    expect(issueText('zh', issue('out-of-range', { min: -90, max: 90 }))?.message).toBe('此值必须在 -90 到 90 之间。');
    expect(issueText('en', issue('out-of-range', { max: 1000 }))?.message).toBe('The value must be at most 1000.');
    expect(issueText('en', issue('out-of-range', { min: 0, exclusiveMin: true, max: 5 }))?.message).toBe(
      'The value must be greater than 0 and at most 5.',
    );
    expect(issueText('en', issue('out-of-range'))?.message).toBe('The value is outside its allowed range.');
  });

  it('adds the expected form, the allowed values and a "did you mean" where the params carry them', () => {
    expect(issueText('zh', issue('invalid-format', { expected: 'date' }))?.message).toBe('此值应写成日期 YYYY-MM-DD。');
    expect(issueText('en', issue('not-allowed', { allowed: 'sea, rail', suggestion: 'sea' }))?.message).toBe(
      'The value is not one of the allowed values. Allowed: sea, rail. Did you mean sea?',
    );
    expect(issueText('zh', issue('inconsistent', { rule: 'frequency-departures', departures: 3 }))?.message).toBe(
      '班次频率与列出的 3 个发班时间不一致。',
    );
  });

  it('falls back to the code’s own sentence when a variant lacks a param, and never shows a placeholder', () => {
    expect(issueText('en', issue('missing-column'))).toBeUndefined();
    expect(issueText('en', issue('no-path', { from: 'a' }))?.message).toBe('No path of the network reaches here.');
  });

  it('is undefined for a code the catalogue lacks, so the caller shows the library’s English', () => {
    const newer = { ...issue('invalid'), code: 'from-a-newer-library' } as unknown as InputIssue;
    expect(issueText('zh', newer)).toBeUndefined();
    expect(allWorded([issue('file-missing'), newer])).toBe(false);
    expect(allWorded([issue('file-missing')])).toBe(true);
  });
});
