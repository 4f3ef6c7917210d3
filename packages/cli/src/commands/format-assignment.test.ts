import { answerJson, createEngine } from '@corridor/core/engine';
import { fujianNetwork } from '@corridor/data';
import { describe, expect, it } from 'vitest';
import { assignmentSummary, formatAssignment, shortenLegName } from './format-assignment.js';

describe('shortenLegName()', () => {
  it('keeps a name that fits', () => {
    expect(shortenLegName('Train: A → B', 40)).toBe('Train: A → B');
  });

  it('cuts the service part first so the leg’s ends stay readable', () => {
    const name = 'CR Express (Xiamen) Xiamen–Hamburg via Alashankou: Alashankou / Dostyk → Brest / Małaszewicze';
    const short = shortenLegName(name, 70);
    expect(short).toHaveLength(70);
    expect(short.endsWith(': Alashankou / Dostyk → Brest / Małaszewicze')).toBe(true);
    expect(short.startsWith('CR Express')).toBe(true);
  });

  it('cuts a name without a leg at the end', () => {
    expect(shortenLegName('Brest / Małaszewicze border crossing', 10)).toBe('Brest / M…');
  });
});

describe('formatAssignment()', () => {
  const result = createEngine(fujianNetwork).assign({ method: 'aon' });

  it('starts with the summary line: method, gap, iterations and weekly totals', () => {
    expect(assignmentSummary(result)).toMatch(
      /^aon assignment · uncapped \(unconstrained demand: capacities only slow the flow\) · gap \d\.\d\de-\d+ ·\n {2}1 iteration · served/,
    );
    expect(formatAssignment(result, fujianNetwork).startsWith(assignmentSummary(result))).toBe(true);
  });

  it('lists the busiest elements fullest first, every line within 100 columns', () => {
    const text = formatAssignment(result, fujianNetwork);
    const busiest = text.split('\nBusiest elements')[1]?.split('\n\n')[0] ?? '';
    const uses = [...busiest.matchAll(/([\d,.]+) %$/gm)].map((m) => Number(m[1]?.replace(/,/g, '')));
    expect(uses).toHaveLength(15);
    expect([...uses].sort((a, b) => b - a)).toEqual(uses);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });
});

describe('the assignment answer as JSON', () => {
  it('gives a gap of null and keeps the key order when the method has no gap', () => {
    const body = JSON.parse(answerJson(createEngine(fujianNetwork).assign({ method: 'capacity' }))) as Record<
      string,
      unknown
    >;
    expect(body.relativeGap).toBeNull();
    expect(Object.keys(body).slice(0, 4)).toEqual(['method', 'capacityRule', 'relativeGap', 'iterations']);
    expect(body.calibration).toHaveLength(fujianNetwork.calibration.length);
  });
});
