import { describe, expect, it } from 'vitest';
import { CorridorError, formatIssue } from './corridor-error.js';
import { excerpt, MAX_EXCERPT_LENGTH } from './excerpt.js';

describe('excerpt', () => {
  it('keeps a value of at most 80 characters as it is', () => {
    const text = 'x'.repeat(MAX_EXCERPT_LENGTH);
    expect(excerpt(text)).toBe(text);
  });

  it('cuts a longer value to 80 characters, the last an ellipsis', () => {
    const cut = excerpt('y'.repeat(10_000));
    expect(cut).toHaveLength(MAX_EXCERPT_LENGTH);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('never splits a character outside the basic plane', () => {
    const cut = excerpt('🚢'.repeat(100));
    expect(Array.from(cut)).toHaveLength(MAX_EXCERPT_LENGTH);
    expect(cut.slice(0, -1)).toBe('🚢'.repeat(MAX_EXCERPT_LENGTH - 1));
  });
});

// Regression (issue 15): on main, formatIssue quoted a bad value whole, a megabyte cell included.
describe('formatIssue', () => {
  it('quotes at most an 80-character excerpt of a bad value', () => {
    const issue = {
      file: 'places.csv',
      row: 2,
      field: 'name_en',
      value: 'z'.repeat(1_000_000),
      code: 'text-too-long' as const,
      message: 'too long',
    };
    const line = formatIssue(issue);
    expect(line.length).toBeLessThan(200);
    expect(line).toContain(`"${'z'.repeat(79)}…"`);
    expect(new CorridorError('invalid-input', 'bad', [issue]).message.length).toBeLessThan(250);
  });
});
