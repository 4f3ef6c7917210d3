/** Confidence of a figure, as docs/dataset-format.md defines them (sources.csv). */
export type Confidence = 'high' | 'medium' | 'low' | 'derived' | 'assumption' | 'per plan';

/** One entry of a dataset's source register (`sources.csv`): where figures come from. */
export interface Source {
  /** Stable id cited by figures, e.g. `S38`, `C17`. */
  readonly id: string;
  /** Register section, e.g. `Rail / CR Express`. */
  readonly category: string;
  readonly title: string;
  /** Absent when the register records no URL (the `note` then says why). */
  readonly url?: string;
  readonly note?: string;
}
