import { readdirSync, readFileSync } from 'node:fs';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import type { ScenarioEntry } from './scenario-draft';
import { parseScenariosState, writeScenariosState } from './scenarios-url';
import { decodeSharedScenario, encodeSharedScenario, MAX_SHARED_SCENARIO_CHARS, sameScenario } from './shared-scenario';

const MALFORMED = new URL('../../../../../test/fixtures/malformed/scenario-links/', import.meta.url);

const mine: ScenarioEntry = {
  id: 'mine',
  nameEn: 'Close Małaszewicze',
  nameZh: '关闭马拉舍维奇',
  description: 'Brest / Małaszewicze shut.',
  edits: [{ kind: 'close-border-crossing', terminal: 'brest_malaszewicze' }],
  sources: [],
};

describe('a user scenario inside a shared link', () => {
  it('comes back from its shared= text as the same scenario', () => {
    const text = encodeSharedScenario(mine);
    expect(text).not.toBeNull();
    expect(text).toMatch(/^[A-Za-z0-9+\-$]+$/);
    const back = decodeSharedScenario(text ?? '', 'mine');
    expect(back).toEqual(mine);
    expect(back !== null && sameScenario(back, mine)).toBe(true);
  });

  it('travels with scenario=user:<id> in the URL, and only with a user scenario', () => {
    const params = new URLSearchParams('view=scenarios');
    writeScenariosState(params, { scenario: 'user:mine', assign: true, shared: mine });
    expect([...params.keys()]).toEqual(['view', 'scenario', 'assign', 'shared']);
    expect(parseScenariosState(params)).toEqual({ scenario: 'user:mine', assign: true, shared: mine });
    params.set('scenario', 'red-sea-closure');
    expect(parseScenariosState(params)?.shared).toBeUndefined();
  });

  it('is left out of the link when it would be too long, so the link only names it', () => {
    // Letters from a fixed linear congruential sequence: text that does not compress away.
    let seed = 17;
    const letter = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return String.fromCharCode(65 + (seed % 26));
    };
    const huge = { ...mine, description: Array.from({ length: 20_000 }, letter).join('') };
    expect(encodeSharedScenario(huge)).toBeNull();
    const params = new URLSearchParams();
    writeScenariosState(params, { scenario: 'user:mine', assign: false, shared: huge });
    expect(params.has('shared')).toBe(false);
  });

  it('refuses a value over the length limit without decompressing it', () => {
    const long = compressToEncodedURIComponent(JSON.stringify({ ...mine, description: '厦'.repeat(9000) }));
    expect(long.length).toBeLessThan(MAX_SHARED_SCENARIO_CHARS); // repetitive text compresses well…
    const noisy = 'A'.repeat(MAX_SHARED_SCENARIO_CHARS + 1);
    expect(decodeSharedScenario(noisy, 'mine')).toBeNull(); // …but a value past the limit is never read
  });

  const files = readdirSync(MALFORMED).filter((name) => name.endsWith('.txt'));
  it.each(files)('refuses the malformed value %s', (file) => {
    const text = readFileSync(new URL(file, MALFORMED), 'utf8').trim();
    expect(decodeSharedScenario(text, 'mine')).toBeNull();
    expect(parseScenariosState(new URLSearchParams({ scenario: 'user:mine', shared: text }))).toEqual({
      scenario: 'user:mine',
      assign: false,
    });
  });

  it('has malformed fixtures to refuse', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });
});
