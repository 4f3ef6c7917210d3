/** Exit codes of the `corridor` command. */
export const EXIT_OK = 0;
/** The work failed: an invalid dataset, a failed computation. */
export const EXIT_FAILURE = 1;
/** The command line was wrong: unknown command, option or argument. */
export const EXIT_USAGE = 2;
