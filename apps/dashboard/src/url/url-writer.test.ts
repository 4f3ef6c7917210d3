import { describe, expect, it } from 'vitest';
import { createUrlWriter } from './url-writer';

/** A writer whose scheduled tasks run only when the test says so. */
function setUp(current = '/') {
  const written: string[] = [];
  const tasks: (() => void)[] = [];
  let addressBar = current;
  const writer = createUrlWriter(
    (url) => {
      written.push(url);
      addressBar = url;
    },
    (run) => tasks.push(run),
    () => addressBar,
  );
  const runTasks = () => {
    for (const task of tasks.splice(0)) task();
  };
  return { writer, written, tasks, runTasks };
}

describe('createUrlWriter', () => {
  it('writes nothing in the task that asks, only in the scheduled one', () => {
    const { writer, written, runTasks } = setUp();
    writer.request('/?view=data');
    expect(written).toEqual([]);
    runTasks();
    expect(written).toEqual(['/?view=data']);
  });

  it('writes only the last of several requests made in one task, scheduling one write', () => {
    const { writer, written, tasks, runTasks } = setUp();
    writer.request('/?view=data');
    writer.request('/?view=route');
    writer.request('/?view=scenarios');
    expect(tasks).toHaveLength(1);
    runTasks();
    expect(written).toEqual(['/?view=scenarios']);
  });

  it('does not write the URL already in the address bar', () => {
    const { writer, written, runTasks } = setUp('/?view=route');
    writer.request('/?view=route');
    runTasks();
    writer.request('/?view=data');
    runTasks();
    writer.request('/?view=data');
    runTasks();
    expect(written).toEqual(['/?view=data']);
  });

  it('flush() writes the pending URL at once, and the scheduled task then writes nothing more', () => {
    const { writer, written, runTasks } = setUp();
    writer.request('/?view=data');
    writer.flush();
    expect(written).toEqual(['/?view=data']);
    runTasks();
    expect(written).toEqual(['/?view=data']);
  });
});
