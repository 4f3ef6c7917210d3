/** Runs a callback when the browser is idle (`requestIdleCallback`, or a timer where there is none). */
export type WhenIdle = (run: () => void) => void;

/**
 * {@link WhenIdle} in the browser: `requestIdleCallback` where it exists (not in Safari), else a timer.
 * @example
 * browserIdle(() => console.log('idle')); // → idle, once the page has nothing else to do
 */
export const browserIdle: WhenIdle = (run) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => run(), { timeout: 2000 });
  else setTimeout(run, 200);
};
