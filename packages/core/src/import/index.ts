export type { DcsaImportOptions } from './dcsa-import-options.js';
export {
  type DcsaLeg,
  type DcsaPointToPoint,
  type DcsaServiceSchedule,
  type DcsaTransportCall,
  pointToPointSchema,
  serviceScheduleSchema,
} from './dcsa-schemas.js';
export {
  type DcsaImport,
  type ImportedService,
  type ImportedStop,
  importDcsaSchedules,
} from './import-dcsa-schedules.js';
export { type DcsaPayload, parseDcsaPayload } from './parse-dcsa-payload.js';
export { type DcsaPlace, DcsaTerminalResolver } from './resolve-dcsa-terminal.js';
