import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium-args.js';
import { E2E_ORIGIN, E2E_PORT } from './e2e-origin.js';

/**
 * End-to-end tests of the built dashboard in Debian Chromium (headless, software WebGL), served by `vite preview`
 * on 127.0.0.1:4173 (or E2E_PORT, so two checkouts can test side by side). Build the dashboard first (`pnpm --filter @corridor/dashboard build`); the root test script
 * does. The JSON report at ../.reports/e2e.json is read by that script to count passed and failed tests.
 */
export default defineConfig({
  testDir: './e2e',
  timeout: 30_000,
  expect: { timeout: 15_000 },
  // Two cores and a software GPU: one browser at a time keeps timings and pixels stable.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: '../.reports/e2e.json' }]],
  use: {
    baseURL: E2E_ORIGIN,
    viewport: { width: 1200, height: 750 },
    deviceScaleFactor: 1,
    locale: 'en-US',
    headless: true,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `pnpm --filter @corridor/dashboard exec vite preview --host 127.0.0.1 --port ${E2E_PORT} --strictPort`,
    url: E2E_ORIGIN,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
