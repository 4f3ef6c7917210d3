import { HTML_LANG, type Locale } from './locale';
import type { MessageKey } from './messages';
import { type MessageParams, translate } from './translate';

/**
 * The reactive current language. Components read `t(...)` in their markup and re-render when `current` changes.
 * @example
 * const locale = new LocaleState('en');
 * locale.current = 'zh';
 * locale.t('view.route'); // '路线规划'
 */
export class LocaleState {
  /** The language shown now. */
  current: Locale = $state('en');

  /** @param initial - the language to start with */
  constructor(initial: Locale) {
    this.current = initial;
  }

  /** The BCP 47 tag for `<html lang>`. */
  get htmlLang(): string {
    return HTML_LANG[this.current];
  }

  /**
   * Translates a message into the current language.
   * @param key - the message key
   * @param params - values for its `{name}` placeholders
   * @returns plain text
   */
  t = (key: MessageKey, params?: MessageParams): string => translate(this.current, key, params);
}
