import { afterEach, describe, expect, it, vi } from 'vitest';
import { type FrameSource, watchFirstFrames } from './watch-first-frames';

/** A map that only emits `render` and `idle` when told to. */
function fakeMap() {
  const listeners = { render: new Set<() => void>(), idle: new Set<() => void>() };
  const map: FrameSource = {
    on: (event, listener) => listeners[event].add(listener),
    off: (event, listener) => listeners[event].delete(listener),
    once: (event, listener) => {
      const wrapped = () => {
        listeners[event].delete(wrapped);
        listener();
      };
      listeners[event].add(wrapped);
    },
  };
  const emit = (event: keyof typeof listeners) => {
    for (const listener of [...listeners[event]]) listener();
  };
  return { map, emit, listeners };
}

/** Lets the frame's message through (MessageChannel delivers in a later task). */
const nextTasks = () => new Promise((resolve) => setTimeout(resolve, 20));

/** Makes `performance.now()` answer these times, in order. */
function clockAt(...timesMs: number[]) {
  const now = vi.spyOn(performance, 'now');
  for (const time of timesMs) now.mockReturnValueOnce(time);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('watchFirstFrames', () => {
  it('reports a frame whose task ends more than the threshold after MapLibre drew it', async () => {
    const { map, emit } = fakeMap();
    const onSlow = vi.fn();
    watchFirstFrames(map, 100, onSlow);
    clockAt(1000, 1150);
    emit('render');
    await nextTasks();
    expect(onSlow).toHaveBeenCalledTimes(1);
  });

  it('does not report frames that end within the threshold', async () => {
    const { map, emit } = fakeMap();
    const onSlow = vi.fn();
    watchFirstFrames(map, 100, onSlow);
    clockAt(1000, 1004, 2000, 2090);
    emit('render');
    await nextTasks();
    emit('render');
    await nextTasks();
    expect(onSlow).not.toHaveBeenCalled();
  });

  it('reports once, however many slow frames follow', async () => {
    const { map, emit } = fakeMap();
    const onSlow = vi.fn();
    watchFirstFrames(map, 100, onSlow);
    clockAt(0, 300, 400, 700);
    emit('render');
    await nextTasks();
    emit('render');
    await nextTasks();
    expect(onSlow).toHaveBeenCalledTimes(1);
  });

  it('stops timing frames once the map is first idle', async () => {
    const { map, emit, listeners } = fakeMap();
    const onSlow = vi.fn();
    watchFirstFrames(map, 100, onSlow);
    emit('idle');
    clockAt(0, 500);
    emit('render');
    await nextTasks();
    expect(listeners.render.size).toBe(0);
    expect(onSlow).not.toHaveBeenCalled();
  });

  it('hands over the rest of every frame timed, at the first idle', async () => {
    const { map, emit } = fakeMap();
    const onIdle = vi.fn();
    watchFirstFrames(map, 100, () => undefined, onIdle);
    clockAt(1000, 1150, 2000, 2004);
    emit('render');
    await nextTasks();
    emit('render');
    await nextTasks();
    emit('idle');
    expect(onIdle).toHaveBeenCalledWith([150, 4]);
  });
});
