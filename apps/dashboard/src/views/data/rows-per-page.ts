/**
 * Rows a Data view list renders at a time (more on request): above any list of the bundled dataset (its longest,
 * the source register, has 320), and few enough that a dataset with 100,000 terminals draws without a long task.
 */
export const ROWS_PER_PAGE = 500;
