// Regression tests for issue 15, point 1: each case loaded on `main` before this change (or crashed), and made
// `route` throw graphology's UsageGraphError or the loader overflow its stack. Each case is the tiny dataset
// with the files of one folder of test/fixtures/malformed/dataset/ put over it (the folder says what is wrong),
// or a break generated here when the file would be too large or too many to keep.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../test/load-issues.js';
import { TINY_DATASET_DIR, tinyDataset } from '../../test/tiny-dataset.js';
import { INPUT_ISSUE_CODES, type InputIssue } from '../model/corridor-error.js';
import { DATASET_LIMITS } from './dataset-limits.js';
import { loadNetwork } from './load-network.js';

const MALFORMED_DIR = join(TINY_DATASET_DIR, '..', 'malformed', 'dataset');

/** The tiny dataset with the files of one malformed case put over it. */
function malformed(name: string): Record<string, string> {
  const files: Record<string, string> = { ...tinyDataset };
  for (const file of readdirSync(join(MALFORMED_DIR, name)))
    files[file] = readFileSync(join(MALFORMED_DIR, name, file), 'utf8');
  return files;
}

/** The tiny dataset with `from` replaced by `to` in one file. */
function edit(file: string, from: string, to: string): Record<string, string> {
  const text = tinyDataset[file] as string;
  if (!text.includes(from)) throw new Error(`fixture ${file} has no "${from}"`);
  return { ...tinyDataset, [file]: text.replace(from, to) };
}

/** The tiny dataset with a column added to one table, `value` in its first data row and empty below. */
function withColumn(file: string, column: string, value: string): Record<string, string> {
  const [header, first, ...rest] = (tinyDataset[file] as string).trim().split('\n');
  const lines = [`${header},${column}`, `${first},${value}`, ...rest.map((line) => `${line},`)];
  return { ...tinyDataset, [file]: `${lines.join('\n')}\n` };
}

/** Checks that every issue carries a code of the published list, for a front end to word it (issue 17, point 2). */
function expectCodes(issues: readonly InputIssue[]): void {
  for (const issue of issues) {
    expect(issue.code, issue.message).toBeDefined();
    expect(INPUT_ISSUE_CODES, issue.message).toContain(issue.code);
  }
}

/** The one issue matching `expected`, after checking that every issue says what to do and carries a code. */
function issueLike(
  files: Record<string, string>,
  expected: Partial<Omit<InputIssue, 'message'>> & { message: RegExp },
) {
  const issues = issuesOf(files);
  const { message, ...where } = expected;
  const found = issues.find(
    (issue) =>
      message.test(issue.message) &&
      Object.entries(where).every(([key, value]) => issue[key as keyof InputIssue] === value),
  );
  expect(found, JSON.stringify(issues, null, 1).slice(0, 2_000)).toBeDefined();
  for (const issue of issues) expect(issue.fix, issue.message).toBeTruthy();
  expectCodes(issues);
  return found as InputIssue;
}

describe('loadNetwork refuses, with a located issue, what used to pass or crash', () => {
  it('a road link from a place to itself (route threw UsageGraphError: edge already exists)', () => {
    issueLike(malformed('road-link-from-a-place-to-itself'), {
      file: 'road-links.csv',
      row: 8,
      field: 'to',
      value: 'CNXMN',
      message: /road link from CNXMN to itself/,
    });
  });

  it('a sea lane from a waypoint to itself', () => {
    issueLike(malformed('sea-lane-from-a-waypoint-to-itself'), {
      file: 'sea-lanes.csv',
      row: 5,
      message: /sea lane from wp_scs to itself/,
    });
  });

  it('a second road link between the same ends, written the other way round', () => {
    issueLike(malformed('road-links-twice-between-the-same-ends'), {
      file: 'road-links.csv',
      row: 8,
      message: /second road link between xmn_port and CNXMN: rd_xmn_port \(road-links.csv row 2\)/,
    });
  });

  it('a second sea lane or rail track between the same ends', () => {
    issueLike(malformed('sea-lanes-twice-between-the-same-ends'), {
      file: 'sea-lanes.csv',
      row: 5,
      message: /second sea lane between wp_scs and wp_sing: lane_scs_sing/,
    });
    issueLike(malformed('rail-tracks-twice-between-the-same-ends'), {
      file: 'rail-tracks.csv',
      row: 5,
      message: /second rail track between rj_jinghe and urumqi_rail: rt_urumqi_jinghe/,
    });
  });

  it('services.json nested 8,000 deep (the error quoting it overflowed the stack)', () => {
    issueLike(malformed('services-nested-8000-deep'), {
      file: 'services.json',
      message: /nested more than 64 levels deep/,
    });
  });

  for (const file of ['dataset.json', 'services.json', 'corridors.json', 'calibration.json', 'scenarios.json']) {
    it(`${file} nested 8,000 deep`, () => {
      const deep = `${'['.repeat(8_000)}${']'.repeat(8_000)}`;
      issueLike({ ...tinyDataset, [file]: deep }, { file, message: /nested more than 64 levels deep/ });
    });
  }

  it('JSON nested up to the limit is read; one level more is refused', () => {
    const nest = (depth: number) => `{"services":[],"x":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`;
    const at = issuesOf({ ...tinyDataset, 'corridors.json': nest(DATASET_LIMITS.maxJsonDepth) });
    expect(at.some((issue) => /levels deep/.test(issue.message))).toBe(false);
    issueLike(
      { ...tinyDataset, 'corridors.json': nest(DATASET_LIMITS.maxJsonDepth + 1) },
      {
        file: 'corridors.json',
        message: /nested more than 64 levels deep/,
      },
    );
  });

  it('a place name with a terminal escape sequence, quoted back with the escape written out', () => {
    const issue = issueLike(malformed('place-name-with-a-terminal-escape'), {
      file: 'places.csv',
      row: 2,
      field: 'name_en',
      message: /control character \(U\+001B\) at position 1/,
    });
    expect(issue.value).toBe('\\u001B]0;pwned\\u0007Xiamen');
  });

  it('control characters and bidirectional overrides in JSON strings and keys', () => {
    issueLike(edit('services.json', '"Xiamen–Singapore shuttle"', '"Xiamen\\u0007"'), {
      file: 'services.json',
      pointer: '/services/0/nameEn',
      message: /control character \(U\+0007\)/,
    });
    issueLike(edit('corridors.json', '"Silk Road Maritime: ASEAN"', '"\\u202eNAESA"'), {
      file: 'corridors.json',
      pointer: '/corridors/0/nameEn',
      message: /control character \(U\+202E\)/,
    });
  });

  it('a cell or JSON string longer than the limit, quoted only in part', () => {
    const long = 'x'.repeat(DATASET_LIMITS.maxTextChars + 1);
    const issue = issueLike(edit('sources.csv', 'A sourced document', long), {
      file: 'sources.csv',
      row: 2,
      field: 'title',
      message: /10001 characters long, over the limit of 10000/,
    });
    expect(issue.value?.length).toBeLessThan(300);
    issueLike(edit('services.json', '"Xiamen–Singapore shuttle"', `"${long}"`), {
      file: 'services.json',
      pointer: '/services/0/nameEn',
      message: /over the limit of 10000/,
    });
  });

  it('a file broken on every row: the first 1,000 problems listed, the rest counted', () => {
    const rows = Array.from({ length: 1_500 }, (_, k) => `p${k},Place,地,999,0,CN,china,S1`).join('\n');
    const files = { ...tinyDataset, 'places.csv': `id,name_en,name_zh,lon,lat,country,regions,sources\n${rows}\n` };
    const issues = issuesOf(files);
    expect(issues).toHaveLength(DATASET_LIMITS.maxIssues + 1);
    expect(issues.at(-1)?.message).toMatch(/^\d+ more problems not listed \(only the first 1000 are\)$/);
    expect(issues.at(-1)).toMatchObject({ code: 'more-issues', params: { limit: DATASET_LIMITS.maxIssues } });
    expectCodes(issues);
  });

  it('a file over the size limit, with its own message', () => {
    const big = `${tinyDataset['sources.csv']}${'S9,Test,t,https://example.org,high,\n'.repeat(1_500_000)}`;
    issueLike(
      { ...tinyDataset, 'sources.csv': big },
      {
        file: 'sources.csv',
        message: /MB, over the limit of 50 MB per file/,
      },
    );
  });
});

describe('loadNetwork refuses numbers outside their documented range', () => {
  const cases: [string, Record<string, string>, Partial<InputIssue>, RegExp][] = [
    [
      'a speed of a million km/h',
      malformed('service-speed-of-a-million-kmh'),
      { pointer: '/services/0/speedKmh' },
      /between 1 and 1000 km\/h/,
    ],
    [
      'a vessel of a million TEU',
      malformed('vessel-of-a-million-teu'),
      { pointer: '/services/0/unitCapacity/teu' },
      /at most 30000 TEU per vehicle/,
    ],
    [
      'a capacity of 1e300 TEU a year',
      malformed('terminal-capacity-of-1e300-teu'),
      { field: 'capacity_teu_per_year' },
      /at most 1000000000 TEU per year/,
    ],
    [
      'a latitude of 95°',
      malformed('place-latitude-of-95-degrees'),
      { field: 'lat' },
      /must be at most 90 degrees north/,
    ],
    [
      'a demand of 1e300 TEU a week',
      malformed('demand-of-1e300-teu'),
      { field: 'teu_per_week' },
      /at most 1000000 TEU per week/,
    ],
    [
      'a frequency of 5,000 a week',
      edit('services.json', '"frequencyPerWeek": 1', '"frequencyPerWeek": 5000'),
      { pointer: '/services/0/frequencyPerWeek' },
      /at most 1000 departures per week/,
    ],
    [
      'a running time of 1e6 hours',
      edit('services.json', '"runningHours": 14', '"runningHours": 1e6'),
      { pointer: '/services/1/stops/1/runningHours' },
      /at most 2000 hours/,
    ],
    [
      'a dwell of 1e6 hours',
      edit('services.json', '"dwellHours": 24', '"dwellHours": 1e6'),
      { pointer: '/services/0/stops/0/dwellHours' },
      /between 0 and 720 hours/,
    ],
    [
      'a tariff of 1e12 USD',
      edit('services.json', '"usdPerTeu": 600', '"usdPerTeu": 1e12'),
      { pointer: '/services/0/tariff/usdPerTeu' },
      /between 0 and 1000000 USD/,
    ],
    [
      'an aircraft of a million tonnes',
      edit('services.json', '"tonnes": 15', '"tonnes": 1e6'),
      { field: 'tonnes' },
      /at most 500000 tonnes per vehicle/,
    ],
    [
      'a handling time of 1e4 hours',
      edit('terminals.csv', 'CNXMN,,,,24,150', 'CNXMN,,,,1e4,150'),
      { field: 'handling_hours' },
      /at most 720 hours/,
    ],
    [
      'a handling charge of 1e9 USD',
      edit('terminals.csv', 'CNXMN,,,,24,150', 'CNXMN,,,,24,1e9'),
      { field: 'handling_usd_per_teu' },
      /at most 1000000 USD per TEU/,
    ],
    [
      '5,000 trains a day',
      edit('terminals.csv', ',14,24,', ',5000,24,'),
      { field: 'capacity_trains_per_day' },
      /at most 1000 trains per day/,
    ],
    [
      'a route of 1e6 km',
      withColumn('rail-tracks.csv', 'route_km', '1e6'),
      { field: 'route_km' },
      /at most 20000 route km/,
    ],
  ];
  for (const [what, files, where, message] of cases) {
    it(`${what}, coded out-of-range`, () => {
      issueLike(files, { ...where, code: 'out-of-range', message });
    });
  }

  it('background traffic of more than ten times the capacity', () => {
    // xmn_port handles 9,000,000 TEU a year, ≈ 173,000 a week: 1,800,000 a week is over ten times that.
    issueLike(withColumn('terminals.csv', 'background_teu_per_week', '1800000'), {
      field: 'background_teu_per_week',
      message: /more than ten times the weekly capacity/,
    });
  });

  it('the bundled ranges leave the tiny dataset valid', () => {
    expect(() => loadNetwork(tinyDataset)).not.toThrow();
  });
});

// Issue 17, point 2: the dashboard words each issue from its code and params, so no issue may come without one.
describe('every issue of the malformed datasets carries a code a front end can word', () => {
  for (const name of readdirSync(MALFORMED_DIR).filter((entry) => !entry.includes('.'))) {
    it(`${name}: every issue has a code of INPUT_ISSUE_CODES`, () => {
      const issues = issuesOf(malformed(name));
      expect(issues.length).toBeGreaterThan(0);
      expectCodes(issues);
    });
  }

  it('codes the structural problems by kind, with the numbers the message names as params', () => {
    expect(issueLike(malformed('road-link-from-a-place-to-itself'), { message: /to itself/ }).code).toBe('self-loop');
    expect(issueLike(malformed('road-links-twice-between-the-same-ends'), { message: /a second/ }).code).toBe(
      'duplicate-entry',
    );
    expect(issueLike(malformed('services-nested-8000-deep'), { message: /nested more than/ })).toMatchObject({
      code: 'too-deep',
      params: { limit: DATASET_LIMITS.maxJsonDepth },
    });
    expect(issueLike(malformed('place-name-with-a-terminal-escape'), { message: /control character/ })).toMatchObject({
      code: 'control-character',
      params: { codePoint: 'U+001B' },
    });
    expect(issueLike(malformed('place-latitude-of-95-degrees'), { field: 'lat', message: /at most 90/ })).toMatchObject(
      { code: 'out-of-range', params: { min: -90, max: 90 } },
    );
  });

  it('codes schema problems of the JSON files from the zod issue: unknown property, wrong type, value not allowed', () => {
    const unknown = issueLike(edit('services.json', '"frequencyPerWeek": 1', '"frequencyPerWeek": 1, "colour": 1'), {
      message: /unknown property/,
    });
    expect(unknown).toMatchObject({ code: 'unknown-field', params: { name: 'colour' } });
    const wrongType = issueLike(edit('services.json', '"frequencyPerWeek": 1', '"frequencyPerWeek": "1"'), {
      pointer: '/services/0/frequencyPerWeek',
      message: /./,
    });
    expect(wrongType).toMatchObject({ code: 'wrong-type', params: { expected: 'number' } });
    const notAllowed = issueLike(edit('services.json', '"mode": "sea"', '"mode": "see"'), { message: /allowed/ });
    expect(notAllowed).toMatchObject({ code: 'not-allowed', params: { suggestion: 'sea' } });
  });

  it('codes a missing file, an unknown file and a duplicate id', () => {
    const { 'sources.csv': _sources, ...withoutSources } = tinyDataset;
    expect(issueLike(withoutSources, { file: 'sources.csv', message: /missing/ }).code).toBe('file-missing');
    expect(issueLike({ ...tinyDataset, 'extra.csv': 'a\n' }, { file: 'extra.csv', message: /not a file/ }).code).toBe(
      'unknown-file',
    );
  });
});
