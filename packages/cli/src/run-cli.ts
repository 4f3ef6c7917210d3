import { CorridorError } from '@corridor/core';
import { Command, CommanderError } from 'commander';
import { assignCommand } from './commands/assign-command.js';
import { distanceCommand } from './commands/distance-command.js';
import { exportCommand } from './commands/export-command.js';
import { maxflowCommand } from './commands/maxflow-command.js';
import { paretoCommand } from './commands/pareto-command.js';
import { routeCommand } from './commands/route-command.js';
import { scenarioCommand } from './commands/scenario-command.js';
import { serveCommand } from './commands/serve-command.js';
import { sourcesCommand } from './commands/sources-command.js';
import { validateCommand } from './commands/validate-command.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './exit-codes.js';

/** Where the CLI writes; tests pass collectors, `bin.ts` passes the process streams. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

const VERSION = '0.1.0';

/**
 * Runs the `corridor` command line and resolves to its exit code; never calls `process.exit`.
 *
 * @param argv - the arguments after the program name
 * @param io - where to write results (`out`) and diagnostics (`err`)
 * @returns 0 on success, 1 when the work failed, 2 when the command line was wrong
 */
export async function runCli(argv: readonly string[], io: CliOutput): Promise<number> {
  const program = new Command('corridor')
    .description('Multimodal freight corridors of the Fujian Free Trade Zone: routes, throughput, scenarios.')
    .version(VERSION, '-v, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  for (const command of [
    validateCommand(io),
    exportCommand(io),
    sourcesCommand(io),
    distanceCommand(io),
    routeCommand(io),
    paretoCommand(io),
    assignCommand(io),
    maxflowCommand(io),
    scenarioCommand(io),
    serveCommand(io),
  ]) {
    // addCommand() does not pass on exitOverride and output settings the way command() does.
    program.addCommand(command.copyInheritedSettings(program));
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through exitOverride too, with exit code 0. A command that fails on its
      // own terms (`command.error(message, { code: 'corridor.…', exitCode })`, e.g. no path) keeps its code.
      if (error.code.startsWith('corridor.')) return error.exitCode;
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof CorridorError) {
      io.err(`corridor: ${error.message}\n`);
      return error.code === 'invalid-argument' || error.code === 'unknown-reference' ? EXIT_USAGE : EXIT_FAILURE;
    }
    throw error;
  }
}
