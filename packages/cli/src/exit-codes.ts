/** Exit codes of the `corridor` command, after BSD `sysexits(3)` for the internal error. */
/** Success. */
export const EXIT_OK = 0;
/** The work failed: an invalid dataset, a failed computation. */
export const EXIT_FAILURE = 1;
/** The command line was wrong: unknown command, option or argument. */
export const EXIT_USAGE = 2;
/** An internal error (`EX_SOFTWARE`): a bug in corridor, not a problem with the input; the CLI asks for a report. */
export const EXIT_SOFTWARE = 70;
