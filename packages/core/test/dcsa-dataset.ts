/**
 * The DCSA fixtures (test/fixtures/dcsa: published example payloads) and the Fujian dataset with the three
 * seaports the French Asia Line 1 example calls at and Fujian lacks (Ningbo, Le Havre, Dunkirk), added for
 * tests only from test/fixtures/dcsa/fujian-additions — never in data/fujian.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatasetFiles } from '../src/load/dataset-files.js';
import { readDatasetDirectory } from '../src/node/read-dataset-directory.js';
import { FUJIAN_DATASET_DIR } from './fujian-dataset.js';

export const DCSA_FIXTURES_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'test',
  'fixtures',
  'dcsa',
);
export const DCSA_MALFORMED_DIR = join(DCSA_FIXTURES_DIR, '..', 'malformed', 'dcsa');

/** The text of a fixture of test/fixtures/dcsa. */
export function dcsaFixture(name: string): string {
  return readFileSync(join(DCSA_FIXTURES_DIR, name), 'utf8');
}

const ADDED_TABLES = ['places.csv', 'terminals.csv', 'sea-lanes.csv', 'road-links.csv', 'sources.csv'];

/**
 * The Fujian dataset's files with the rows of fujian-additions appended (header rows dropped): all of them, or
 * (`sourceOnly`) just the source row DCSA1 that imported services cite.
 */
export function fujianWithDcsaPorts(sourceOnly = false): Record<string, string> {
  const files: Record<string, string> = { ...(readDatasetDirectory(FUJIAN_DATASET_DIR) as DatasetFiles) };
  for (const name of sourceOnly ? ['sources.csv'] : ADDED_TABLES) {
    const rows = readFileSync(join(DCSA_FIXTURES_DIR, 'fujian-additions', name), 'utf8')
      .split('\n')
      .slice(1)
      .join('\n');
    const base = files[name] ?? '';
    files[name] = `${base.endsWith('\n') ? base : `${base}\n`}${rows}`;
  }
  return files;
}

/** `files` with `services` appended to its services.json. */
export function withServices(files: Record<string, string>, services: readonly unknown[]): Record<string, string> {
  const parsed = JSON.parse(files['services.json'] ?? '{"services":[]}') as { services: unknown[] };
  return { ...files, 'services.json': JSON.stringify({ services: [...parsed.services, ...services] }) };
}
