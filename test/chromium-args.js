// Plain JS so that both the Playwright config and any script can import it without TypeScript loader trouble.
// See ../../shared/TOOLCHAIN.md §3: Debian chromium, software WebGL through SwiftShader, nothing phoning home.

/** Chromium to drive: Debian's package, unless CHROMIUM_PATH says otherwise. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags verified to give WebGL2 (ANGLE → SwiftShader) headless as root, with no background network traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The same without `--disable-gpu`: WebGL is still SwiftShader's (software), but the page is composited in the GPU
 * process, as on a machine with a GPU, so a WebGL frame is not read back on the main thread. For the benchmark's
 * second reading and the tests of what differs between the two (`e2e/map-warm-up.spec.ts`).
 */
export const GPU_COMPOSITING_ARGS = [
  ...CHROMIUM_ARGS.filter((arg) => arg !== '--disable-gpu'),
  '--use-gl=angle',
  '--use-angle=swiftshader',
];
