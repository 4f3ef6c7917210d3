import { existsSync, readFileSync } from 'node:fs';
import { CorridorError, type InputIssue, loadNetwork, type Network } from '@corridor/core';
import { type AssignmentAnswer, type AssignRequest, answerJson, createEngine } from '@corridor/core/engine';
import type { IterationRecord } from '@corridor/core/flow';
import { readDatasetDirectory } from '@corridor/core/node';
import { Command } from 'commander';
import type { CliOutput } from '../run-cli.js';
import { numberOption, withOptions } from './engine-request.js';
import { formatAssignment } from './format-assignment.js';
import { loadDataset } from './load-dataset.js';
import { BUNDLED_DATASET_DIR } from './validate-command.js';

/** The options of `corridor assign` as commander hands them over (all text). */
interface AssignCommandOptions {
  method?: string;
  uncapped?: boolean;
  demand?: string;
  gap?: string;
  maxIterations?: string;
  select?: string;
  data?: string;
  json?: boolean;
}

/** Where the progress bar goes: the CLI's stderr, and whether it is a terminal. */
export interface ProgressTarget {
  readonly err: (text: string) => void;
  readonly isTerminal: boolean;
}

/** The option a user typed for each request field. */
const OPTION_OF_FIELD: Readonly<Record<string, string>> = {
  method: '--method',
  gap: '--gap',
  maxIterations: '--max-iterations',
  select: '--select',
};

/** The options as the engine's request: text passed on as typed, for the engine to check. */
function assignRequest(options: AssignCommandOptions): AssignRequest {
  const methodText = options.method?.trim().toLowerCase();
  if (options.uncapped === true && methodText !== undefined && !methodText.startsWith('equilibrium')) {
    throw new CorridorError(
      'invalid-argument',
      `assign: --uncapped: applies to --method equilibrium only; drop it or --method ${options.method}`,
    );
  }
  // --uncapped is the equilibrium without hard capacities: unconstrained demand.
  const method = options.uncapped === true ? 'equilibrium-uncapped' : methodText;
  return {
    ...(method === undefined ? {} : { method }),
    ...(options.gap === undefined ? {} : { gap: numberOption(options.gap) }),
    ...(options.maxIterations === undefined ? {} : { maxIterations: numberOption(options.maxIterations) }),
    ...(options.select === undefined ? {} : { select: options.select.trim() }),
  } as AssignRequest;
}

/**
 * The network to assign on: the dataset (bundled or `--data`), with its `demand.csv` replaced by `--demand`
 * FILE when given. The replaced dataset goes through the loader, so every problem of the file is reported
 * with its row and field (and under the file's own name).
 */
function readNetwork(options: AssignCommandOptions): Network {
  if (options.demand === undefined) return loadDataset(options.data);
  const dir = options.data ?? BUNDLED_DATASET_DIR;
  if (options.data === undefined && !existsSync(dir)) {
    throw new CorridorError(
      'invalid-argument',
      `assign: --demand needs the dataset's folder, and the bundled one (${dir}) is not here; give --data DIR too`,
    );
  }
  let text: string;
  try {
    text = readFileSync(options.demand, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new CorridorError(
      'invalid-argument',
      `assign: --demand: cannot read "${options.demand}" (${reason}); give a CSV file with the header ` +
        'from,to,cargo,teu_per_week,tonnes_per_week,basis,sources',
    );
  }
  const files = { ...readDatasetDirectory(dir), 'demand.csv': text };
  try {
    return loadNetwork(files, { name: dir });
  } catch (error) {
    if (!(error instanceof CorridorError) || error.issues.length === 0) throw error;
    const issues: InputIssue[] = error.issues.map((issue) =>
      issue.file === 'demand.csv' ? { ...issue, file: options.demand as string } : issue,
    );
    throw new CorridorError(error.code, `assign: --demand "${options.demand}" is not a valid demand file`, issues);
  }
}

/** Columns of the progress bar itself. */
const BAR_WIDTH = 24;

/**
 * A one-line progress bar for an equilibrium run, redrawn in place on a terminal's stderr. Progress is the
 * way down from the first gap to the target on a log scale (Frank–Wolfe's gap falls roughly geometrically),
 * so the bar moves evenly even though the number of iterations is not known in advance. Not drawn when
 * stderr is not a terminal or the output is JSON.
 *
 * @returns the `onIteration` callback and `done`, which clears the line
 */
export function progressBar(target: ProgressTarget, targetGap: number) {
  let firstGap: number | undefined;
  let drawn = false;
  const onIteration = (record: IterationRecord) => {
    if (!target.isTerminal) return;
    const gap = Math.max(record.relativeGap, Number.MIN_VALUE);
    firstGap ??= gap;
    const span = Math.log(firstGap) - Math.log(targetGap);
    const share = span > 0 ? Math.min(1, Math.max(0, (Math.log(firstGap) - Math.log(gap)) / span)) : 1;
    const filled = Math.round(share * BAR_WIDTH);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
    target.err(
      `\r\x1b[2Kassign ${bar} iteration ${record.iteration} · gap ${gap.toExponential(2)} → ${targetGap.toExponential(0)}`,
    );
    drawn = true;
  };
  const done = () => {
    if (drawn) target.err('\r\x1b[2K');
  };
  return { onIteration, done };
}

/**
 * `corridor assign [--method aon|capacity|equilibrium|equilibrium-uncapped] [--uncapped] [--demand FILE] [--gap 1e-4] [--max-iterations N]
 * [--select ELEMENT] [--data DIR] [--json]`: assigns the demand matrix (the dataset's, or FILE in the
 * `demand.csv` format) to the services and prints utilization tables within 100 columns — the busiest
 * elements, corridors, border crossings, unserved demand, mode split and calibration — after a one-line
 * summary; `--json` prints the engine's `AssignmentAnswer` through `answerJson` (byte-identical across runs). With
 * `--select`, also the OD pairs whose paths use the element (select-link). An equilibrium run draws a
 * progress bar on stderr when stderr is a terminal and the output is not JSON. Exit 2 for a bad option or
 * an unknown element, 1 for an invalid demand file or dataset.
 *
 * @param io - where to write
 * @param terminal - whether stderr is a terminal (default: the process's); tests pass it
 * @returns the commander command
 */
export function assignCommand(io: CliOutput, terminal = process.stderr.isTTY === true): Command {
  return new Command('assign')
    .description('assign the demand matrix to the services: flows, utilization, unserved demand, calibration')
    .option(
      '--method <method>',
      'aon (all-or-nothing), capacity (incremental loading), equilibrium (default: service legs carry at most ' +
        'what they offer, the rest shifts or is unserved) or equilibrium-uncapped (unconstrained demand)',
    )
    .option('--uncapped', 'the equilibrium without hard capacities (= --method equilibrium-uncapped)')
    .option('--demand <file>', 'a demand CSV in the dataset format instead of the dataset’s demand.csv')
    .option('--gap <gap>', 'equilibrium: stop at this relative gap (default 1e-4)')
    .option('--max-iterations <n>', 'equilibrium: most iterations (default 200)')
    .option(
      '--select <element>',
      'also list the OD pairs using an element: border-crossing:<id>, terminal:<id>, a service id',
    )
    .option('--data <dir>', 'a dataset folder instead of the bundled one')
    .option('--json', 'print JSON: method, relativeGap, iterations, totals, elements, corridors, unserved, …')
    .action((options: AssignCommandOptions) => {
      const request = assignRequest(options);
      const engine = createEngine(readNetwork(options));
      const targetGap = typeof request.gap === 'number' ? request.gap : 1e-4;
      const progress = progressBar(
        { err: io.control ?? io.err, isTerminal: terminal && options.json !== true },
        targetGap,
      );
      let answer: AssignmentAnswer;
      try {
        answer = withOptions('assign', OPTION_OF_FIELD, () =>
          engine.assign(request, { onProgress: progress.onIteration }),
        );
      } finally {
        progress.done();
      }
      io.out(options.json === true ? answerJson(answer) : formatAssignment(answer, engine.network));
    });
}
