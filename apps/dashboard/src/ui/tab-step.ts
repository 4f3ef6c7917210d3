/**
 * Where the WAI-ARIA tabs pattern moves focus for a key: ←/→ to the previous/next tab (wrapping around),
 * Home/End to the first/last.
 * @param key - `KeyboardEvent.key`
 * @param index - the index of the current tab
 * @param count - how many tabs there are
 * @returns the index to select, or `null` for a key the pattern does not use (or no tabs)
 * @example
 * tabStep('ArrowRight', 3, 4); // 0 — wraps around
 */
export function tabStep(key: string, index: number, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
