import type { Source } from '@corridor/core';
import { createEngine } from '@corridor/core/engine';
import { fujianNetwork } from '@corridor/data';
import { Command } from 'commander';
import type { CliOutput } from '../run-cli.js';
import { withOptions } from './engine-request.js';
import { padEndDisplay } from './text-table.js';

/** `corridor sources [ID] [--json]`: the dataset's source register, or one source. */
export function sourcesCommand(io: CliOutput): Command {
  return new Command('sources')
    .description('list the sources behind every figure of the bundled dataset, or show one by id')
    .argument('[id]', 'a source id, e.g. S38')
    .option('--json', 'print JSON instead of a table')
    .action((id: string | undefined, options: { json?: boolean }) => {
      const engine = createEngine(fujianNetwork);
      const selected: readonly Source[] =
        id === undefined
          ? engine.sources()
          : [withOptions('sources', { id: 'id' }, () => engine.source(id.trim().toUpperCase()))];
      if (options.json === true) {
        io.out(`${JSON.stringify(selected, null, 2)}\n`);
        return;
      }
      for (const source of selected) {
        io.out(`${padEndDisplay(source.id, 5)} ${source.title}\n`);
        io.out(`      ${source.url ?? source.note ?? ''}\n`);
      }
    });
}
