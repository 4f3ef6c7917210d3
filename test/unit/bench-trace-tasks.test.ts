import { describe, expect, it } from 'vitest';
import { mainThreadLongTasks } from '../../bench/trace-tasks';

const MAIN = { pid: 7, tid: 1 };
const OTHER_RENDERER = { pid: 8, tid: 1 };
const thread = (at: { pid: number; tid: number }) => ({
  ...at,
  name: 'thread_name',
  ph: 'M',
  ts: 0,
  args: { name: 'CrRendererMain' },
});
const processName = (at: { pid: number; tid: number }, name: string) => ({
  ...at,
  name: 'process_name',
  ph: 'M',
  ts: 0,
  args: { name },
});
const slice = (at: { pid: number; tid: number }, name: string, startMs: number, durationMs: number) => ({
  ...at,
  name,
  ph: 'X',
  ts: startMs * 1000,
  dur: durationMs * 1000,
});

const trace = JSON.stringify({
  traceEvents: [
    processName(MAIN, 'Renderer'),
    thread(MAIN),
    processName(OTHER_RENDERER, 'WebUI Top Renderer'),
    thread(OTHER_RENDERER),
    // A map frame: 200 ms, of which 180 ms the compositor's commit (the read back), nested in two task events.
    slice(MAIN, 'ThreadControllerImpl::RunTask', 0, 200),
    slice(MAIN, 'RunTask', 0, 200),
    slice(MAIN, 'Commit', 15, 180),
    // The page's own: 80 ms of script with a small commit.
    slice(MAIN, 'RunTask', 300, 80),
    slice(MAIN, 'FunctionCall', 300, 70),
    slice(MAIN, 'Commit', 372, 5),
    // A map frame drawn but not read back: MapLibre's animation frame (a shader compile).
    slice(MAIN, 'RunTask', 500, 120),
    slice(MAIN, 'FireAnimationFrame', 500, 110),
    // Short: not a long task.
    slice(MAIN, 'RunTask', 400, 30),
    // Headless Chromium's own renderer: not a page.
    slice(OTHER_RENDERER, 'RunTask', 0, 500),
  ],
});

describe('mainThreadLongTasks', () => {
  it('lists each task over the threshold of a page renderer’s main thread once', () => {
    expect(mainThreadLongTasks(trace).map((task) => task.durationMs)).toEqual([200, 80, 120]);
  });

  it('calls a task that is mostly the map drawing or its read back a map frame, and the rest the page’s own', () => {
    expect(mainThreadLongTasks(trace).map((task) => [task.kind, task.commitMs, task.animationFrameMs])).toEqual([
      ['frame', 180, 0],
      ['page', 5, 0],
      ['frame', 0, 110],
    ]);
  });

  it('takes the threshold it is given', () => {
    expect(mainThreadLongTasks(trace, 20)).toHaveLength(4);
  });

  it('finds nothing in a trace without a renderer main thread', () => {
    expect(mainThreadLongTasks(JSON.stringify({ traceEvents: [slice(MAIN, 'RunTask', 0, 90)] }))).toEqual([]);
  });
});
