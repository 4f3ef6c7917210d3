import { describe, expect, it } from 'vitest';
import { LayerProgramWarmer } from './layer-program-warmer';
import type { LayerWarmUp } from './warm-layer-programs';

const warmUp = (name: string): LayerWarmUp => ({ layers: [], properties: { name } });

/** Idle periods that come only when the test lets them. */
function manualIdle() {
  const waiting: (() => void)[] = [];
  return {
    whenIdle: (run: () => void) => waiting.push(run),
    /** Runs the next idle callback, then lets the promises it starts settle. */
    async next() {
      waiting.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    get waiting() {
      return waiting.length;
    },
  };
}

describe('LayerProgramWarmer', () => {
  it('draws the warm-ups queued by the next idle period in one frame, and later ones in a later frame', async () => {
    const idle = manualIdle();
    const frames: string[] = [];
    const warmer = new LayerProgramWarmer(async (batch, prefix) => {
      frames.push(`${prefix}: ${batch.map((w) => w.properties.name).join(', ')}`);
    }, idle.whenIdle);
    warmer.add([warmUp('route')]);
    warmer.add([warmUp('legs'), warmUp('nodes')]);
    expect(frames).toEqual([]);
    await idle.next();
    expect(frames).toEqual(['warm-up-0: route, legs, nodes']);
    warmer.add([warmUp('delta')]);
    await idle.next();
    expect(frames).toEqual(['warm-up-0: route, legs, nodes', 'warm-up-1: delta']);
    expect(warmer.drawn).toBe(4);
  });

  it('draws a warm-up added twice once', async () => {
    const idle = manualIdle();
    const route = warmUp('route');
    let drawn = 0;
    const warmer = new LayerProgramWarmer(async (batch) => {
      drawn += batch.length;
    }, idle.whenIdle);
    warmer.add([route]);
    await idle.next();
    warmer.add([route, warmUp('legs')]);
    await idle.next();
    await idle.next();
    expect(drawn).toBe(2);
  });

  it('goes on after a frame that fails', async () => {
    const idle = manualIdle();
    const drawn: string[] = [];
    const warmer = new LayerProgramWarmer(async (batch) => {
      if (batch.some((w) => w.properties.name === 'lost')) throw new Error('context lost');
      drawn.push(...batch.map((w) => String(w.properties.name)));
    }, idle.whenIdle);
    warmer.add([warmUp('lost')]);
    await idle.next();
    warmer.add([warmUp('legs')]);
    await idle.next();
    expect(drawn).toEqual(['legs']);
  });

  it('draws nothing once stopped, not even the warm-ups already waiting for their idle period', async () => {
    const idle = manualIdle();
    let frames = 0;
    const warmer = new LayerProgramWarmer(async () => {
      frames += 1;
    }, idle.whenIdle);
    warmer.add([warmUp('route'), warmUp('legs')]);
    warmer.stop();
    await idle.next();
    expect(frames).toBe(0);
  });
});
