import type { Page } from '@playwright/test';

/** A visible text node, trimmed, with where it is. */
export interface VisibleText {
  readonly text: string;
  /** The nearest `data-testid` above it (or the element's tag), to find it again. */
  readonly where: string;
}

/**
 * Every visible text node of the page with at least one letter and nothing outside ASCII — what a translated
 * page should not show, unless it is a code, a unit or a name (the caller's allow-list decides). Placeholders of
 * text fields, `aria-label`s and `title`s count as text too: a reader sees or hears them. Text inside `lang="en"` or `translate="no"` is left
 * out: the page declares it untranslated on purpose (the dataset's English, labelled; the user's own text).
 * @param page - the test's page
 * @param root - CSS selector of the part of the page to read
 */
export async function asciiOnlyTexts(page: Page, root = 'body'): Promise<VisibleText[]> {
  return page.evaluate((selector) => {
    const found: { text: string; where: string }[] = [];
    const scope = document.querySelector(selector);
    if (scope === null) return found;
    const asciiWithLetters = (text: string): boolean => /[A-Za-z]/.test(text) && !/[^\t\n\r\x20-\x7e]/.test(text);
    // Text the page says is not in its language on purpose: the dataset's English (`lang="en"`) or the user's
    // own text (`translate="no"`).
    const declaredUntranslated = (element: Element): boolean =>
      (element.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('en') ||
      element.closest('[translate="no"]') !== null;
    const whereOf = (element: Element): string =>
      element.closest('[data-testid]')?.getAttribute('data-testid') ?? element.tagName.toLowerCase();
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const element = node.parentElement;
      if (element === null || element.closest('script, style, #glyph-specimen') !== null) continue;
      if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      if (declaredUntranslated(element)) continue;
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (asciiWithLetters(text)) found.push({ text, where: whereOf(element) });
    }
    for (const field of scope.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[placeholder]')) {
      if (!field.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) || field.value !== '') continue;
      const text = field.placeholder.trim();
      if (asciiWithLetters(text)) found.push({ text, where: `placeholder of ${whereOf(field)}` });
    }
    // What a screen reader says and a tooltip shows are read too.
    for (const element of scope.querySelectorAll('[aria-label], [title]')) {
      if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      if (declaredUntranslated(element)) continue;
      for (const name of ['aria-label', 'title']) {
        const text = (element.getAttribute(name) ?? '').trim();
        if (asciiWithLetters(text)) found.push({ text, where: `${name} of ${whereOf(element)}` });
      }
    }
    return found;
  }, root);
}
