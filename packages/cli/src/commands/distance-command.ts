import {
  buildInfrastructureGraphs,
  CorridorError,
  createNetworkLookup,
  didYouMean,
  gaugeChangeCrossings,
  type InfrastructureDistance,
  type InfrastructureDistanceProperties,
  infrastructureDistance,
  infrastructureDistanceFeature,
  type Location,
  MODES,
  type Mode,
  type Network,
  PASSAGE_IDS,
  type PassageId,
  suggest,
} from '@corridor/core';
import { Command } from 'commander';
import { EXIT_FAILURE } from '../exit-codes.js';
import type { CliOutput } from '../run-cli.js';
import { loadDataset } from './load-dataset.js';
import { fixedDigits } from './number-format.js';
import { displayWidth, padEndDisplay, WIDTH } from './text-table.js';

/** The commander error code a command uses to end with its own exit code (see `runCli`). */
const NO_PATH = 'corridor.no-path';

interface DistanceOptions {
  mode: string;
  avoid?: string;
  data?: string;
  json?: boolean;
}

const oneDecimal = fixedDigits(1);

function choices(values: readonly string[]): string {
  return `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

/** Checks `--mode` and `--avoid`, adding a line to `problems` for each bad value. */
function readModeAndPassages(options: DistanceOptions, problems: string[]): { mode: Mode; avoid: Set<PassageId> } {
  const modeText = options.mode.trim().toLowerCase();
  const mode = MODES.find((m) => m === modeText);
  if (mode === undefined) {
    const hint = didYouMean(suggest(modeText, MODES));
    problems.push(`--mode: unknown mode "${options.mode}"${hint === '' ? `; use ${choices(MODES)}` : hint}`);
  }
  const avoid = new Set<PassageId>();
  for (const item of (options.avoid ?? '').split(',')) {
    const text = item.trim().toLowerCase();
    if (text === '') continue;
    const passage = PASSAGE_IDS.find((p) => p === text);
    if (passage !== undefined) {
      avoid.add(passage);
      continue;
    }
    const hint = didYouMean(suggest(text, PASSAGE_IDS));
    problems.push(`--avoid: unknown passage "${item.trim()}"${hint === '' ? `; use ${choices(PASSAGE_IDS)}` : hint}`);
  }
  if (avoid.size > 0 && mode !== undefined && mode !== 'sea') {
    problems.push(`--avoid: passages are on sea lanes only, so they change no ${mode} distance; drop --avoid`);
  }
  return { mode: mode ?? 'sea', avoid };
}

function locationId(location: Location): string {
  return location.kind === 'place' ? location.place.id : location.terminal.id;
}

function locationName(location: Location): string {
  return location.kind === 'place' ? location.place.nameEn : location.terminal.nameEn;
}

/** `label` then `parts` joined by `separator`, wrapped to `WIDTH` between parts, continuation lines indented. */
function field(label: string, parts: readonly string[], separator = ' '): string {
  const indent = `  ${padEndDisplay(label, 10)} `;
  const lines: string[] = [];
  let line = indent;
  for (const part of parts) {
    const joined = line === indent ? `${line}${part}` : `${line}${separator}${part}`;
    if (displayWidth(joined) > WIDTH && line !== indent) {
      lines.push(`${line}${separator.trimEnd()}`);
      line = `${' '.repeat(displayWidth(indent))}${part}`;
    } else {
      line = joined;
    }
  }
  lines.push(line);
  return `${lines.join('\n')}\n`;
}

const words = (text: string) => text.split(' ');

function terminalText(network: Network, id: string): string {
  const terminal = network.terminals.find((t) => t.id === id);
  if (terminal !== undefined) return `${terminal.nameEn} (${id})`;
  const place = network.places.find((p) => p.id === id);
  return `${place?.nameEn ?? id} (${id}, the place itself)`;
}

function table(
  network: Network,
  from: Location,
  to: Location,
  result: InfrastructureDistance,
  properties: InfrastructureDistanceProperties,
  avoid: ReadonlySet<PassageId>,
): string {
  let text = `${locationName(from)} (${locationId(from)}) → ${locationName(to)} (${locationId(to)})\n`;
  text += field('mode', [result.mode === 'air' ? 'air (great circle between the airports)' : result.mode]);
  text += field(
    'distance',
    [`${oneDecimal.format(properties.distanceKm)} km`, `${oneDecimal.format(properties.distanceNm)} nm`],
    '   ',
  );
  if (result.mode === 'sea') {
    text += field('passages', result.passages.length === 0 ? ['none'] : result.passages, ' → ');
  }
  if (result.mode === 'rail') {
    const breaks = gaugeChangeCrossings(network);
    const crossings = result.nodes
      .slice(1, -1)
      .map((node) => network.terminals.find((t) => t.id === node && t.kind === 'border-crossing'))
      .filter((t) => t !== undefined)
      .map((t) => `${t.nameEn}${breaks.has(t.id) ? ' (gauge break)' : ''}`);
    text += field('crossings', crossings.length === 0 ? ['none'] : crossings, ' → ');
  }
  text += field('from', words(terminalText(network, result.fromTerminalId)));
  text += field('to', words(terminalText(network, result.toTerminalId)));
  if (avoid.size > 0) text += field('avoiding', [...avoid], ', ');
  return text;
}

/**
 * `corridor distance <from> <to> [--mode sea|rail|road|air] [--avoid p1,p2] [--data DIR] [--json]`: the
 * shortest infrastructure distance between two places or terminals, whatever services run. `--json` prints
 * `{ from, to, mode, distanceKm, distanceNm, passages, fromTerminalId, toTerminalId, geometry }` on one line,
 * distances rounded to 0.1 km and 0.1 nm and the geometry (a GeoJSON LineString, continuous across ±180°)
 * to 5 decimals, so the output is byte-identical across runs. Exit 1 when there is no path (with `--json`,
 * `{ "noPath": { "reason" } }` on stdout too); exit 2 for an unknown place, mode or passage.
 */
export function distanceCommand(io: CliOutput): Command {
  return new Command('distance')
    .description('the shortest sea, rail, road or great-circle distance between two places or terminals')
    .argument('<from>', 'a place or terminal: id, UN/LOCODE, IATA code, English or Chinese name')
    .argument('<to>', 'a place or terminal, likewise')
    .option('--mode <mode>', `what to measure on: ${choices(MODES)}`, 'sea')
    .option('--avoid <passages>', 'passages a sea path may not use, comma-separated (suez,bab-el-mandeb)')
    .option('--data <dir>', 'a dataset folder instead of the bundled one')
    .option('--json', 'print JSON: distanceKm, distanceNm, passages and the geometry (GeoJSON)')
    .action((fromQuery: string, toQuery: string, options: DistanceOptions, command: Command) => {
      const problems: string[] = [];
      const { mode, avoid } = readModeAndPassages(options, problems);
      const network = loadDataset(options.data);
      const lookup = createNetworkLookup(network);
      const find = (query: string, role: string): Location | undefined => {
        try {
          return lookup.find(query, role);
        } catch (error) {
          if (!(error instanceof CorridorError)) throw error;
          problems.push(error.message);
          return undefined;
        }
      };
      const from = find(fromQuery, 'from');
      const to = find(toQuery, 'to');
      if (problems.length > 0 || from === undefined || to === undefined) {
        const summary =
          problems.length === 1
            ? `distance: ${problems[0]}`
            : `distance: ${problems.length} problems with the arguments\n${problems.map((p) => `  - ${p}`).join('\n')}`;
        throw new CorridorError('invalid-argument', summary);
      }
      const graphs = buildInfrastructureGraphs(network);
      const result = infrastructureDistance(network, graphs, locationId(from), locationId(to), {
        mode,
        avoidPassages: avoid,
      });
      if ('noPath' in result) {
        if (options.json === true) io.out(`${JSON.stringify({ noPath: { reason: result.noPath.reason } })}\n`);
        command.error(`corridor: distance: ${result.noPath.reason}`, { exitCode: EXIT_FAILURE, code: NO_PATH });
        return;
      }
      const feature = infrastructureDistanceFeature(result);
      if (options.json !== true) {
        io.out(table(network, from, to, result, feature.properties, avoid));
        return;
      }
      const json = {
        from: locationId(from),
        to: locationId(to),
        mode,
        distanceKm: feature.properties.distanceKm,
        distanceNm: feature.properties.distanceNm,
        passages: feature.properties.passages,
        fromTerminalId: result.fromTerminalId,
        toTerminalId: result.toTerminalId,
        geometry: feature.geometry,
      };
      io.out(`${JSON.stringify(json)}\n`);
    });
}
