import { describe, expect, it } from 'vitest';
import { MAX_DATASET_BYTES } from '../../shared/dataset-limits';
import { decodeUtf8 } from './decode-utf8';
import { readDatasetFiles } from './read-dataset-files';

const text = (content: BlobPart): Blob => new Blob([content]);

describe('decodeUtf8', () => {
  it('decodes UTF-8, Chinese included, and drops a byte-order mark', () => {
    expect(decodeUtf8(new TextEncoder().encode('厦门港海沧'))).toBe('厦门港海沧');
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x69, 0x64]))).toBe('id');
  });

  it('gives null for bytes that are not UTF-8 (GBK, Latin-1, binary)', () => {
    expect(decodeUtf8(new Uint8Array([0xcf, 0xc3, 0xc3, 0xc5]))).toBeNull(); // 厦门 in GBK
    expect(decodeUtf8(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toBeNull(); // Café in Latin-1
    expect(decodeUtf8(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff]))).toBeNull(); // PNG
  });

  it('decodes nothing to the empty string', () => {
    expect(decodeUtf8(new Uint8Array())).toBe('');
  });
});

describe('readDatasetFiles', () => {
  it('reads every chosen file as text, by name', async () => {
    const result = await readDatasetFiles([
      { path: 'tiny/places.csv', file: text('id,name_en\n') },
      { path: 'tiny/dataset.json', file: text('{"name":"厦门"}') },
    ]);
    expect(result).toEqual({ ok: true, files: { 'places.csv': 'id,name_en\n', 'dataset.json': '{"name":"厦门"}' } });
  });

  it('tells the bytes read after each file, from none to all of them', async () => {
    const heard: [number, number][] = [];
    await readDatasetFiles(
      [
        { path: 'places.csv', file: text('id,name_en\n') },
        { path: 'dataset.json', file: text('{}') },
      ],
      (done, total) => heard.push([done, total]),
    );
    expect(heard).toEqual([
      [0, 13],
      [11, 13],
      [13, 13],
    ]);
  });

  it('lists every file that is not UTF-8, and reads no dataset', async () => {
    const result = await readDatasetFiles([
      { path: 'places.csv', file: text(new Uint8Array([0xcf, 0xc3])) },
      { path: 'dataset.json', file: text('{}') },
      { path: 'logo.png', file: text(new Uint8Array([0x89, 0x50, 0xff])) },
    ]);
    expect(result).toEqual({
      ok: false,
      problems: [
        { kind: 'not-utf8', file: 'places.csv' },
        { kind: 'not-utf8', file: 'logo.png' },
      ],
    });
  });

  it('refuses files over the size limit without reading them', async () => {
    let read = false;
    const huge = {
      size: MAX_DATASET_BYTES + 1,
      arrayBuffer: () => {
        read = true;
        return Promise.resolve(new ArrayBuffer(0));
      },
    } as unknown as Blob;
    const result = await readDatasetFiles([{ path: 'places.csv', file: huge }]);
    expect(result).toMatchObject({ ok: false, problems: [{ kind: 'too-large' }] });
    expect(read).toBe(false);
  });

  it('reports a file the browser cannot read as unreadable', async () => {
    const gone = { size: 3, arrayBuffer: () => Promise.reject(new Error('NotReadableError')) } as unknown as Blob;
    expect(await readDatasetFiles([{ path: 'places.csv', file: gone }])).toEqual({
      ok: false,
      problems: [{ kind: 'unreadable', file: 'places.csv' }],
    });
  });
});
