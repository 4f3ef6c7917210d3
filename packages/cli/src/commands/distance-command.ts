import type { Network } from '@corridor/core';
import { answerJson, createEngine, type DistanceAnswer, type DistanceRequest } from '@corridor/core/engine';
import { Command } from 'commander';
import { EXIT_FAILURE } from '../exit-codes.js';
import type { CliOutput } from '../run-cli.js';
import { listOption, withOptions } from './engine-request.js';
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

/** The option or argument of each request field, for the engine's issues. */
const OPTION_OF = { from: '<from>', to: '<to>', mode: '--mode', avoidPassages: '--avoid' } as const;

const oneDecimal = fixedDigits(1);

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

type Distance = Extract<DistanceAnswer, { readonly distanceKm: number }>;

function endName(network: Network, id: string): string {
  const place = network.places.find((p) => p.id === id);
  return place?.nameEn ?? network.terminals.find((t) => t.id === id)?.nameEn ?? id;
}

function table(network: Network, distance: Distance, avoid: readonly string[]): string {
  let text = `${endName(network, distance.from)} (${distance.from}) → ${endName(network, distance.to)} (${distance.to})\n`;
  text += field('mode', [distance.mode === 'air' ? 'air (great circle between the airports)' : distance.mode]);
  text += field(
    'distance',
    [`${oneDecimal.format(distance.distanceKm)} km`, `${oneDecimal.format(distance.distanceNm)} nm`],
    '   ',
  );
  if (distance.mode === 'sea') {
    text += field('passages', distance.passages.length === 0 ? ['none'] : distance.passages, ' → ');
  }
  if (distance.mode === 'rail') {
    const crossings = distance.crossings.map((c) => `${c.nameEn}${c.gaugeBreak ? ' (gauge break)' : ''}`);
    text += field('crossings', crossings.length === 0 ? ['none'] : crossings, ' → ');
  }
  text += field('from', words(terminalText(network, distance.fromTerminalId)));
  text += field('to', words(terminalText(network, distance.toTerminalId)));
  if (avoid.length > 0) text += field('avoiding', [...avoid], ', ');
  return text;
}

/**
 * `corridor distance <from> <to> [--mode sea|rail|road|air] [--avoid p1,p2] [--data DIR] [--json]`: the
 * shortest infrastructure distance between two places or terminals, whatever services run — the engine's
 * `distance`. `--json` prints its answer on one line: `{ from, to, mode, distanceKm, distanceNm, passages,
 * crossings, fromTerminalId, toTerminalId, geometry }`, distances rounded to 0.1 km and 0.1 nm and the geometry
 * (a GeoJSON LineString, continuous across ±180°) to 5 decimals, so the output is byte-identical across runs.
 * Exit 1 when there is no path (with `--json`, `{ from, to, mode, noPath: { reason } }` on stdout too); exit 2
 * for an unknown place, mode or passage.
 */
export function distanceCommand(io: CliOutput): Command {
  return new Command('distance')
    .description('the shortest sea, rail, road or great-circle distance between two places or terminals')
    .argument('<from>', 'a place or terminal: id, UN/LOCODE, IATA code, English or Chinese name')
    .argument('<to>', 'a place or terminal, likewise')
    .option('--mode <mode>', 'what to measure on: sea, rail, road or air', 'sea')
    .option('--avoid <passages>', 'passages a sea path may not use, comma-separated (suez,bab-el-mandeb)')
    .option('--data <dir>', 'a dataset folder instead of the bundled one')
    .option('--json', 'print JSON: distanceKm, distanceNm, passages, crossings and the geometry (GeoJSON)')
    .action((fromQuery: string, toQuery: string, options: DistanceOptions, command: Command) => {
      const engine = createEngine(loadDataset(options.data));
      const avoid = listOption(options.avoid);
      const request: DistanceRequest = {
        from: fromQuery,
        to: toQuery,
        mode: options.mode.trim().toLowerCase() as DistanceRequest['mode'] & string,
        ...(avoid === undefined || avoid.length === 0
          ? {}
          : { avoidPassages: avoid.map((p) => p.toLowerCase()) as NonNullable<DistanceRequest['avoidPassages']> }),
      };
      const answer = withOptions('distance', OPTION_OF, () => engine.distance(request));
      if ('noPath' in answer) {
        if (options.json === true) io.out(answerJson(answer));
        command.error(`corridor: distance: ${answer.noPath.reason}`, { exitCode: EXIT_FAILURE, code: NO_PATH });
        return;
      }
      io.out(options.json === true ? answerJson(answer) : table(engine.network, answer, avoid ?? []));
    });
}
