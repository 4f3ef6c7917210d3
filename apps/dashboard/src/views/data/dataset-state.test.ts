import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/create-engine';
import type { AsyncEngineApi } from '../../engine/engine-api';
import type { ChosenFile } from '../../engine/upload/read-dataset-files';
import { asyncEngine } from '../../test-support/async-engine';
import { TINY_DATASET_FILES } from '../../test-support/tiny-dataset';
import type { EngineAsk } from '../view-module';
import { DatasetState } from './dataset-state.svelte';

function withEngine(): DatasetState {
  const api = asyncEngine(createEngine());
  const ask: EngineAsk = (call) => call(api);
  return new DatasetState(ask);
}

const chosen = (files: Readonly<Record<string, string>>): ChosenFile[] =>
  Object.entries(files).map(([name, text]) => ({ path: `tiny/${name}`, file: new Blob([text]) }));

async function loaded(state: DatasetState): Promise<void> {
  state.ensureLoaded();
  await expect.poll(() => state.status).toBe('ready');
}

describe('DatasetState', () => {
  it('fetches the bundled dataset once asked, and not before', async () => {
    const state = withEngine();
    expect(state.status).toBe('idle');
    await loaded(state);
    expect(state.summary?.name).toBe('Fujian corridors');
    expect(state.terminals.length).toBe(state.summary?.counts.terminals);
    expect(state.services.length).toBe(state.summary?.counts.services);
    expect(state.sources.length).toBe(state.summary?.counts.sources);
    expect(state.mapData?.terminals.features.length).toBe(state.terminals.length);
  });

  it('loads the user’s files, switches to them and fits the map to them', async () => {
    const state = withEngine();
    await loaded(state);
    await state.loadFiles(chosen(TINY_DATASET_FILES));
    expect(state.upload).toEqual({ status: 'loaded', fileCount: Object.keys(TINY_DATASET_FILES).length });
    expect(state.summary).toMatchObject({ name: 'Tiny', origin: 'loaded', counts: { places: 4, terminals: 7 } });
    expect(state.terminals).toHaveLength(7);
    expect(state.focus?.target).toEqual({ kind: 'bounds', bounds: state.summary?.bounds });
  });

  it('shows each step the engine tells while it loads, then the loaded state once the tables have come', async () => {
    const engine = createEngine();
    const seen: string[] = [];
    const api: AsyncEngineApi = {
      ...asyncEngine(engine),
      loadFiles: (files, onProgress) =>
        engine.loadFiles(files, (progress) => {
          onProgress?.(progress);
          seen.push(state.upload.status === 'loading' ? state.upload.progress.step : state.upload.status);
        }),
    };
    const state = new DatasetState((call) => call(api));
    const loading = state.loadFiles(chosen(TINY_DATASET_FILES));
    expect(state.busy).toBe(true);
    await loading;
    expect(seen[0]).toBe('reading');
    expect(seen).toContain('checking');
    expect(seen.at(-1)).toBe('opening');
    expect(state.upload).toEqual({ status: 'loaded', fileCount: Object.keys(TINY_DATASET_FILES).length });
    expect(state.busy).toBe(false);
  });

  it('lists the loader’s issues and keeps the dataset when the files are invalid', async () => {
    const state = withEngine();
    await loaded(state);
    const broken = {
      ...TINY_DATASET_FILES,
      'places.csv': (TINY_DATASET_FILES['places.csv'] ?? '').replace('24.480', '95'),
    };
    await state.loadFiles(chosen(broken));
    expect(state.upload).toMatchObject({
      status: 'invalid',
      issues: [{ file: 'places.csv', row: 2, field: 'lat', value: '95' }],
    });
    expect(state.summary?.name).toBe('Fujian corridors');
  });

  it('rejects files that are not UTF-8 before the engine sees them', async () => {
    const state = withEngine();
    await state.loadFiles([{ path: 'places.csv', file: new Blob([new Uint8Array([0xcf, 0xc3])]) }]);
    expect(state.upload).toEqual({ status: 'rejected', problems: [{ kind: 'not-utf8', file: 'places.csv' }] });
    expect(state.status).toBe('idle');
  });

  it('goes back to the bundled dataset and clears the selection', async () => {
    const state = withEngine();
    await loaded(state);
    await state.loadFiles(chosen(TINY_DATASET_FILES));
    const crossing = state.terminals.find((row) => row.id === 'alashankou_dostyk');
    if (crossing !== undefined) state.showTerminal(crossing);
    expect(state.selection).toEqual({ kind: 'terminal', id: 'alashankou_dostyk' });
    await state.useBundled();
    expect(state.summary?.origin).toBe('bundled');
    expect(state.upload).toEqual({ status: 'idle' });
    expect(state.selection).toBeNull();
    expect(state.terminals.length).toBeGreaterThan(7);
  });

  it('moves the map again when the same row is shown twice', async () => {
    const state = withEngine();
    await loaded(state);
    const port = state.terminals.find((row) => row.id === 'xmn_port_haicang');
    const service = state.services[0];
    if (port === undefined || service === undefined) throw new Error('the bundled dataset lacks its Haicang port');
    state.showTerminal(port);
    const first = state.focus;
    state.showTerminal(port);
    expect(state.focus?.serial).toBe((first?.serial ?? 0) + 1);
    expect(state.focus?.target).toEqual({ kind: 'point', center: port.position, zoom: 8 });
    state.showService(service);
    expect(state.selection).toEqual({ kind: 'service', id: service.id });
    expect(state.focus?.target).toEqual({ kind: 'bounds', bounds: service.bounds });
  });

  it('reports a dead engine as failed', async () => {
    const state = new DatasetState(() => Promise.reject(new Error('engine worker failed')));
    state.ensureLoaded();
    await expect.poll(() => state.status).toBe('failed');
    await state.loadFiles(chosen({ 'dataset.json': '{}' }));
    expect(state.upload).toEqual({ status: 'failed' });
  });
});
