export type { CorridorErrorCode, InputIssue } from './corridor-error.js';
export { CorridorError, formatIssue } from './corridor-error.js';
export type { Confidence, Source } from './source.js';
export { didYouMean, suggest } from './suggest.js';
export {
  DEFAULT_TONNES_PER_EMPTY_TEU,
  DEFAULT_TONNES_PER_LOADED_TEU,
  feuToTeu,
  HOURS_PER_DAY,
  HOURS_PER_WEEK,
  KM_PER_NAUTICAL_MILE,
  kmToNauticalMiles,
  TEU_PER_FEU,
} from './units.js';
