/**
 * Tells whether a URL from a dataset may become a link: only absolute `http:` and `https:` URLs do, so a
 * `javascript:` or `data:` value is shown as text at most, never followed.
 * @param url - a URL from the data
 * @returns `true` for a well-formed http(s) URL
 * @example
 * isWebUrl('https://www.imorules.com/'); // true
 * isWebUrl('javascript:alert(1)'); // false
 */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
