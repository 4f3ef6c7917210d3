import { describe, expect, it } from 'vitest';
import { type AssignedElement, elementRows, elementSearchTexts, trendRuns } from './element-rows';

const element = (id: string, utilization: number | null): AssignedElement => ({
  id,
  kind: 'border-crossing',
  nameEn: id,
  nameZh: `${id}口岸`,
  unit: 'teu',
  flowPerWeek: 10,
  backgroundPerWeek: 5,
  capacityPerWeek: utilization === null ? null : 20,
  utilization,
});
const run = (key: string, changed: { id: string; after: number }[] | null) => ({
  key,
  nameEn: key,
  nameZh: key,
  changed,
});

describe('elementRows', () => {
  it('gives every element its use in the base and after each scenario that assigned flows', () => {
    const rows = elementRows(
      [element('a', 0.5), element('b', 0.9)],
      [run('red_sea', [{ id: 'a', after: 1.2 }]), run('routes-only', null), run('port', [{ id: 'b', after: 0.4 }])],
    );
    expect(rows.map((r) => r.trend)).toEqual([
      [0.5, 1.2, 0.5],
      [0.9, 0.9, 0.4],
    ]);
  });

  it('sorts the trend by the largest change, signed', () => {
    const rows = elementRows(
      [element('a', 0.5), element('b', 0.9)],
      [run('one', [{ id: 'a', after: 0.6 }]), run('two', [{ id: 'a', after: 0.2 }])],
    );
    expect(rows[0]?.largestChange).toBeCloseTo(-0.3);
    expect(rows[1]?.largestChange).toBe(0);
  });

  it('has no use for an element without a capacity, in any scenario', () => {
    const [row] = elementRows([element('c', null)], [run('one', [{ id: 'c', after: 0 }])]);
    expect(row?.trend).toEqual([null, null]);
  });

  it('keeps the assignment order and fields', () => {
    const rows = elementRows([element('z', 0.1), element('a', 0.2)], []);
    expect(rows.map((r) => [r.id, r.backgroundPerWeek, r.trend.length])).toEqual([
      ['z', 5, 1],
      ['a', 5, 1],
    ]);
  });
});

describe('trendRuns', () => {
  it('leaves out the runs that assigned no flows', () => {
    expect(trendRuns([run('a', null), run('b', [])]).map((r) => r.key)).toEqual(['b']);
  });
});

describe('elementSearchTexts', () => {
  it('finds an element by id, either name and its kind', () => {
    expect(elementSearchTexts(element('x', 1), '口岸')).toEqual(['x', 'x', 'x口岸', '口岸']);
  });
});
