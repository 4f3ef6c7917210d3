/**
 * A problem with the files a user chose, found in the page before anything reaches the loader: too many, too
 * large, two with one name, or not UTF-8 text. (Problems *in* the files are the loader's `InputIssue`s.)
 */
export type ReadProblem =
  /** Nothing usable was chosen (an empty folder, or only hidden files). */
  | { readonly kind: 'no-files' }
  /** More files than a dataset can have. */
  | { readonly kind: 'too-many'; readonly count: number; readonly limit: number }
  /** The files add up to more than the size limit. */
  | { readonly kind: 'too-large'; readonly totalBytes: number; readonly limitBytes: number }
  /** Two chosen files have the same name (from different folders). */
  | { readonly kind: 'duplicate-name'; readonly name: string; readonly paths: readonly string[] }
  /** The file is not valid UTF-8 text (a spreadsheet saved in another encoding, an image…). */
  | { readonly kind: 'not-utf8'; readonly file: string }
  /** The browser could not read the file (removed or locked meanwhile). */
  | { readonly kind: 'unreadable'; readonly file: string };
