import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../test/load-issues.js';
import { tinyDataset } from '../../test/tiny-dataset.js';
import { CorridorError, type InputIssue } from '../model/corridor-error.js';
import { type LoadProgress, loadNetwork } from './load-network.js';

/** A copy of the tiny dataset with `from` replaced by `to` in one file; fails if `from` is not there. */
function edit(file: string, from: string, to: string): Record<string, string> {
  const text = tinyDataset[file];
  if (text === undefined || !text.includes(from)) throw new Error(`fixture ${file} has no "${from}"`);
  return { ...tinyDataset, [file]: text.replace(from, to) };
}

function without(file: string): Record<string, string> {
  const { [file]: _dropped, ...rest } = tinyDataset;
  return rest;
}

function services(change: (list: Record<string, unknown>[]) => void): Record<string, string> {
  const parsed = JSON.parse(tinyDataset['services.json'] as string) as { services: Record<string, unknown>[] };
  change(parsed.services);
  return { ...tinyDataset, 'services.json': JSON.stringify(parsed) };
}

/**
 * Asserts that loading reports a problem located and worded as `expected` (a mistake may also have
 * consequences further on, such as a service left without a path), and that every problem says what to do.
 */
function expectOneIssue(
  files: Record<string, string>,
  expected: Omit<Partial<InputIssue>, 'message'> & { message: RegExp },
): InputIssue {
  const issues = issuesOf(files);
  const { message, ...located } = expected;
  const issue = issues.find(
    (candidate) =>
      message.test(candidate.message) &&
      Object.entries(located).every(([key, value]) => candidate[key as keyof InputIssue] === value),
  );
  expect(issue, JSON.stringify(issues, null, 1)).toBeDefined();
  for (const each of issues) expect(each.fix, `${each.message} says what to do`).toBeTruthy();
  return issue as InputIssue;
}

describe('loadNetwork', () => {
  it("reads dataset.json's optional Chinese name, and leaves it out when the file has none", () => {
    expect(loadNetwork(tinyDataset).nameZh).toBeUndefined();
    const named = edit('dataset.json', '"formatVersion": 1', '"formatVersion": 1, "nameZh": "小数据集"');
    expect(loadNetwork(named).nameZh).toBe('小数据集');
  });

  it('loads the hand-drawn dataset with every part', () => {
    const network = loadNetwork(tinyDataset);
    expect(network.formatVersion).toBe(1);
    expect(network.places.map((p) => p.id)).toEqual(['CNXMN', 'SGSIN', 'urumqi', 'KZALA']);
    expect(network.terminals).toHaveLength(7);
    expect(network.terminals.find((t) => t.id === 'alashankou_dostyk')).toMatchObject({
      kind: 'border-crossing',
      gaugeMm: 1435,
      farGaugeMm: 1520,
      farCountry: 'KZ',
      capacityTrainsPerDay: 14,
      dwellHours: 24,
    });
    expect(network.seaLanes.find((l) => l.id === 'lane_xmn_scs')?.via).toEqual([[117.5, 23.5]]);
    expect(network.services.map((s) => s.stops.map((stop) => stop.terminalId))).toEqual([
      ['xmn_port', 'sin_port'],
      ['urumqi_rail', 'alashankou_dostyk', 'almaty_rail'],
      ['apt_xmn', 'apt_sin'],
    ]);
    expect(network.demand).toEqual([
      expect.objectContaining({ cargo: 'container', teuPerWeek: 100 }),
      expect.objectContaining({ cargo: 'air-cargo', tonnesPerWeek: 10 }),
    ]);
    expect(network.sources.map((s) => s.confidence)).toEqual(['high', 'assumption']);
  });

  it('gives the same network for the same files, every time', () => {
    expect(JSON.stringify(loadNetwork(tinyDataset))).toBe(JSON.stringify(loadNetwork(tinyDataset)));
  });

  it('accepts a dataset without the optional files (no rail, no demand)', () => {
    const files = services((list) => list.splice(1, 1));
    for (const optional of ['rail-junctions.csv', 'rail-tracks.csv', 'demand.csv', 'corridors.json'])
      delete files[optional];
    files['terminals.csv'] = (files['terminals.csv'] as string)
      .split('\n')
      .filter((line) => !/rail|border/.test(line))
      .join('\n');
    files['road-links.csv'] = (files['road-links.csv'] as string)
      .split('\n')
      .filter((line) => !/rail/.test(line))
      .join('\n');
    expect(loadNetwork(files).railTracks).toEqual([]);
  });

  it('tells its progress before each file it parses and before the checks across files, in order', () => {
    const heard: LoadProgress[] = [];
    loadNetwork(tinyDataset, { onProgress: (progress) => heard.push(progress) });
    const given = Object.keys(tinyDataset).filter((file) => !file.endsWith('.md'));
    expect(heard.map(({ file }) => file).sort()).toEqual(
      [...given, null].sort((a, b) => String(a).localeCompare(String(b))),
    );
    expect(heard.at(-1)).toEqual({ file: null, doneSteps: given.length, totalSteps: given.length + 1 });
    expect(heard.map(({ doneSteps }) => doneSteps)).toEqual(heard.map((_, k) => k));
    expect(heard.every(({ totalSteps }) => totalSteps === given.length + 1)).toBe(true);
    expect(heard[0]?.file).toBe('dataset.json');
  });

  it('throws one CorridorError that lists every problem, not the first one only', () => {
    const files = edit('places.csv', '118.089,24.480', '218.089,24.480');
    files['terminals.csv'] = (files['terminals.csv'] as string).replace('seaport,SGSIN', 'harbour,SGSIN');
    let caught: unknown;
    try {
      loadNetwork(files, { name: 'data/broken' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CorridorError);
    const error = caught as CorridorError;
    expect(error.code).toBe('invalid-input');
    expect(error.issues.length).toBe(2);
    expect(error.message).toMatch(/^dataset data\/broken is invalid \(2 problems\):/);
    expect(error.message).toMatch(/places\.csv row 2, field lon: "218.089"/);
  });
});

describe('loadNetwork reports malformed input with file, row, field and fix', () => {
  // Files and format
  it('a missing required file', () => {
    expectOneIssue(without('terminals.csv'), { file: 'terminals.csv', message: /missing/ });
  });
  it('a file that is not part of the format', () => {
    expectOneIssue(
      { ...tinyDataset, 'stations.csv': 'id\n' },
      { file: 'stations.csv', message: /not a file of the dataset format/ },
    );
  });
  it('a wrong formatVersion', () => {
    expectOneIssue(edit('dataset.json', '"formatVersion": 1', '"formatVersion": 2'), {
      file: 'dataset.json',
      field: 'formatVersion',
      value: '2',
      message: /reads formatVersion 1/,
    });
  });
  it('dataset.json that is not JSON', () => {
    expectOneIssue(edit('dataset.json', '{', '{{'), { file: 'dataset.json', message: /not valid JSON/ });
  });
  it('a CSV with an unclosed quote', () => {
    const issues = issuesOf(edit('places.csv', 'Xiamen,', '"Xiamen,'));
    expect(issues[0]).toMatchObject({ file: 'places.csv' });
    expect(issues[0]?.message).toMatch(/CSV syntax/);
  });
  it('a required column missing from the header', () => {
    expectOneIssue(edit('places.csv', 'id,name_en,name_zh,', 'id,name_en,'), {
      file: 'places.csv',
      row: 1,
      field: 'name_zh',
      message: /required column is missing/,
    });
  });
  it('an unknown column in the header', () => {
    const files = edit('sea-waypoints.csv', 'passage,sources', 'passage,sources,depth_m');
    files['sea-waypoints.csv'] = (files['sea-waypoints.csv'] as string)
      .replace(/,X1\n/, ',X1,15\n')
      .replace(/,S1\n/, ',S1,20\n');
    expectOneIssue(files, { file: 'sea-waypoints.csv', row: 1, field: 'depth_m', message: /unknown column/ });
  });
  it('a row with too few cells', () => {
    expectOneIssue(edit('road-links.csv', 'rd_almaty,KZALA,almaty_rail,1.3,X1', 'rd_almaty,KZALA,almaty_rail,1.3'), {
      file: 'road-links.csv',
      row: 7,
      message: /has 4 cells but the header has 5/,
    });
  });

  // Ids and references
  it('a duplicate id within a file', () => {
    expectOneIssue(edit('road-links.csv', 'rd_almaty', 'rd_urumqi'), {
      file: 'road-links.csv',
      row: 7,
      message: /duplicate id/,
    });
  });
  it('a duplicate id across places and terminals', () => {
    const files = {
      ...tinyDataset,
      'places.csv': `${tinyDataset['places.csv']}xmn_port,Xiamen port,厦门港,118.03,24.45,CN,fujian,S1\n`,
    };
    const issues = issuesOf(files);
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'terminals.csv',
        row: 2,
        field: 'id',
        message: 'duplicate id: also used in places.csv row 6',
      }),
    ]);
  });
  it('an id with spaces', () => {
    expectOneIssue(edit('road-links.csv', 'rd_sin_apt,', 'rd sin apt,'), {
      file: 'road-links.csv',
      row: 5,
      field: 'id',
      message: /not a valid id/,
    });
  });
  it('background traffic on a terminal without a TEU capacity, and a negative background', () => {
    // The column before `sources`, empty everywhere, then -5 TEU on the crossing (row 7).
    const text = (tinyDataset['terminals.csv'] as string)
      .split('\n')
      .map((line, i) => (i === 0 || line === '' ? line : line.replace(/,([^,]*)$/, ',,$1')))
      .join('\n')
      .replace('dwell_hours,sources', 'dwell_hours,background_teu_per_week,sources')
      .replace('4.25,,,,,14,24,,S1', '4.25,,,,,14,24,-5,S1');
    const withColumn = { ...tinyDataset, 'terminals.csv': text };
    expect(() => loadNetwork(withColumn)).toThrow(CorridorError);
    const issues = issuesOf(withColumn);
    expect(issues.some((i) => i.field === 'background_teu_per_week' && i.row === 7)).toBe(true);
    // A port with a yearly TEU capacity may carry background traffic (its domestic boxes, say) …
    const onPort = {
      ...withColumn,
      'terminals.csv': text.replace('9000000,,,,,S1;X1', '9000000,,,,100,S1;X1').replace('24,-5,', '24,5,'),
    };
    expect(loadNetwork(onPort).terminals.find((t) => t.kind === 'seaport')?.backgroundTeuPerWeek).toBe(100);
    // … but a port without one has nothing for it to share.
    const noCapacity = {
      ...onPort,
      'terminals.csv': (onPort['terminals.csv'] as string).replace('9000000,,,,100,S1;X1', ',,,,100,S1;X1'),
    };
    expectOneIssue(noCapacity, {
      file: 'terminals.csv',
      row: 2,
      field: 'background_teu_per_week',
      message: /needs a capacity to share/,
    });
  });
  it('a terminal whose place does not exist, with a did-you-mean', () => {
    expectOneIssue(edit('terminals.csv', 'sin_port,seaport,SGSIN', 'sin_port,seaport,SGSlN'), {
      file: 'terminals.csv',
      row: 3,
      field: 'place',
      message: /unknown place — did you mean "SGSIN"\?/,
    });
  });
  it('a sea lane to an unknown waypoint', () => {
    expectOneIssue(edit('sea-lanes.csv', 'wp_scs,wp_sing', 'wp_scs,wp_singg'), {
      file: 'sea-lanes.csv',
      row: 3,
      field: 'to',
      message: /unknown sea waypoint or seaport — did you mean "wp_sing"\?/,
    });
  });
  it('a sea lane that ends at an airport', () => {
    expectOneIssue(edit('sea-lanes.csv', 'wp_sing,sin_port', 'wp_sing,apt_sin'), {
      file: 'sea-lanes.csv',
      field: 'to',
      value: 'apt_sin',
      message: /unknown sea waypoint or seaport/,
    });
  });
  it('a rail track to an unknown node', () => {
    expectOneIssue(edit('rail-tracks.csv', 'rj_jinghe,alashankou_dostyk', 'rj_jinghe,alashankou'), {
      file: 'rail-tracks.csv',
      row: 3,
      field: 'to',
      message: /unknown rail junction/,
    });
  });
  it('a road link to an unknown place', () => {
    expectOneIssue(edit('road-links.csv', 'rd_sin_port,SGSIN', 'rd_sin_port,SINGAPORE'), {
      file: 'road-links.csv',
      row: 4,
      field: 'from',
      message: /unknown place or terminal/,
    });
  });
  it('a corridor naming an unknown service', () => {
    expectOneIssue(edit('corridors.json', '"sea_xmn_sin"', '"sea_xmn_sgp"'), {
      file: 'corridors.json',
      pointer: '/corridors/0',
      field: 'services',
      message: /unknown service — did you mean "sea_xmn_sin"\?/,
    });
  });
  it('demand between unknown places', () => {
    expectOneIssue(edit('demand.csv', 'CNXMN,SGSIN,container', 'CNXMN,SGSlN,container'), {
      file: 'demand.csv',
      row: 2,
      field: 'to',
      message: /unknown place/,
    });
  });
  it('a service stop at an unknown terminal', () => {
    expectOneIssue(edit('services.json', '"terminal": "sin_port"', '"terminal": "sin_prt"'), {
      file: 'services.json',
      pointer: '/services/0/stops/1/terminal',
      value: 'sin_prt',
      message: /unknown terminal — did you mean "sin_port"\?/,
    });
  });

  // Coordinates and numbers
  it('a longitude out of range', () => {
    expectOneIssue(edit('places.csv', '76.890,43.240', '196.890,43.240'), {
      file: 'places.csv',
      row: 5,
      field: 'lon',
      value: '196.890',
      message: /at most 180/,
    });
  });
  it('a latitude out of range', () => {
    expectOneIssue(edit('sea-waypoints.csv', '114.000,15.000', '114.000,95.000'), {
      file: 'sea-waypoints.csv',
      row: 2,
      field: 'lat',
      message: /at most 90/,
    });
  });
  it('a coordinate that is not a number (NaN)', () => {
    expectOneIssue(edit('places.csv', '103.820,1.350', 'NaN,1.350'), {
      file: 'places.csv',
      row: 3,
      field: 'lon',
      value: 'NaN',
      message: /not a number/,
    });
  });
  it('a number with a decimal comma', () => {
    expectOneIssue(edit('road-links.csv', 'almaty_rail,1.3', 'almaty_rail,"1,3"'), {
      file: 'road-links.csv',
      field: 'detour_factor',
      message: /not a number/,
    });
  });
  it('a shape point that is not "lon lat"', () => {
    expectOneIssue(edit('rail-tracks.csv', '80.0 45.0; 78.0 44.0', '80.0 45.0; 78.0'), {
      file: 'rail-tracks.csv',
      row: 4,
      field: 'via',
      message: /point 2 \("78.0"\) is not "lon lat"/,
    });
  });
  it('a shape point out of range', () => {
    expectOneIssue(edit('sea-lanes.csv', '117.5 23.5', '117.5 123.5'), {
      file: 'sea-lanes.csv',
      field: 'via',
      message: /out of range/,
    });
  });
  it('a seaport far inland (coordinates swapped)', () => {
    expectOneIssue(edit('terminals.csv', '103.840,1.264', '1.264,103.840'), {
      file: 'terminals.csv',
      row: 3,
      message: /lat|at most 90/,
    });
  });
  it('a seaport far from the coast', () => {
    expectOneIssue(edit('terminals.csv', '118.030,24.450', '112.000,28.000'), {
      file: 'terminals.csv',
      row: 2,
      message: /seaport lies \d+ km from the coast/,
    });
  });
  it('a place far out at sea (sign of the longitude flipped)', () => {
    expectOneIssue(edit('places.csv', '118.089,24.480', '-118.089,24.480'), {
      file: 'places.csv',
      row: 2,
      message: /lies \d+ km out at sea/,
    });
  });
  it('a negative capacity', () => {
    expectOneIssue(edit('terminals.csv', '9000000', '-9000000'), {
      file: 'terminals.csv',
      row: 2,
      field: 'capacity_teu_per_year',
      message: /greater than 0/,
    });
  });
  it('a zero border capacity', () => {
    expectOneIssue(edit('terminals.csv', ',14,24,S1', ',0,24,S1'), {
      file: 'terminals.csv',
      row: 7,
      field: 'capacity_trains_per_day',
      message: /greater than 0/,
    });
  });
  it('a detour factor below 1', () => {
    expectOneIssue(edit('road-links.csv', 'xmn_port,1.3', 'xmn_port,0.8'), {
      file: 'road-links.csv',
      row: 2,
      field: 'detour_factor',
      message: /at least 1/,
    });
  });
  it('a zero service frequency', () => {
    expectOneIssue(edit('services.json', '"frequencyPerWeek": 1', '"frequencyPerWeek": 0'), {
      file: 'services.json',
      pointer: '/services/0/frequencyPerWeek',
      message: /greater than 0 and at most 1000 departures per week/,
    });
  });
  it('a zero vessel capacity', () => {
    expectOneIssue(edit('services.json', '"teu": 2000', '"teu": 0'), {
      file: 'services.json',
      pointer: '/services/0/unitCapacity/teu',
      message: /greater than 0 and at most 30000 TEU per vehicle/,
    });
  });
  it('zero demand', () => {
    expectOneIssue(edit('demand.csv', 'container,100,', 'container,0,'), {
      file: 'demand.csv',
      field: 'teu_per_week',
      message: /greater than 0/,
    });
  });
  it('demand with both TEU and tonnes', () => {
    expectOneIssue(edit('demand.csv', 'container,100,', 'container,100,5'), {
      file: 'demand.csv',
      row: 2,
      field: 'tonnes_per_week',
      message: /measured in teu_per_week only/,
    });
  });

  // Words from fixed lists
  it('an unknown terminal kind, with a did-you-mean', () => {
    expectOneIssue(edit('terminals.csv', 'apt_sin,airport', 'apt_sin,airpot'), {
      file: 'terminals.csv',
      row: 5,
      field: 'kind',
      message: /not one of .* — did you mean "airport"\?/,
    });
  });
  it('an unknown passage id, with a did-you-mean', () => {
    expectOneIssue(edit('sea-lanes.csv', ',singapore-strait,X1', ',singapore-straits,X1'), {
      file: 'sea-lanes.csv',
      field: 'passages',
      value: 'singapore-straits',
      message: /unknown passage — did you mean "singapore-strait"\?/,
    });
  });
  it('an unknown gauge', () => {
    expectOneIssue(edit('rail-tracks.csv', 'almaty_rail,1520', 'almaty_rail,1524'), {
      file: 'rail-tracks.csv',
      field: 'gauge_mm',
      message: /not one of 1435, 1520, 1000/,
    });
  });
  it('an unknown confidence word', () => {
    expectOneIssue(edit('sources.csv', ',high,', ',certain,'), {
      file: 'sources.csv',
      row: 2,
      field: 'confidence',
      message: /not one of/,
    });
  });
  it('an unknown service mode', () => {
    expectOneIssue(edit('services.json', '"mode": "sea"', '"mode": "ship"'), {
      file: 'services.json',
      pointer: '/services/0/mode',
      message: /not one of the allowed values/,
    });
  });
  it('an unknown property in services.json', () => {
    expectOneIssue(edit('services.json', '"bidirectional": true,', '"bidirectional": true, "colour": "red",'), {
      file: 'services.json',
      pointer: '/services/0/colour',
      message: /unknown property "colour"/,
    });
  });

  // Sources
  it('a row without sources', () => {
    expectOneIssue(edit('rail-junctions.csv', '44.600,S1', '44.600,'), {
      file: 'rail-junctions.csv',
      row: 2,
      field: 'sources',
      message: /no source given/,
    });
  });
  it('a source id that is not in sources.csv', () => {
    expectOneIssue(edit('places.csv', 'central-asia,S1', 'central-asia,S2'), {
      file: 'places.csv',
      row: 5,
      field: 'sources',
      value: 'S2',
      message: /unknown source in sources\.csv/,
    });
  });
  it('a source with neither URL nor note', () => {
    expectOneIssue(edit('sources.csv', ',assumption,stated for the test', ',assumption,'), {
      file: 'sources.csv',
      row: 3,
      field: 'note',
      message: /without a URL needs a note/,
    });
  });
  it('a source URL that is not http(s)', () => {
    expectOneIssue(edit('sources.csv', 'https://example.org/s1', 'example.org/s1'), {
      file: 'sources.csv',
      field: 'url',
      message: /not an http\(s\) URL/,
    });
  });
  it('a tariff without sources', () => {
    expectOneIssue(
      edit('services.json', '"usdPerTeu": 600,\n        "sources": ["X1"]', '"usdPerTeu": 600,\n        "sources": []'),
      {
        file: 'services.json',
        pointer: '/services/0/tariff/sources',
        message: /at least one source/,
      },
    );
  });

  // Services
  it('a sea service stopping at an airport', () => {
    expectOneIssue(edit('services.json', '"terminal": "sin_port"', '"terminal": "apt_sin"'), {
      file: 'services.json',
      pointer: '/services/0/stops/1/terminal',
      message: /is a airport, not a terminal a sea service can stop at/,
    });
  });
  it('a rail service crossing gauges without a border-crossing stop', () => {
    const files = services((list) => {
      const rail = list[1] as { stops: unknown[] };
      rail.stops.splice(1, 1);
    });
    expectOneIssue(files, {
      file: 'services.json',
      pointer: '/services/1/stops/1',
      message: /changes gauge between urumqi_rail and almaty_rail without stopping at a border crossing/,
    });
    expect(issuesOf(files)[0]?.fix).toMatch(/add the border crossing alashankou_dostyk/);
  });
  it('a track whose gauge does not match the terminal it reaches', () => {
    const issues = issuesOf(
      edit(
        'rail-tracks.csv',
        'rt_dostyk_almaty,alashankou_dostyk,almaty_rail,1520',
        'rt_dostyk_almaty,alashankou_dostyk,almaty_rail,1435',
      ),
    );
    expect(issues.map((i) => [i.file, i.row, i.field])).toContainEqual(['rail-tracks.csv', 4, 'gauge_mm']);
    expect(issues[0]?.message).toMatch(/ends at almaty_rail, whose gauge is 1520 mm/);
  });
  it('a border crossing with track on one gauge only', () => {
    const files = edit('rail-tracks.csv', 'rj_jinghe,alashankou_dostyk,1435', 'rj_jinghe,alashankou_dostyk,1520');
    const issues = issuesOf(files);
    expect(issues.map((i) => i.message)).toContainEqual(
      expect.stringMatching(/tracks of different gauges \(1435, 1520 mm\) meet at this junction/),
    );
    expect(issues.map((i) => i.message)).toContainEqual(
      expect.stringMatching(/no 1435 mm track reaches this border crossing/),
    );
  });
  it('a rail terminal without a gauge', () => {
    expectOneIssue(edit('terminals.csv', 'CN,,,,1435,,12,100', 'CN,,,,,,12,100'), {
      file: 'terminals.csv',
      row: 6,
      field: 'gauge_mm',
      message: /needs a gauge/,
    });
  });
  it('a service leg with no sea path', () => {
    const files = edit('sea-lanes.csv', 'lane_scs_sing,wp_scs,wp_sing,,,X1\n', '');
    expectOneIssue(files, {
      file: 'services.json',
      pointer: '/services/0/stops/1',
      message: /no sea lane path from xmn_port to sin_port/,
    });
  });
  it('a service with one stop', () => {
    expectOneIssue(
      services((list) => (list[0] as { stops: unknown[] }).stops.splice(1, 1)),
      {
        file: 'services.json',
        pointer: '/services/0/stops',
        message: /at least two stops/,
      },
    );
  });
  it('a service without frequency or departures', () => {
    expectOneIssue(
      services((list) => delete (list[0] as { frequencyPerWeek?: number }).frequencyPerWeek),
      {
        file: 'services.json',
        pointer: '/services/0',
        field: 'frequencyPerWeek',
        message: /no frequency and no departures/,
      },
    );
  });
  it('departures in an unknown time zone', () => {
    expectOneIssue(edit('services.json', '"Asia/Shanghai"', '"Asia/Xiamen"'), {
      file: 'services.json',
      pointer: '/services/2/timeZone',
      message: /not an IANA time zone/,
    });
  });
  it('a departure time that is not HH:MM', () => {
    expectOneIssue(edit('services.json', '"time": "09:30"', '"time": "9.30"'), {
      file: 'services.json',
      pointer: '/services/2/departures/0/time',
      message: /24-hour time HH:MM/,
    });
  });
  it('a weekday out of 1..7', () => {
    expectOneIssue(edit('services.json', '"weekday": 4', '"weekday": 8'), {
      file: 'services.json',
      pointer: '/services/2/departures/1/weekday',
      message: /1 = Monday … 7 = Sunday/,
    });
  });
  it('a rail service with no running time and no speed', () => {
    expectOneIssue(edit('services.json', '"runningHours": 30', '"dwellHours": 1'), {
      file: 'services.json',
      message: /./,
    });
  });
  it('an air service with its capacity in TEU', () => {
    expectOneIssue(edit('services.json', '"tonnes": 15', '"teu": 15'), {
      file: 'services.json',
      pointer: '/services/2/unitCapacity',
      message: /capacity in tonnes per vehicle/,
    });
  });
});
