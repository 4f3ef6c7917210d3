/**
 * A value built on first use and kept: for module-level data that costs time to build (zod schemas) and that
 * many programs never use, so that importing the module stays cheap.
 *
 * @param build - builds the value (called once, on the first call of the returned function)
 * @returns a function that returns the value
 * @example
 * ```ts
 * import { once } from '@corridor/core/model';
 *
 * let builds = 0;
 * const table = once(() => {
 *   builds++;
 *   return new Map([['CNXMN', 'Xiamen']]);
 * });
 * console.log(table().get('CNXMN'), table() === table(), builds); // → Xiamen true 1
 * ```
 */
export function once<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}
