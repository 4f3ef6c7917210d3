import { describe, expect, it } from 'vitest';
import { translate } from './translate';

describe('translate', () => {
  it('returns the message in the requested language', () => {
    expect(translate('en', 'view.route')).toBe('Route planner');
    expect(translate('zh', 'view.route')).toBe('路线规划');
  });

  it('fills named placeholders with strings and numbers', () => {
    expect(translate('en', 'data.showing', { shown: 3, total: 195 })).toBe('Showing 3 of 195');
    expect(translate('zh', 'data.showing', { shown: 3, total: 195 })).toBe('显示 3 / 195 条');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(translate('en', 'data.showing', { shown: 3 })).toBe('Showing 3 of {total}');
  });

  it('inserts values literally, without interpreting $ patterns or markup', () => {
    expect(translate('en', 'data.noMatch', { query: "$& <b>x</b> $'" })).toBe("No source matches “$& <b>x</b> $'”.");
  });
});
