import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A file as Playwright's `setInputFiles` takes it. */
export interface FilePayload {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

const TINY_DATASET = fileURLToPath(new URL('../fixtures/tiny-dataset/', import.meta.url));

function mimeTypeOf(name: string): string {
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.json')) return 'application/json';
  return 'text/plain';
}

/**
 * The hand-drawn tiny dataset of `test/fixtures/tiny-dataset` (4 places, 7 terminals) as files to upload, with
 * optional edits made in memory (the fixture on disk is never changed).
 * @param edits - new text for some files, by name, computed from the old
 * @returns one payload per file of the folder, README included
 * @example
 * tinyDatasetFiles({ 'places.csv': (text) => text.replace('24.480', '95') });
 */
export function tinyDatasetFiles(edits: Readonly<Record<string, (text: string) => string>> = {}): FilePayload[] {
  return readdirSync(TINY_DATASET)
    .sort()
    .map((name) => {
      const text = readFileSync(`${TINY_DATASET}${name}`, 'utf8');
      const edit = edits[name];
      return { name, mimeType: mimeTypeOf(name), buffer: Buffer.from(edit === undefined ? text : edit(text), 'utf8') };
    });
}
