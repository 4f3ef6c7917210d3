import { isLocale, type Locale } from './locale';

/** localStorage key holding the last chosen language. */
export const LOCALE_STORAGE_KEY = 'corridor.locale';

/**
 * Reads the language chosen on an earlier visit. Storage that is missing, blocked or holds garbage reads as `null`.
 * @param storage - usually `window.localStorage`; `undefined` when unavailable
 * @returns the stored language, or `null`
 */
export function readStoredLocale(storage: Pick<Storage, 'getItem'> | undefined): Locale | null {
  try {
    const value = storage?.getItem(LOCALE_STORAGE_KEY) ?? null;
    return value !== null && isLocale(value) ? value : null;
  } catch {
    return null; // storage blocked (privacy mode, sandboxed frame): start from the other sources
  }
}

/**
 * Remembers the chosen language for the next visit; does nothing when storage is unavailable or full.
 * @param storage - usually `window.localStorage`
 * @param locale - the language to remember
 */
export function storeLocale(storage: Pick<Storage, 'setItem'> | undefined, locale: Locale): void {
  try {
    storage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not remembering the language is harmless: the URL still carries it.
  }
}

/**
 * The page's localStorage, or `undefined` where merely touching it throws (storage disabled, opaque origins).
 * @returns the storage, if any
 */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
