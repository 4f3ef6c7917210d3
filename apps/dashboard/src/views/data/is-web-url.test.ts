import { describe, expect, it } from 'vitest';
import { isWebUrl } from './is-web-url';

describe('isWebUrl', () => {
  it('accepts absolute http and https URLs', () => {
    expect(isWebUrl('https://railtech.com/infrastructure/2018/03/29/x')).toBe(true);
    expect(isWebUrl('http://de.brnn.com/n3/2022/1026/c416984-10163597.html')).toBe(true);
  });

  it('rejects script, data and relative URLs and garbage', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<b>x</b>',
      '/relative',
      '',
      'http//missing-colon',
    ]) {
      expect(isWebUrl(url), url).toBe(false);
    }
  });
});
