/** The files of a dataset folder, by name. Tables are CSV; nested parts are JSON. */
export const DATASET_FILES = {
  manifest: 'dataset.json',
  sources: 'sources.csv',
  places: 'places.csv',
  terminals: 'terminals.csv',
  seaWaypoints: 'sea-waypoints.csv',
  seaLanes: 'sea-lanes.csv',
  railJunctions: 'rail-junctions.csv',
  railTracks: 'rail-tracks.csv',
  roadLinks: 'road-links.csv',
  services: 'services.json',
  corridors: 'corridors.json',
  demand: 'demand.csv',
  calibration: 'calibration.json',
  scenarios: 'scenarios.json',
} as const;

/** The text of each file of a dataset, keyed by file name (`terminals.csv`). */
export type DatasetFiles = Readonly<Record<string, string>>;
