import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CorridorError, formatIssue, loadNetwork, type VehicleClass } from '@corridor/core';
import { type DcsaImportOptions, importDcsaSchedules } from '@corridor/core/import';
import { readDatasetDirectory } from '@corridor/core/node';
import { Command } from 'commander';
import type { CliOutput } from '../run-cli.js';
import { numberOption, optionLine, withOptions } from './engine-request.js';
import { loadDataset } from './load-dataset.js';
import { BUNDLED_DATASET_DIR } from './validate-command.js';

/** The options commander parsed (numbers still text: the importer names a bad one). */
interface DcsaCommandOptions {
  source: string;
  data?: string;
  out?: string;
  into?: string;
  frequency?: string;
  teu?: string;
  usdPerTeu?: string;
  rateAsOf?: string;
  speedKmh?: string;
  dwellHours?: string;
  vehicle?: string;
  bidirectional?: boolean;
  terminal: string[];
  skipUnknownPorts?: boolean;
  idPrefix?: string;
}

/** The command-line option of each importer option, for problems worded as the user typed them. */
const OPTION_OF: Readonly<Record<string, string>> = {
  sources: '--source',
  frequencyPerWeek: '--frequency',
  unitCapacityTeu: '--teu',
  usdPerTeu: '--usd-per-teu',
  rateAsOf: '--rate-as-of',
  speedKmh: '--speed-kmh',
  dwellHours: '--dwell-hours',
  vehicle: '--vehicle',
  idPrefix: '--id-prefix',
  terminals: '--terminal',
};

/** `--teu 8000` as a number; text that is not one is an error naming the option. */
function number(option: string, text: string | undefined): number | undefined {
  const value = numberOption(text);
  if (typeof value === 'string')
    throw new CorridorError('invalid-argument', `import dcsa: ${option}: "${value}" is not a number`);
  return value;
}

/** `--terminal CNXMN/XHCT=xmn_port_haicang`, repeatable, into the importer's mapping. */
function terminalMapping(pairs: readonly string[]): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const pair of pairs) {
    const [code, id, ...rest] = pair.split('=');
    if (code === undefined || id === undefined || rest.length > 0 || code.trim() === '' || id.trim() === '')
      throw new CorridorError(
        'invalid-argument',
        `import dcsa: --terminal: "${pair}" is not CODE=TERMINAL_ID (e.g. CNXMN/XHCT=xmn_port_haicang)`,
      );
    mapping[code.trim()] = id.trim();
  }
  return mapping;
}

function importerOptions(file: string, options: DcsaCommandOptions): DcsaImportOptions {
  const optional = <K extends keyof DcsaImportOptions>(key: K, value: DcsaImportOptions[K] | undefined) =>
    value === undefined ? {} : { [key]: value };
  return {
    file,
    sources: options.source
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== ''),
    ...optional('frequencyPerWeek', number('--frequency', options.frequency)),
    ...optional('unitCapacityTeu', number('--teu', options.teu)),
    ...optional('usdPerTeu', number('--usd-per-teu', options.usdPerTeu)),
    ...optional('rateAsOf', options.rateAsOf),
    ...optional('speedKmh', number('--speed-kmh', options.speedKmh)),
    ...optional('dwellHours', number('--dwell-hours', options.dwellHours)),
    ...optional('vehicle', options.vehicle as VehicleClass | undefined),
    ...optional('bidirectional', options.bidirectional),
    ...optional('idPrefix', options.idPrefix),
    ...optional('skipUnknownPorts', options.skipUnknownPorts),
    terminals: terminalMapping(options.terminal),
  };
}

/**
 * `corridor import dcsa FILE --source IDS [--data DIR] [--out FILE | --into DIR] [figures…]`: DCSA Commercial
 * Schedules (vessel schedules or point-to-point routings) as services of a dataset. Prints `{ "services": […] }`,
 * writes it to `--out`, or writes a copy of the dataset with the services added to `--into` (checked whole by
 * the loader first: nothing is written when the copy would not load). Notes on what DCSA does not carry go to
 * stderr.
 */
function dcsaCommand(io: CliOutput): Command {
  return new Command('dcsa')
    .description('DCSA Commercial Schedules 1.0 JSON (vessel schedules, point-to-point routings) → services')
    .argument('<file>', 'the JSON body of GET /v1/vessel-schedules or GET /v1/point-to-point-routes')
    .requiredOption('--source <ids>', 'source ids (sources.csv) the services cite, comma-separated')
    .option('--data <dir>', 'the dataset whose seaports the calls resolve to (default: the bundled one)')
    .option('--out <file>', 'write { "services": [...] } to this file instead of printing it')
    .option('--into <dir>', 'write a copy of the dataset with the services added to services.json (a new folder)')
    .option('--frequency <n>', 'departures per week of each service (DCSA has no frequency; a weekly loop is 1)')
    .option('--teu <n>', 'TEU per vessel of each service (DCSA has no capacity)')
    .option('--usd-per-teu <n>', 'one rate for the whole run, USD per TEU (DCSA has no rates)')
    .option('--rate-as-of <date>', 'YYYY-MM-DD of the published rate')
    .option('--speed-kmh <n>', 'service speed for legs whose published times are missing or inconsistent')
    .option('--dwell-hours <n>', 'dwell at calls whose arrival or departure time is missing or inconsistent')
    .option('--vehicle <class>', 'vehicle class (default deep-sea-container)')
    .option('--bidirectional', 'the services also run their stops in reverse')
    .option(
      '--terminal <code=id>',
      'map a UN/LOCODE or LOCODE/SMDG code to a seaport id (repeatable)',
      (value: string, list: string[]) => [...list, value],
      [] as string[],
    )
    .option('--skip-unknown-ports', 'leave calls at ports the dataset lacks out, instead of failing')
    .option('--id-prefix <prefix>', 'prefix of the service ids (default dcsa-)')
    .addHelpText(
      'after',
      '\nFigures DCSA does not carry (frequency, capacity, rates) are never made up: give them, or the services\n' +
        'are written without them and a note on stderr says what to add. See docs/importers.md.\n',
    )
    .action((file: string, options: DcsaCommandOptions) => {
      if (options.out !== undefined && options.into !== undefined)
        throw new CorridorError('invalid-argument', 'import dcsa: give --out or --into, not both');
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        throw new CorridorError('invalid-input', `import dcsa: cannot read ${file}`, [
          {
            file,
            code: 'unreadable',
            message: (error as NodeJS.ErrnoException).code ?? 'unreadable',
            fix: 'give the path of a JSON file',
          },
        ]);
      }
      const network = loadDataset(options.data);
      const imported = withOptions('import dcsa', OPTION_OF, () =>
        importDcsaSchedules(text, network, importerOptions(file, options)),
      );
      for (const note of imported.notes) {
        const line = note.file === 'options' ? optionLine(note, OPTION_OF) : formatIssue(note);
        io.err(`import dcsa: note: ${line}\n`);
      }
      const json = `${JSON.stringify({ services: imported.services }, null, 2)}\n`;
      if (options.into !== undefined) {
        const from = options.data ?? (existsSync(BUNDLED_DATASET_DIR) ? BUNDLED_DATASET_DIR : undefined);
        // The bundled dataset ships compiled, not as a folder: outside the repository, name the folder to copy.
        if (from === undefined)
          throw new CorridorError(
            'invalid-argument',
            'import dcsa: --into needs --data DIR, the dataset folder to copy',
          );
        writeDatasetCopy(io, from, options.into, imported.services);
      } else if (options.out !== undefined) {
        writeFileSync(options.out, json);
        io.out(`${options.out}: ${imported.services.length} services from ${imported.kind}\n`);
      } else io.out(json);
    });
}

/** Copies `from` to the new folder `to` with `services` appended to its services.json, once the copy loads. */
function writeDatasetCopy(io: CliOutput, from: string, to: string, services: readonly unknown[]): void {
  if (existsSync(to) && readdirSync(to).length > 0)
    throw new CorridorError('invalid-argument', `import dcsa: --into ${to} is not empty; give a new folder`);
  const files = { ...readDatasetDirectory(from) };
  const existing = JSON.parse(files['services.json'] ?? '{"services":[]}') as { services: unknown[] };
  const merged = `${JSON.stringify({ services: [...existing.services, ...services] }, null, 2)}\n`;
  // The loader checks the copy whole (sources, stops, paths along the sea lanes) before anything is written.
  const network = loadNetwork({ ...files, 'services.json': merged }, { name: to });
  cpSync(resolve(from), resolve(to), { recursive: true });
  writeFileSync(resolve(to, 'services.json'), merged);
  io.out(`${to}: ${from} with ${services.length} imported services (${network.services.length} in all); it loads\n`);
}

/** `corridor import`: other formats into a dataset's parts; one subcommand per format. */
export function importCommand(io: CliOutput): Command {
  return new Command('import')
    .description('turn published schedules into a dataset’s services (dcsa: DCSA Commercial Schedules)')
    .addCommand(dcsaCommand(io));
}
