import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import { CorridorError } from '../model/corridor-error.js';
import { parseScenario } from './check-scenarios.js';

const base = { id: 'test', nameEn: 'Test', nameZh: '测试', description: 'A test scenario.', sources: ['X60'] };
const problems = (
  scenario: unknown,
): { pointer?: string; field?: string; value?: string; message: string; fix?: string }[] => {
  try {
    parseScenario(JSON.stringify(scenario), fujianNetwork, 'mine.json');
    return [];
  } catch (error) {
    if (!(error instanceof CorridorError)) throw error;
    expect(error.code).toBe('invalid-input');
    return [...error.issues];
  }
};

describe('parseScenario()', () => {
  it('reads every preset of the Fujian dataset back', () => {
    expect(fujianNetwork.scenarios.map((s) => s.id)).toEqual([
      'red-sea-closure',
      'suez-closure',
      'malaszewicze-congestion',
      'alashankou-expansion',
      'rail-demand-plus-30',
      'fuzhou-duisburg-train',
    ]);
    for (const preset of fujianNetwork.scenarios) {
      const { edits, ...rest } = preset;
      const written = {
        ...rest,
        edits: edits.map((e) =>
          e.kind === 'add-service'
            ? {
                ...e,
                service: {
                  ...e.service,
                  stops: e.service.stops.map(({ terminalId, ...s }) => ({ terminal: terminalId, ...s })),
                },
              }
            : e,
        ),
      };
      expect(problems(written)).toEqual([]);
    }
  });

  it('keeps an optional descriptionZh (every preset has one) and rejects an empty one by pointer', () => {
    for (const preset of fujianNetwork.scenarios) expect(preset.descriptionZh).toMatch(/[\u4e00-\u9fff]/);
    expect(problems({ ...base, descriptionZh: '一个测试情景。', edits: [] })).toEqual([]);
    expect(problems({ ...base, descriptionZh: '', edits: [] }).map((i) => i.pointer)).toEqual(['/descriptionZh']);
  });

  it('names an unknown passage with its JSON pointer and the passages it may be', () => {
    const [issue] = problems({ ...base, edits: [{ kind: 'close-passage', passage: 'sues' }] });
    expect(issue?.pointer).toBe('/edits/0/passage');
  });

  it('lists a malformed edit and the unknown references of the others together, with a did-you-mean for both', () => {
    const issues = problems({
      ...base,
      edits: [
        { kind: 'close-passage', passage: 'sues' },
        { kind: 'close-service', service: 'crx-xmn-hamburgg' },
      ],
    });
    expect(issues.map((i) => i.pointer)).toEqual(['/edits/0/passage', '/edits/1/service']);
    expect(issues[0]?.value).toBe('sues');
    expect(issues[0]?.fix).toMatch(/did you mean "suez"/);
    expect(issues[1]?.fix).toMatch(/crx-xmn-hamburg/);
  });

  it('names an unknown terminal, service, corridor and region with a did-you-mean', () => {
    const issues = problems({
      ...base,
      edits: [
        { kind: 'close-terminal', terminal: 'xmn_port_haican' },
        { kind: 'close-service', service: 'crx-xmn-hamburgg' },
        { kind: 'close-corridor', corridor: 'cre-alashankouu' },
        { kind: 'scale-demand', factor: 1.2, from: 'region:centralasia' },
      ],
    });
    expect(issues.map((i) => i.pointer)).toEqual([
      '/edits/0/terminal',
      '/edits/1/service',
      '/edits/2/corridor',
      '/edits/3/from',
    ]);
    expect(issues[0]?.fix).toMatch(/xmn_port_haicang/);
    expect(issues[3]?.fix).toMatch(/region:central-asia/);
  });

  it('refuses close-terminal on a border crossing and close-border-crossing on a port, saying which to use', () => {
    const issues = problems({
      ...base,
      edits: [
        { kind: 'close-terminal', terminal: 'brest_malaszewicze' },
        { kind: 'close-border-crossing', terminal: 'xmn_port_haicang' },
      ],
    });
    expect(issues.map((i) => i.message)).toEqual([
      'is a border crossing; use close-border-crossing',
      'is a seaport, not a border crossing; use close-terminal',
    ]);
  });

  it('refuses a zero or negative factor, and a tariff edit with nothing to set', () => {
    const issues = problems({
      ...base,
      edits: [
        { kind: 'scale-capacity', target: 'alashankou_dostyk', factor: 0 },
        { kind: 'set-tariff', service: 'crx-xmn-hamburg' },
      ],
    });
    expect(issues.map((i) => i.pointer)).toEqual(['/edits/0/factor', '/edits/1']);
  });

  it('moves one trade lane of a pair-priced service, and names a lane the service does not have', () => {
    const lane = (name: string, factor: number) => ({
      ...base,
      edits: [{ kind: 'set-tariff', service: 'apl-asia-nwe', lane: name, factor }],
    });
    expect(problems(lane('asia-north-europe', 3.0555))).toEqual([]);
    const [issue] = problems(lane('asia-north-europpe', 2));
    expect(issue).toMatchObject({ pointer: '/edits/0/lane', field: 'lane', value: 'asia-north-europpe' });
    expect(issue?.fix).toMatch(/asia-north-europe/);
  });

  it('refuses lane moves that leave the pair rates unchargeable, and accepts them moved together', () => {
    // Asia → North Europe × 3 alone makes Xiamen → Rotterdam dearer than Xiamen → Algeciras plus Algeciras →
    // Rotterdam on the same ship; with Asia → Mediterranean moved too (the Red Sea preset), it is consistent.
    const move = (lanes: readonly string[]) =>
      problems({
        ...base,
        edits: lanes.map((lane) => ({ kind: 'set-tariff', service: 'maersk-srm-ae-algeciras', lane, factor: 3 })),
      });
    const [issue] = move(['asia-north-europe']);
    expect(issue).toMatchObject({ pointer: '/edits/0', field: 'set-tariff' });
    expect(issue?.message).toMatch(/maersk-srm-ae-algeciras's pair rates unchargeable: .* alighting at alg_port/);
    expect(move(['asia-north-europe', 'asia-mediterranean'])).toEqual([]);
  });

  it('checks an added service like services.json: a sea service calling at a rail terminal is refused', () => {
    const issues = problems({
      ...base,
      edits: [
        {
          kind: 'add-service',
          service: {
            id: 'bad-sea',
            mode: 'sea',
            nameEn: 'Bad',
            vehicle: 'deep-sea-container',
            stops: [
              { terminal: 'xmn_port_haicang', dwellHours: 24 },
              { terminal: 'xmn_rail_haicang', dwellHours: 24 },
            ],
            frequencyPerWeek: 1,
            unitCapacity: { teu: 1000 },
            speedKmh: 30,
            tariff: { usdPerTeu: 100, sources: ['X15'] },
            bidirectional: true,
            sources: ['X61'],
          },
        },
      ],
    });
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]?.pointer).toBe('/edits/0/service/stops/1/terminal');
  });

  // Regression of issue 15: a scenario file nested 8,000 deep overflowed the stack while its error was built
  // (its out-of-range factors are tested in demand-and-factor-bounds.test.ts).
  it('refuses a scenario file nested thousands deep with the depth limit, not a stack overflow', () => {
    const deep = `${'['.repeat(8_000)}${']'.repeat(8_000)}`;
    expect(() => parseScenario(deep, fujianNetwork, 'deep.json')).toThrow(
      /deep.json — is nested more than 64 levels deep/,
    );
  });

  it('refuses unknown sources and malformed JSON, naming the file', () => {
    expect(problems({ ...base, sources: ['X999'], edits: [] })[0]?.pointer).toBe('/sources/0');
    expect(() => parseScenario('{ nope', fujianNetwork, 'mine.json')).toThrow(/mine\.json/);
  });

  it('accepts "sources": [] only for a user-built scenario (allowUnsourced), still checking its edits', () => {
    const unsourced = { ...base, sources: [], edits: [{ kind: 'close-passage', passage: 'suez' }] };
    expect(problems(unsourced)[0]?.pointer).toBe('/sources');
    const text = JSON.stringify(unsourced);
    expect(parseScenario(text, fujianNetwork, 'user', { allowUnsourced: true }).sources).toEqual([]);
    const bad = JSON.stringify({ ...unsourced, edits: [{ kind: 'close-service', service: 'nope' }] });
    expect(() => parseScenario(bad, fujianNetwork, 'user', { allowUnsourced: true })).toThrow(CorridorError);
  });
});
