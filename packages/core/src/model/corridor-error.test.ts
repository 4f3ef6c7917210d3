import { describe, expect, it } from 'vitest';
import { CorridorError, formatIssue } from './corridor-error.js';

describe('CorridorError', () => {
  it('formatIssue() names file, row, field, value, problem and fix on one line', () => {
    const line = formatIssue({
      file: 'terminals.csv',
      row: 7,
      field: 'lat',
      value: '95.2',
      code: 'out-of-range',
      message: 'latitude out of range',
      fix: 'use a value in -90..90',
    });
    expect(line).toBe('terminals.csv row 7, field lat: "95.2" — latitude out of range; use a value in -90..90');
  });

  it('formatIssue() leaves out the parts an issue does not have', () => {
    expect(formatIssue({ file: 'services.json', pointer: '/services/2', code: 'too-few', message: 'no stops' })).toBe(
      'services.json /services/2 — no stops',
    );
  });

  it('carries its code and every issue, and lists the issues in its message', () => {
    const error = new CorridorError('invalid-input', 'dataset data/x is invalid (2 problems)', [
      { file: 'a.csv', row: 2, code: 'invalid', message: 'first' },
      { file: 'b.csv', row: 3, code: 'invalid', message: 'second' },
    ]);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toHaveLength(2);
    expect(error.message.split('\n')).toEqual([
      'dataset data/x is invalid (2 problems)',
      '  - a.csv row 2 — first',
      '  - b.csv row 3 — second',
    ]);
  });
});
