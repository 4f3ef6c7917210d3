import { describe, expect, it } from 'vitest';
import { isLocale, resolveLocale } from './locale';
import { readStoredLocale, storeLocale } from './stored-locale';

describe('resolveLocale', () => {
  it('prefers the URL language over the stored and browser ones', () => {
    expect(resolveLocale('en', 'zh', ['zh-CN'])).toBe('en');
  });

  it('uses the stored language when the URL names none', () => {
    expect(resolveLocale(null, 'zh', ['en-US'])).toBe('zh');
  });

  it('uses the first browser language that is English or Chinese', () => {
    expect(resolveLocale(null, null, ['fr-FR', 'zh-TW', 'en'])).toBe('zh');
    expect(resolveLocale(null, null, ['de', 'EN-gb'])).toBe('en');
  });

  it('falls back to English when nothing matches', () => {
    expect(resolveLocale(null, null, [])).toBe('en');
    expect(resolveLocale(null, null, ['fr', ''])).toBe('en');
  });
});

describe('isLocale', () => {
  it('accepts only the two language codes', () => {
    expect(isLocale('en')).toBe(true);
    expect(isLocale('zh')).toBe(true);
    expect(isLocale('zh-CN')).toBe(false);
    expect(isLocale('')).toBe(false);
  });
});

describe('stored locale', () => {
  const memoryStorage = (): Pick<Storage, 'getItem' | 'setItem'> => {
    const items = new Map<string, string>();
    return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
  };

  it('reads back the language it stored', () => {
    const storage = memoryStorage();
    storeLocale(storage, 'zh');
    expect(readStoredLocale(storage)).toBe('zh');
  });

  it('reads null from empty, missing or garbage storage', () => {
    expect(readStoredLocale(memoryStorage())).toBeNull();
    expect(readStoredLocale(undefined)).toBeNull();
    const garbage = memoryStorage();
    garbage.setItem('corridor.locale', '<script>');
    expect(readStoredLocale(garbage)).toBeNull();
  });

  it('reads null and stores nothing when storage throws', () => {
    const blocked = {
      getItem: (): string | null => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: (): void => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(readStoredLocale(blocked)).toBeNull();
    expect(() => storeLocale(blocked, 'en')).not.toThrow();
  });
});
