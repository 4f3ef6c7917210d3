/**
 * Labels of the regions places are grouped by (`region:<id>` in the bottleneck pickers): the regions of the
 * Fujian dataset have a message in each language (`util.regionName.<id>`); a region of a user's own dataset that
 * has none is shown by its id.
 */
import type { Locale } from '../i18n/locale';
import { MESSAGES, type MessageKey } from '../i18n/messages';
import { translate } from '../i18n/translate';

/** Prefix of a region's message key. */
const PREFIX = 'util.regionName.';

/** A region as a picker shows it. */
export interface RegionOption {
  /** The region id, as the places list it (`fujian`, `central-asia`, …). */
  readonly id: string;
  readonly label: string;
}

/**
 * The label of a region in a language.
 * @param locale - the language
 * @param region - the region id
 * @returns its translated name, or the id when the catalogue has none
 * @example
 * regionLabel('zh', 'central-asia'); // '中亚'
 * regionLabel('en', 'my-region'); // 'my-region'
 */
export function regionLabel(locale: Locale, region: string): string {
  const key = `${PREFIX}${region}`;
  return Object.hasOwn(MESSAGES[locale], key) ? translate(locale, key as MessageKey) : region;
}

/**
 * The regions as a picker lists them: labelled in the language and sorted by label (in Chinese, by the
 * collation of `zh-CN`, i.e. pinyin).
 * @param locale - the language
 * @param regions - region ids
 * @returns one option per id
 */
export function regionOptions(locale: Locale, regions: readonly string[]): RegionOption[] {
  const collator = new Intl.Collator(locale === 'zh' ? 'zh-CN' : 'en');
  return regions
    .map((id) => ({ id, label: regionLabel(locale, id) }))
    .sort((a, b) => collator.compare(a.label, b.label) || a.id.localeCompare(b.id));
}
