// One vitest run for every package's unit and property tests, so the test command gets one report.
// Browser end-to-end tests run in Playwright (test/playwright.config.ts), not here.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Property suites print their case counts and seeds (test/fast-check-report.ts). */
const setupFiles = [fileURLToPath(new URL('./test/fast-check-report.ts', import.meta.url))];

const nodeProject = (name: string, root: string, include: string[]) => ({
  test: { name, root, include, environment: 'node' as const, setupFiles },
});

export default defineConfig({
  test: {
    projects: [
      nodeProject('core', 'packages/core', ['src/**/*.test.ts', 'test/**/*.test.ts']),
      nodeProject('data', 'packages/data', ['src/**/*.test.ts', 'test/**/*.test.ts']),
      nodeProject('cli', 'packages/cli', ['src/**/*.test.ts', 'test/**/*.test.ts']),
      nodeProject('server', 'packages/server', ['src/**/*.test.ts']),
      'apps/dashboard',
      nodeProject('cross-package', 'test', ['unit/**/*.test.ts']),
    ],
  },
});
