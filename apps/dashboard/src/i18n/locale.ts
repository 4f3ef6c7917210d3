/** The dashboard's languages: English and Simplified Chinese. */
export const LOCALES = ['en', 'zh'] as const;

/** A dashboard language. */
export type Locale = (typeof LOCALES)[number];

/** The language used when neither the URL, nor the stored choice, nor the browser asks for another. */
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's name in that language (shown as-is in the toggle, whatever the current language). */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', zh: '简体中文' };

/** BCP 47 tag written to `<html lang>` for each language. */
export const HTML_LANG: Readonly<Record<Locale, string>> = { en: 'en', zh: 'zh-CN' };

/**
 * Tells whether a string is a dashboard language.
 * @param value - any string, e.g. the `lang` URL parameter
 * @returns `true` for `en` and `zh`
 * @example
 * isLocale('zh'); // true
 */
export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/**
 * Picks the language to start with: the URL's `lang`, else the stored choice, else the first browser language
 * that is English or Chinese, else {@link DEFAULT_LOCALE}.
 * @param fromUrl - the valid `lang` URL parameter, or `null`
 * @param stored - the language stored by an earlier visit, or `null`
 * @param browserLanguages - `navigator.languages`, e.g. `['zh-CN', 'en']`
 * @returns the language to show
 * @example
 * resolveLocale(null, null, ['zh-TW', 'en-US']); // 'zh'
 */
export function resolveLocale(
  fromUrl: Locale | null,
  stored: Locale | null,
  browserLanguages: readonly string[],
): Locale {
  if (fromUrl !== null) return fromUrl;
  if (stored !== null) return stored;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0] ?? '';
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}
