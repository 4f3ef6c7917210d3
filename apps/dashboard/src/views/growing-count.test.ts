import { describe, expect, it } from 'vitest';
import { GrowingCount, type LaterTask } from './growing-count.svelte';

/** A scheduler the test runs by hand: each `runNext()` is one later task. */
function manualTasks(): { later: LaterTask; runNext: () => boolean; pending: () => number } {
  const queue: (() => void)[] = [];
  return {
    later: (step) => {
      queue.push(step);
      return () => {
        const index = queue.indexOf(step);
        if (index >= 0) queue.splice(index, 1);
      };
    },
    runNext: () => {
      const step = queue.shift();
      step?.();
      return step !== undefined;
    },
    pending: () => queue.length,
  };
}

describe('GrowingCount', () => {
  it('shows one step at once and one more in each later task, up to the total', () => {
    const tasks = manualTasks();
    const drawn = new GrowingCount(80, tasks.later);
    drawn.restart(200);
    const counts = [drawn.count];
    while (tasks.runNext()) counts.push(drawn.count);
    expect(counts).toEqual([80, 160, 200]);
    expect(tasks.pending()).toBe(0);
  });

  it('schedules nothing when one step covers the total', () => {
    const tasks = manualTasks();
    const drawn = new GrowingCount(3, tasks.later);
    drawn.restart(2);
    expect(drawn.count).toBe(2);
    expect(tasks.pending()).toBe(0);
  });

  it('starts over on restart, dropping the growth still pending', () => {
    const tasks = manualTasks();
    const drawn = new GrowingCount(1, tasks.later);
    drawn.restart(5);
    tasks.runNext();
    expect(drawn.count).toBe(2);
    drawn.restart(3);
    expect(drawn.count).toBe(1);
    expect(tasks.pending()).toBe(1);
    while (tasks.runNext());
    expect(drawn.count).toBe(3);
  });

  it('jumps to the total on finish and stops growing', () => {
    const tasks = manualTasks();
    const drawn = new GrowingCount(10, tasks.later);
    drawn.restart(100);
    drawn.finish(100);
    expect(drawn.count).toBe(100);
    expect(tasks.pending()).toBe(0);
  });

  it('shows none of an empty list', () => {
    const drawn = new GrowingCount(10, manualTasks().later);
    drawn.restart(0);
    expect(drawn.count).toBe(0);
  });
});
