import { describe, expect, it } from 'vitest';
import { CATALOGUE_PARTS, en, MESSAGES, zh } from './messages';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

describe('message catalogue', () => {
  it('has exactly the same keys in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('has no empty or blank message in any language', () => {
    for (const [locale, messages] of Object.entries(MESSAGES)) {
      for (const [key, text] of Object.entries(messages)) {
        expect(text.trim(), `${locale} ${key}`).not.toBe('');
      }
    }
  });

  it('uses the same placeholders in both languages for every key', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('has a Chinese label for every view that differs from the English one', () => {
    for (const key of ['view.route', 'view.utilization', 'view.scenarios', 'view.data'] as const) {
      expect(zh[key]).not.toBe(en[key]);
    }
  });

  it("takes each view's messages from its folder, and no key from two parts", () => {
    expect(en['view.route']).toBe('Route planner');
    expect(en['data.showing']).toBe('Showing {shown} of {total}');
    const keys = CATALOGUE_PARTS.flatMap((part) => Object.keys(part.en));
    expect(keys.length).toBe(new Set(keys).size);
    expect(keys.length).toBe(Object.keys(en).length);
  });
});
