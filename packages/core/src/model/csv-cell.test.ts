import { describe, expect, it } from 'vitest';
import { csvTextCell } from './csv-cell.js';

describe('csvTextCell', () => {
  it.each(['=HYPERLINK("http://example.com","x")', '+1+1', '-2+3', '@SUM(1)', '\tXiamen', '\rXiamen'])(
    'prefixes %j with an apostrophe, so a spreadsheet reads it as text',
    (text) => {
      expect(csvTextCell(text)).toBe(`'${text}`);
    },
  );

  it('leaves text that starts otherwise as it is', () => {
    expect(csvTextCell('Xiamen port')).toBe('Xiamen port');
    expect(csvTextCell('厦门港')).toBe('厦门港');
    expect(csvTextCell('')).toBe('');
    expect(csvTextCell('a=b')).toBe('a=b');
  });
});
