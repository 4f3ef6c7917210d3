import { CorridorError, excerpt } from '@corridor/core';
import { Command, CommanderError } from 'commander';
import { assignCommand } from './commands/assign-command.js';
import { distanceCommand } from './commands/distance-command.js';
import { exportCommand } from './commands/export-command.js';
import { importCommand } from './commands/import-command.js';
import { maxflowCommand } from './commands/maxflow-command.js';
import { paretoCommand } from './commands/pareto-command.js';
import { routeCommand } from './commands/route-command.js';
import { scenarioCommand } from './commands/scenario-command.js';
import { serveCommand } from './commands/serve-command.js';
import { sourcesCommand } from './commands/sources-command.js';
import { validateCommand } from './commands/validate-command.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_SOFTWARE, EXIT_USAGE } from './exit-codes.js';
import { terminalText } from './terminal-text.js';

/** Where the CLI writes; tests pass collectors, `bin.ts` passes the process streams. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
  /**
   * The CLI's own terminal controls on stderr (the progress bar's redraw), written as they are; everything
   * else goes through `out` and `err`, which escape control characters. Defaults to the raw `err`.
   */
  control?(text: string): void;
}

/**
 * The output every command writes through: control characters escaped (names come from datasets), except the
 * CLI's own `control` sequences.
 */
function safeOutput(io: CliOutput): CliOutput {
  return {
    out: (text) => io.out(terminalText(text)),
    err: (text) => io.err(terminalText(text)),
    control: (text) => (io.control ?? io.err)(text),
  };
}

/**
 * A message with every quoted value cut to an 80-character excerpt: the last guard for a message that quotes
 * what the user typed whole (a 100,000-character place name). A quote opens after a space, `(` or `:` and its
 * text does not start with a space, so the words between two short quotes are never taken for one.
 */
export function boundedQuotes(message: string): string {
  return message.replace(
    /(^|[\s(:])"([^"\s][^"\n]{80,}?)"/g,
    (_, before: string, value: string) => `${before}"${excerpt(value)}"`,
  );
}

/** The lines an internal error ends with: what broke, and that it is a bug to report. */
function internalErrorText(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const stack = error instanceof Error && process.env.CORRIDOR_DEBUG === '1' ? `\n${error.stack ?? ''}` : '';
  return (
    `corridor: internal error: ${excerpt(message, 500)}${stack}\n` +
    `corridor: this is a bug in corridor, not in your input; please report it on the project's issue ` +
    `tracker with the command you ran and this message (CORRIDOR_DEBUG=1 adds the stack trace)\n`
  );
}

const VERSION = '0.1.0';

/**
 * Runs the `corridor` command line and resolves to its exit code; never calls `process.exit`.
 *
 * @param argv - the arguments after the program name
 * @param io - where to write results (`out`) and diagnostics (`err`)
 * @returns 0 on success, 1 when the work failed, 2 when the command line was wrong, 70 on an internal error
 *   (a bug: any exception other than a `CorridorError`), after a line asking the user to report it
 */
export async function runCli(argv: readonly string[], raw: CliOutput): Promise<number> {
  const io = safeOutput(raw);
  const program = new Command('corridor')
    .description('Multimodal freight corridors of the Fujian Free Trade Zone: routes, throughput, scenarios.')
    .version(VERSION, '-v, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .addHelpText(
      'after',
      '\nExit codes: 0 success, 1 the work failed (invalid data, no route), 2 bad usage,\n' +
        '70 an internal error (a bug: please report it).\n' +
        'Dates (--depart): YYYY-MM-DD (UTC) or ISO 8601 such as 2026-12-01T08:00Z or 2026-12-01T08:00+08:00.\n',
    );
  for (const command of [
    validateCommand(io),
    exportCommand(io),
    importCommand(io),
    sourcesCommand(io),
    distanceCommand(io),
    routeCommand(io),
    paretoCommand(io),
    assignCommand(io),
    maxflowCommand(io),
    scenarioCommand(io),
    serveCommand(io),
  ]) {
    // addCommand() does not pass on exitOverride and output settings the way command() does; nor to the
    // subcommands a command already holds (`import dcsa`).
    program.addCommand(command.copyInheritedSettings(program));
    for (const sub of command.commands) sub.copyInheritedSettings(command);
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
      io.err(`corridor: ${boundedQuotes(error.message)}\n`);
      return error.code === 'invalid-argument' || error.code === 'unknown-reference' ? EXIT_USAGE : EXIT_FAILURE;
    }
    // Anything else is a bug: it gets its own exit code, so that a script can tell it from failed work.
    try {
      io.err(internalErrorText(error));
    } catch {
      // The output itself broke (a closed pipe): the exit code still says what happened.
    }
    return EXIT_SOFTWARE;
  }
}
