import { describe, expect, it } from 'vitest';
import { terminalText } from './terminal-text.js';

describe('terminalText', () => {
  it('escapes an OSC title change and a clear-screen sequence so the terminal shows them as text', () => {
    const text = terminalText('Xiamen\x1b]0;pwned\x07\x1b[2J port');
    expect(text).toBe('Xiamen\\u001b]0;pwned\\u0007\\u001b[2J port');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for raw control characters
    expect(text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/u);
  });

  it('escapes DEL and the C1 controls, among them the 8-bit CSI', () => {
    expect(terminalText('a\x7fb\u009bc\u0085')).toBe('a\\u007fb\\u009bc\\u0085');
  });

  it('keeps newline, tab and the CR of a CRLF, and escapes a lone CR', () => {
    expect(terminalText('a\tb\r\nc\n')).toBe('a\tb\r\nc\n');
    expect(terminalText('safe\rspoofed')).toBe('safe\\u000dspoofed');
  });

  it('leaves text without controls as it is, Chinese and box drawing included', () => {
    const text = '厦门港 → Hamburg · 1,234.5 TEU  ██░░';
    expect(terminalText(text)).toBe(text);
  });

  it('keeps JSON valid and equal: an escaped C1 control reads back as the same character', () => {
    const json = JSON.stringify({ nameEn: 'Port\u009b' });
    expect(JSON.parse(terminalText(json))).toEqual({ nameEn: 'Port\u009b' });
  });
});
