/**
 * Limits on a dataset loaded from the user's files. A real dataset is far smaller (the bundled Fujian one is about
 * 0.4 MB in 12 files); the limits keep a wrong folder (photos, a whole disk) from freezing the page.
 */

/** Largest total size of a dataset's files, in bytes (20 MiB). */
export const MAX_DATASET_BYTES = 20 * 1024 * 1024;

/** Most files a dataset may be chosen with (the format has 12, plus a README or two). */
export const MAX_DATASET_FILES = 50;
