/**
 * From command-line text to an engine request, and from an engine error back to the options a user typed: the
 * CLI checks nothing itself (the engine does, once, for every front end); it only says which option a problem is.
 */
import { CorridorError, excerpt, type InputIssue } from '@corridor/core';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** An option's text as a number when it reads as one, else as the text (the engine names it "not a number"). */
export function numberOption(text: string | undefined): number | string | undefined {
  if (text === undefined) return undefined;
  return NUMBER.test(text.trim()) ? Number(text.trim()) : text;
}

/** A comma-separated option as a list (blank items dropped); undefined when not given. */
export function listOption(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** One issue as a command-line problem: `--modes: "rial" — unknown value; did you mean rail?`. */
export function optionLine(issue: InputIssue, optionOf: Readonly<Record<string, string>>): string {
  const field = issue.field ?? '';
  const base = field.replace(/\[\d+\]$/, '').replace(/\..*$/, '');
  const option = optionOf[field] ?? optionOf[base] ?? (field === '' ? issue.file : field);
  const value = issue.value === undefined ? '' : ` "${excerpt(issue.value)}"`;
  return `${option}:${value} — ${issue.message}${issue.fix === undefined ? '' : `; ${issue.fix}`}`;
}

/**
 * Runs an engine call; an engine error with issues becomes one error worded in the command's options (its code,
 * and so the exit code, kept): `route: 2 problems with the arguments` and a line per problem.
 *
 * @param command - the command's name, to prefix the message
 * @param optionOf - the option (or argument) of each request field
 * @param call - the engine call
 * @returns what the call returned
 */
export function withOptions<T>(command: string, optionOf: Readonly<Record<string, string>>, call: () => T): T {
  try {
    return call();
  } catch (error) {
    if (!(error instanceof CorridorError) || error.issues.length === 0 || error.code === 'invalid-input') throw error;
    const lines = error.issues.map((issue) => optionLine(issue, optionOf));
    const summary =
      lines.length === 1
        ? `${command}: ${lines[0]}`
        : `${command}: ${lines.length} problems with the arguments\n${lines.map((line) => `  - ${line}`).join('\n')}`;
    throw new CorridorError(error.code, summary);
  }
}
