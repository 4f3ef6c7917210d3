/**
 * Counts the times the engine's current dataset has been switched: the user's files loaded, or the bundled dataset
 * restored (the Data view records each). The other views hold answers about one dataset (endpoints, routes,
 * flows, scenario runs); each keeps the count it last saw, and when shown after a switch it drops what it held and
 * asks again, so that nothing on screen describes a dataset the engine no longer has.
 * @example
 * const switches = new DatasetSwitches();
 * const seen = switches.count;
 * switches.record();
 * switches.count !== seen; // true: forget the answers of the old dataset
 */
export class DatasetSwitches {
  /** Switches so far (reactive: a view's `show` that reads it runs again after a switch). */
  count = $state(0);

  /** Records a switch, once the new dataset is the engine's current one. */
  record(): void {
    this.count += 1;
  }
}

/**
 * A view's side of {@link DatasetSwitches}: whether the dataset changed since the view last looked.
 * @example
 * const watch = datasetWatch(shell.datasetSwitches);
 * if (watch.changed()) forgetAnswers();
 */
export function datasetWatch(switches: DatasetSwitches | undefined): { changed(): boolean } {
  let seen = switches?.count ?? 0;
  return {
    changed() {
      const now = switches?.count ?? 0;
      if (now === seen) return false;
      seen = now;
      return true;
    },
  };
}
