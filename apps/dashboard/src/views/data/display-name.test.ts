import { describe, expect, it } from 'vitest';
import { displayName } from './display-name';

describe('displayName', () => {
  const port = { nameEn: 'Xiamen Port – Haicang/Songyu container area', nameZh: '厦门港海沧/嵩屿港区' };

  it('gives the English name in English and the Chinese name in Chinese', () => {
    expect(displayName(port, 'en')).toBe('Xiamen Port – Haicang/Songyu container area');
    expect(displayName(port, 'zh')).toBe('厦门港海沧/嵩屿港区');
  });

  it('falls back to the English name when there is no Chinese one, or a blank one', () => {
    expect(displayName({ nameEn: 'Xiamen–Singapore shuttle' }, 'zh')).toBe('Xiamen–Singapore shuttle');
    expect(displayName({ nameEn: 'Changi', nameZh: '  ' }, 'zh')).toBe('Changi');
  });

  it('returns markup in a name as the same plain text', () => {
    expect(displayName({ nameEn: '<img src=x onerror=alert(1)>' }, 'en')).toBe('<img src=x onerror=alert(1)>');
  });
});
