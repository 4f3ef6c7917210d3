import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import type { CliOutput } from '../run-cli.js';
import { loadDataset } from './load-dataset.js';

/** The bundled dataset's source folder, when the CLI runs from the repository. */
export const BUNDLED_DATASET_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  '..',
  'data',
  'fujian',
);

/** `corridor validate [DIR]`: checks a dataset folder; exit 0 when valid, 1 listing every problem. */
export function validateCommand(io: CliOutput): Command {
  return new Command('validate')
    .description('check a dataset folder against the format (default: the bundled data/fujian)')
    .argument('[dir]', 'dataset folder')
    .action((dir: string | undefined) => {
      const target = dir ?? (existsSync(BUNDLED_DATASET_DIR) ? BUNDLED_DATASET_DIR : undefined);
      const network = loadDataset(target);
      const shown = target === undefined ? 'the bundled dataset' : relative(process.cwd(), target) || '.';
      io.out(
        `${shown} is valid: ${network.places.length} places, ${network.terminals.length} terminals, ` +
          `${network.seaLanes.length} sea lanes, ${network.railTracks.length} rail tracks, ` +
          `${network.roadLinks.length} road links, ${network.services.length} services, ` +
          `${network.corridors.length} corridors, ${network.demand.length} demand flows, ` +
          `${network.sources.length} sources\n`,
      );
    });
}
