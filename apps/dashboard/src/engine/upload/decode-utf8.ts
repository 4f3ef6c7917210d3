/**
 * Decodes bytes as UTF-8 text, strictly: a byte-order mark is dropped, and anything that is not valid UTF-8 (a
 * file saved as GBK or Latin-1, an image, a spreadsheet) gives `null` instead of text full of `�`.
 * @param bytes - the file's content
 * @returns the text, or `null` when the bytes are not UTF-8
 * @example
 * decodeUtf8(new TextEncoder().encode('厦门')); // '厦门'
 * decodeUtf8(new Uint8Array([0xff, 0xfe, 0x41])); // null
 */
export function decodeUtf8(bytes: ArrayBuffer | Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
