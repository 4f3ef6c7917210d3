/**
 * The corpus of malformed requests (`test/fixtures/malformed/requests/`): each case a failure once found (issue 15,
 * the fuzz suites), replayed on every run. Each ends in an answer whose every figure is finite, or in a
 * `CorridorError` with located issues — never in another exception.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import { nonFiniteNumbers } from '../../test/non-finite-numbers.js';
import { CorridorError, INPUT_ISSUE_CODES } from '../model/corridor-error.js';
import { createEngine } from './create-engine.js';
import type { RouteRequest } from './request-schemas.js';

const CORPUS = fileURLToPath(new URL('../../../../test/fixtures/malformed/requests/', import.meta.url));
const engine = createEngine(fujianNetwork);

/** A corpus case: which engine call, its arguments, and why it is here. */
interface MalformedCase {
  readonly why: string;
  readonly call: 'route' | 'pareto' | 'maxflow' | 'compareScenario';
  readonly args: readonly unknown[];
}

const files = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.json'))
  .sort();

describe('the malformed-request corpus', { timeout: 60_000 }, () => {
  it('holds the cases of issue 15', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files)('%s ends in finite figures or a CorridorError with issues', (name) => {
    const { call, args } = JSON.parse(readFileSync(join(CORPUS, name), 'utf8')) as MalformedCase;
    try {
      const answer = (engine[call] as (...a: unknown[]) => unknown)(...args);
      expect(nonFiniteNumbers(answer)).toEqual([]);
    } catch (error) {
      if (!(error instanceof CorridorError)) throw error;
      expect(error.issues.length).toBeGreaterThan(0);
      // Issue 17, point 2: each issue carries a code a front end can word.
      for (const issue of error.issues) expect(INPUT_ISSUE_CODES, issue.message).toContain(issue.code);
    }
  });

  it('codes the problems of a refused route request from their kind, with the bounds and suggestions as params', () => {
    let refused: unknown;
    try {
      engine.route({ from: 'Xiamen', to: 'Rotterdm', teu: -1, modes: ['see'] } as unknown as RouteRequest);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(CorridorError);
    const byField = Object.fromEntries((refused as CorridorError).issues.map((issue) => [issue.field, issue]));
    expect(byField.teu).toMatchObject({ code: 'out-of-range', params: { min: 0, exclusiveMin: true } });
    expect(byField['modes[0]']).toMatchObject({ code: 'not-allowed', params: { suggestion: 'sea' } });
    expect(byField.to).toMatchObject({ code: 'unknown-reference', params: { suggestion: 'Rotterdam' } });
  });
});
