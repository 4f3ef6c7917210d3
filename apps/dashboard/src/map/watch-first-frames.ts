/** The little of a MapLibre map that {@link watchFirstFrames} uses. */
export interface FrameSource {
  on(event: 'render', listener: () => void): unknown;
  off(event: 'render', listener: () => void): unknown;
  once(event: 'idle', listener: () => void): unknown;
}

/**
 * Times the frames a map draws until it is first idle, each from MapLibre's `render` to the end of its task: the
 * compositor's commit, which under software compositing waits for the WebGL canvas to be drawn and read back
 * (55–320 ms a frame with SwiftShader; under 5 ms with a GPU). A message posted at `render` is delivered in a task
 * after the frame's, so its delay is that rest of the frame. Calls `onSlow` (at most once) when a frame's rest
 * takes over `slowMs`; stops listening at the first `idle`, and then calls `onIdle` with every frame's rest.
 * @param map - the map, just created
 * @param slowMs - a frame slower than this is slow
 * @param onSlow - called once, when the first slow frame ends
 * @param onIdle - called at the first `idle` with the rest of each frame timed so far, ms, in order
 * @example
 * watchFirstFrames(map, 100, () => (slowFrames = true)); // the first flight then jumps
 */
export function watchFirstFrames(
  map: FrameSource,
  slowMs: number,
  onSlow: () => void,
  onIdle?: (frameRestsMs: readonly number[]) => void,
): void {
  const channel = new MessageChannel();
  const restsMs: number[] = [];
  let renderedAt: number | undefined;
  let watching = true;
  let reported = false;
  channel.port1.onmessage = () => {
    const restMs = renderedAt === undefined ? undefined : performance.now() - renderedAt;
    if (restMs !== undefined && watching) restsMs.push(restMs);
    if (restMs !== undefined && restMs > slowMs && !reported) {
      reported = true;
      onSlow();
    }
    renderedAt = undefined;
    if (!watching) channel.port1.close();
  };
  const onRender = () => {
    if (renderedAt !== undefined) return; // the frame before has not ended its task yet
    renderedAt = performance.now();
    channel.port2.postMessage(null);
  };
  map.on('render', onRender);
  map.once('idle', () => {
    map.off('render', onRender);
    watching = false;
    onIdle?.(restsMs);
    // The last frame's message may still be on its way: then the port closes once it has been read.
    if (renderedAt === undefined) channel.port1.close();
  });
}
