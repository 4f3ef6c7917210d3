import { describe, expect, it } from 'vitest';
import { createPreparationQueue, yieldToMessages } from './preparation-queue';

/** A queue whose yielded tasks wait in `tasks` until the test runs them, as the worker's queued messages would. */
function manualQueue() {
  const tasks: (() => void)[] = [];
  const queue = createPreparationQueue((task) => tasks.push(task));
  const runOne = () => tasks.shift()?.();
  const runAll = () => {
    while (tasks.length > 0) runOne();
  };
  return { queue, tasks, runOne, runAll };
}

describe('createPreparationQueue', () => {
  it('runs nothing at once, then one step per task, lanes in the order first asked', () => {
    const { queue, tasks, runOne } = manualQueue();
    const ran: string[] = [];
    void queue.prepare('assignment', [() => ran.push('base')]);
    void queue.prepare('scenario', [() => ran.push('graphs'), () => ran.push('run')]);
    expect(ran).toEqual([]);
    expect(queue.pending).toBe(3);
    expect(tasks).toHaveLength(1);
    runOne();
    expect(ran).toEqual(['base']);
    runOne();
    runOne();
    expect(ran).toEqual(['base', 'graphs', 'run']);
    expect(queue.pending).toBe(0);
    expect(tasks).toHaveLength(0);
  });

  it('lets a request queued meanwhile go between two steps', () => {
    const { queue, tasks, runOne } = manualQueue();
    const ran: string[] = [];
    void queue.prepare('scenario', [() => ran.push('graphs'), () => ran.push('assignment')]);
    tasks.push(() => ran.push('the click'));
    runOne();
    runOne();
    runOne();
    expect(ran).toEqual(['graphs', 'the click', 'assignment']);
  });

  it('drops the steps not started of a preparation that a later one of the same lane replaces, and settles it', async () => {
    const { queue, runOne, runAll } = manualQueue();
    const ran: string[] = [];
    const first = queue.prepare('scenario', [() => ran.push('red sea: graphs'), () => ran.push('red sea: run')]);
    runOne();
    const second = queue.prepare('scenario', [() => ran.push('suez: graphs'), () => ran.push('suez: run')]);
    await first;
    runAll();
    await second;
    expect(ran).toEqual(['red sea: graphs', 'suez: graphs', 'suez: run']);
  });

  it('keeps the other lanes when one is replaced', () => {
    const { queue, runAll } = manualQueue();
    const ran: string[] = [];
    void queue.prepare('assignment', [() => ran.push('base')]);
    void queue.prepare('scenario', [() => ran.push('red sea')]);
    void queue.prepare('scenario', [() => ran.push('suez')]);
    runAll();
    expect(ran).toEqual(['base', 'suez']);
  });

  it('skips a step that throws and runs the next', async () => {
    const { queue, runAll } = manualQueue();
    const ran: string[] = [];
    const done = queue.prepare('scenario', [
      () => {
        throw new Error('unknown preset');
      },
      () => ran.push('next'),
    ]);
    runAll();
    await done;
    expect(ran).toEqual(['next']);
  });

  it('settles at once for no steps, and clear() drops every step not started', async () => {
    const { queue, runAll } = manualQueue();
    await queue.prepare('scenario', []);
    const ran: string[] = [];
    const waiting = queue.prepare('scenario', [() => ran.push('old dataset')]);
    queue.clear();
    await waiting;
    runAll();
    expect(ran).toEqual([]);
    expect(queue.pending).toBe(0);
  });

  it('by default yields behind the messages already queued', async () => {
    const queue = createPreparationQueue(yieldToMessages);
    const ran: string[] = [];
    const done = queue.prepare('scenario', [() => ran.push('step')]);
    expect(ran).toEqual([]);
    await done;
    expect(ran).toEqual(['step']);
  });
});
