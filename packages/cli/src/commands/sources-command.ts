import { CorridorError, didYouMean, type Source, suggest } from '@corridor/core';
import { fujianSources } from '@corridor/data';
import { Command } from 'commander';
import type { CliOutput } from '../run-cli.js';

/** `corridor sources [ID] [--json]`: the dataset's source register, or one source. */
export function sourcesCommand(io: CliOutput): Command {
  return new Command('sources')
    .description('list the sources behind every figure of the bundled dataset, or show one by id')
    .argument('[id]', 'a source id, e.g. S38')
    .option('--json', 'print JSON instead of a table')
    .action((id: string | undefined, options: { json?: boolean }) => {
      let selected: readonly Source[] = fujianSources;
      if (id !== undefined) {
        const match = fujianSources.find((source) => source.id === id.toUpperCase());
        if (match === undefined) {
          const hint = didYouMean(
            suggest(
              id,
              fujianSources.map((source) => source.id),
            ),
          );
          throw new CorridorError('unknown-reference', `sources: unknown source id "${id}"${hint}`);
        }
        selected = [match];
      }
      if (options.json === true) {
        io.out(`${JSON.stringify(selected, null, 2)}\n`);
        return;
      }
      for (const source of selected) {
        io.out(`${source.id.padEnd(5)} ${source.title}\n`);
        io.out(`      ${source.url ?? source.note ?? ''}\n`);
      }
    });
}
