// Every property suite says how many cases it ran and with which seed (replay a failure with the same seed),
// through fast-check's global reporter, set up once for every vitest project (vitest.config.ts setupFiles).
import fc from 'fast-check';
import { expect } from 'vitest';

fc.configureGlobal({
  ...fc.readConfigureGlobal(),
  reporter(details) {
    const test = expect.getState().currentTestName ?? 'a property';
    // biome-ignore lint/suspicious/noConsole: property suites print their case counts and seeds
    console.log(`fast-check: ${details.numRuns} cases, seed ${details.seed} — ${test}`);
    // The reporter replaces fast-check's own, so it must fail the run itself, with fast-check's message.
    if (details.failed) throw new Error(fc.defaultReportMessage(details), { cause: details.errorInstance });
  },
});
