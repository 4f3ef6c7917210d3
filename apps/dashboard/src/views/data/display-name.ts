import type { Locale } from '../../i18n/locale';

/**
 * The name of a dataset row in the current language: the Chinese one in `zh` when the dataset gives one, the
 * English one otherwise. Always plain text, to be rendered as text.
 * @param row - anything with `nameEn` and maybe `nameZh`
 * @param locale - the current language
 * @returns the name to show
 * @example
 * displayName({ nameEn: 'Xiamen port', nameZh: '厦门港' }, 'zh'); // '厦门港'
 */
export function displayName(row: { readonly nameEn: string; readonly nameZh?: string }, locale: Locale): string {
  return locale === 'zh' && row.nameZh !== undefined && row.nameZh.trim() !== '' ? row.nameZh : row.nameEn;
}
