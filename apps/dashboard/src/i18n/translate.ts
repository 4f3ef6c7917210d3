import type { Locale } from './locale';
import { MESSAGES, type MessageKey } from './messages';

/** Values for a message's `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Looks a message up in one language and fills its `{name}` placeholders. A placeholder without a value is
 * left as written, so a missing parameter shows up on screen instead of vanishing.
 * @param locale - the language
 * @param key - the message key
 * @param params - placeholder values; numbers are written with `String()`
 * @returns the message text (plain text, never HTML)
 * @example
 * translate('en', 'data.showing', { shown: 3, total: 195 }); // 'Showing 3 of 195'
 */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return MESSAGES[locale][key].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}
