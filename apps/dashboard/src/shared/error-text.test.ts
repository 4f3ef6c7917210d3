import { describe, expect, it } from 'vitest';
import { errorText } from './error-text';

describe('errorText()', () => {
  it('is the message alone when there is no issue', () => {
    expect(errorText({ message: 'run an assignment first', issues: [] })).toBe('run an assignment first');
  });

  it('puts each issue on a line of its own after the message, with its field, value and fix', () => {
    const text = errorText({
      message: 'maxflow request: 1 problem',
      issues: [{ file: 'maxflow request', field: 'from', value: 'Atlantis', message: 'unknown place', fix: 'try X' }],
    });
    expect(text.split('\n')).toEqual([
      'maxflow request: 1 problem',
      'maxflow request, field from: "Atlantis" — unknown place; try X',
    ]);
  });
});
