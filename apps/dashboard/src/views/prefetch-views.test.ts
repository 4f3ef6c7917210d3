import { describe, expect, it } from 'vitest';
import { type PrefetchableView, prefetchViews } from './prefetch-views';

/** A view that records when it was loaded; `fails` makes its load reject. */
function fakeView(name: string, log: string[], options: { pending?: boolean; fails?: boolean } = {}) {
  const view = {
    pending: options.pending ?? true,
    prefetch: async () => {
      log.push(`load ${name}`);
      if (options.fails) throw new Error(`${name}: chunk failed`);
      view.pending = false;
    },
  };
  return view satisfies PrefetchableView;
}

describe('prefetchViews', () => {
  it('loads each pending view in its own idle period, in order, and skips the views already loaded', async () => {
    const log: string[] = [];
    const idle = (run: () => void) => {
      log.push('idle');
      queueMicrotask(run);
    };
    const views = [fakeView('route', log, { pending: false }), fakeView('utilization', log), fakeView('data', log)];
    await prefetchViews(views, idle);
    expect(log).toEqual(['idle', 'load utilization', 'idle', 'load data']);
    expect(views.every((view) => !view.pending)).toBe(true);
  });

  it('waits for the browser to be idle before loading anything', async () => {
    const log: string[] = [];
    let idleRun: (() => void) | undefined;
    const done = prefetchViews([fakeView('scenarios', log)], (run) => {
      idleRun = run;
    });
    await Promise.resolve();
    expect(log).toEqual([]);
    idleRun?.();
    await done;
    expect(log).toEqual(['load scenarios']);
  });

  it('goes on with the next view when one fails to load, leaving the failed one pending', async () => {
    const log: string[] = [];
    const failing = fakeView('scenarios', log, { fails: true });
    await prefetchViews([failing, fakeView('data', log)], (run) => run());
    expect(log).toEqual(['load scenarios', 'load data']);
    expect(failing.pending).toBe(true);
  });
});
