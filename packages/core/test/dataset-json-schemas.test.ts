// Lives in test/ because it crosses concerns: load (the subject) and engine (the first dataset must route).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../src/engine/create-engine.js';
import { datasetJsonSchemas } from '../src/load/dataset-json-schemas.js';
import { loadNetwork } from '../src/load/load-network.js';
import { TABLE_COLUMNS } from '../src/load/table-columns.js';
import { CorridorError } from '../src/model/corridor-error.js';
import { FUJIAN_DATASET_DIR } from './fujian-dataset.js';
import { tinyDataset } from './tiny-dataset.js';

const CORE = fileURLToPath(new URL('..', import.meta.url));
const schemas = datasetJsonSchemas();
const ajv = new Ajv2020({ allErrors: true, strict: false, coerceTypes: true });
const validators = Object.fromEntries(Object.entries(schemas).map(([file, schema]) => [file, ajv.compile(schema)]));

/** The rows of a CSV as a validator takes them: objects of their non-empty cells (what the schemas describe). */
function rowsOf(text: string): Record<string, string>[] {
  const { data } = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (name) => name.trim(),
  });
  return data.map((row) =>
    Object.fromEntries(Object.entries(row).filter(([, cell]) => typeof cell === 'string' && cell.trim() !== '')),
  );
}

/** What the published schema says of one file's text: the messages of every row or document it refuses. */
function schemaProblems(file: string, text: string): string[] {
  const validate = validators[file];
  if (validate === undefined) throw new Error(`no schema for ${file}`);
  const documents = file.endsWith('.csv') ? rowsOf(text) : [JSON.parse(text) as unknown];
  return documents.flatMap((document, k) =>
    validate(document) ? [] : (validate.errors ?? []).map((error) => `${k}${error.instancePath} ${error.message}`),
  );
}

function loaderRefuses(files: Record<string, string>): boolean {
  try {
    loadNetwork(files);
    return false;
  } catch (error) {
    if (error instanceof CorridorError) return true;
    throw error;
  }
}

describe('the published JSON Schemas of the dataset files', () => {
  it('cover every file of the format, and every column of every table', () => {
    expect(Object.keys(schemas).sort()).toEqual(
      [...Object.keys(TABLE_COLUMNS), 'dataset.json', 'services.json', 'corridors.json', 'calibration.json']
        .concat(['scenarios.json', 'scenario.json'])
        .sort(),
    );
    for (const [file, columns] of Object.entries(TABLE_COLUMNS)) {
      const properties = Object.keys((schemas[file] as { properties: object }).properties);
      expect(properties).toEqual(columns.map((column) => column.name));
    }
  });

  it('accept every file and every row of the bundled Fujian dataset', () => {
    const files = readdirSync(FUJIAN_DATASET_DIR).filter((file) => file in schemas);
    expect(files.length).toBe(14);
    for (const file of files) {
      expect(schemaProblems(file, readFileSync(join(FUJIAN_DATASET_DIR, file), 'utf8')), file).toEqual([]);
    }
  });

  it('refuse, like the loader, the values a first dataset gets wrong', () => {
    const cases: [file: string, edit: (text: string) => string][] = [
      ['places.csv', (text) => text.replace('118.089,24.480', '118.089,95')],
      ['terminals.csv', (text) => text.replace('sin_port,seaport', 'sin_port,harbour')],
      [
        'terminals.csv',
        (text) =>
          text.replace(
            'urumqi_rail,rail-terminal,urumqi,Urumqi,乌鲁木齐站,87.620,43.830,CN,,,,1435',
            'urumqi_rail,rail-terminal,urumqi,Urumqi,乌鲁木齐站,87.620,43.830,CN,,,,1067',
          ),
      ],
      ['terminals.csv', (text) => text.replace(',9000000,', ',-5,')],
      ['places.csv', (text) => text.replace(',CN,fujian', ',China,fujian')],
      ['services.json', (text) => text.replace(/"vehicle": ?"[a-z-]+"/, '"vehicle": "rail-domestic"')],
      ['services.json', (text) => text.replace(/"frequencyPerWeek": ?[\d.]+/, '"frequencyPerWeek": 0')],
      ['dataset.json', (text) => text.replace('{', '{"extra": 1,')],
    ];
    for (const [file, edit] of cases) {
      const text = edit(tinyDataset[file] ?? '');
      expect(text, `the edit of ${file} took`).not.toBe(tinyDataset[file]);
      expect(schemaProblems(file, text).length, `${file}: the schema refuses it`).toBeGreaterThan(0);
      expect(loaderRefuses({ ...tinyDataset, [file]: text }), `${file}: the loader refuses it`).toBe(true);
    }
  });

  it('list no allowed value that docs/dataset-format.md does not', () => {
    const doc = readFileSync(join(CORE, '..', '..', 'docs', 'dataset-format.md'), 'utf8');
    const values = new Set<string>();
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node !== null && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'enum' && Array.isArray(value)) for (const item of value) values.add(String(item));
          else collect(value);
        }
      }
    };
    collect(schemas);
    expect(values.size).toBeGreaterThan(40);
    expect([...values].filter((value) => !doc.includes(`\`${value}\``))).toEqual([]);
  });

  it('accept the first dataset of docs/dataset-format.md, which loads and routes on the first try', () => {
    const doc = readFileSync(join(CORE, '..', '..', 'docs', 'dataset-format.md'), 'utf8');
    const files = Object.fromEntries(
      [...doc.matchAll(/^```(?:csv|json) file=(\S+)\n([\s\S]*?)^```$/gm)].map(([, file = '', text = '']) => [
        file,
        text,
      ]),
    );
    expect(Object.keys(files).sort()).toEqual([
      'dataset.json',
      'places.csv',
      'road-links.csv',
      'sea-lanes.csv',
      'sea-waypoints.csv',
      'services.json',
      'sources.csv',
      'terminals.csv',
    ]);
    for (const [file, text] of Object.entries(files)) expect(schemaProblems(file, text), file).toEqual([]);
    const answer = createEngine(loadNetwork(files)).route({ from: 'Xiamen', to: 'Singapore', teu: 1 });
    expect('itineraries' in answer && answer.itineraries[0]?.legs.some((leg) => leg.mode === 'sea')).toBe(true);
  });

  it('let a JSON file name its schema, which the loader reads past', () => {
    const services = JSON.parse(tinyDataset['services.json'] ?? '{}') as Record<string, unknown>;
    const named = JSON.stringify({ $schema: './schema/dataset/services.schema.json', ...services });
    expect(schemaProblems('services.json', named)).toEqual([]);
    expect(loadNetwork({ ...tinyDataset, 'services.json': named }).services.length).toBeGreaterThan(0);
  });

  it('are the ones checked in under packages/core/schema (run `pnpm --filter @corridor/core build` after a change)', {
    timeout: 60_000,
  }, () => {
    const fresh = mkdtempSync(join(tmpdir(), 'corridor-schema-'));
    try {
      execFileSync(process.execPath, [join(CORE, 'scripts', 'write-schemas.mjs'), '--out', fresh], { stdio: 'pipe' });
      const list = (dir: string): string[] =>
        readdirSync(dir, { recursive: true, encoding: 'utf8' })
          .filter((path) => path.endsWith('.json'))
          .sort();
      expect(list(join(CORE, 'schema'))).toEqual(list(fresh));
      for (const path of list(fresh)) {
        expect(readFileSync(join(CORE, 'schema', path), 'utf8'), path).toBe(readFileSync(join(fresh, path), 'utf8'));
      }
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});
