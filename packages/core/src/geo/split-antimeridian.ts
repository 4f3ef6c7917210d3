import type { LineString, MultiLineString, Position } from 'geojson';

/** Options shared by the GeoJSON helpers (`itineraryFeatures`, `networkFeatures`, `flowFeatures`). */
export interface AntimeridianOptions {
  /**
   * Cut lines at ±180° into MultiLineStrings with every longitude in [-180, 180], as RFC 7946 §3.1.9 asks
   * (for GIS tools and validators). Default `false`: lines stay continuous in longitude and may pass ±180°
   * (Xiamen–Los Angeles reaches 242°), which is what MapLibre needs to draw one line across the Pacific.
   */
  readonly splitAntimeridian?: boolean;
}

/**
 * The geometry of a line under options `O`: a LineString when `O` cannot split (no option, or
 * `splitAntimeridian: false`), else LineString or MultiLineString.
 */
export type SplitLine<O> = 'splitAntimeridian' extends keyof O
  ? true extends O['splitAntimeridian' & keyof O]
    ? LineString | MultiLineString
    : LineString
  : LineString;

/** Rounds a position the split moved or made to 1e-9° (0.1 mm): JSON stays short, and no vertex moves farther. */
const nano = (x: number) => Math.round(x * 1e9) / 1e9 || 0;

/**
 * The multiple of 360° to take off `lon` to bring it into [-180, 180]; on a boundary, to -180° for a line heading
 * east and to 180° for one heading west, so that its first piece does not end where it starts.
 */
function worldOffset(lon: number, eastward: boolean): number {
  const offset = 360 * Math.round(lon / 360);
  const local = lon - offset;
  if (local === -180 && !eastward) return offset - 360;
  return offset;
}

/**
 * Cuts a line at the antimeridian (RFC 7946 §3.1.9): the pieces of a line whose longitudes are continuous
 * (they may pass ±180°, as the library's lines do) with every longitude brought into [-180, 180]. Each
 * segment is taken as straight in longitude and latitude (as RFC 7946 reads a segment; the library's lines are
 * densified great circles, so this is within metres of the great circle), and a crossing's latitude is
 * interpolated linearly along it. Every vertex is kept, shifted by a multiple of 360°; each cut adds the
 * crossing point twice, on the edge the line leaves by (180° heading east) ending one piece and on the opposite
 * edge starting the next. A line that never crosses comes back as one piece. Positions that were shifted or
 * made are rounded to 1e-9°; the others are copied.
 *
 * @param coordinates - a line, `[lon, lat]` in degrees, longitudes continuous (see `unwrapLongitudes`)
 * @returns the pieces, in order, each of at least two positions (a line of one position gives one piece of one)
 * @example
 * ```ts
 * import { splitAntimeridian } from '@corridor/core/geo';
 *
 * console.log(JSON.stringify(splitAntimeridian([[170, 10], [190, 20]]))); // → [[[170,10],[180,15]],[[-180,15],[-170,20]]]
 * ```
 */
export function splitAntimeridian(coordinates: readonly (readonly number[])[]): Position[][] {
  const first = coordinates[0];
  if (first === undefined) return [];
  const [lon0 = 0] = first;
  // At a boundary, the first vertex belongs to the world copy the line heads into.
  const heading = coordinates.find(([lon = 0]) => lon !== lon0)?.[0] ?? lon0;
  let offset = worldOffset(lon0, heading > lon0);
  const place = ([lon = 0, lat = 0, ...rest]: readonly number[]): Position =>
    offset === 0 ? [lon, lat, ...rest] : [nano(lon - offset), lat, ...rest];
  const pieces: Position[][] = [];
  let piece: Position[] = [place(first)];
  let previous = first;
  for (let k = 1; k < coordinates.length; k++) {
    const next = coordinates[k] as readonly number[];
    const [lonB = 0, latB = 0] = next;
    while (lonB > offset + 180 || lonB < offset - 180) {
      // The segment leaves this world copy: cut where it meets the edge.
      const [lonA = 0, latA = 0] = previous;
      const eastward = lonB > offset + 180;
      const edge = eastward ? offset + 180 : offset - 180;
      const lat = lonA === edge ? latA : nano(latA + ((edge - lonA) / (lonB - lonA)) * (latB - latA));
      const side = eastward ? 180 : -180;
      const last = piece.at(-1);
      if (last?.[0] !== side || last[1] !== lat) piece.push([side, lat]);
      // A piece of one position is a vertex rounded onto the edge (within 1e-9°): the next piece starts there.
      if (piece.length > 1) pieces.push(piece);
      offset += eastward ? 360 : -360;
      piece = [[-side, lat]];
    }
    piece.push(place(next));
    previous = next;
  }
  pieces.push(piece);
  return pieces;
}

/**
 * A line as GeoJSON geometry: a LineString as given, or, with `splitAntimeridian`, cut at ±180° into a
 * MultiLineString (a LineString still when it does not cross, with longitudes brought into [-180, 180]).
 *
 * @param coordinates - the line, longitudes continuous
 * @param options - whether to cut at the antimeridian (default: no)
 * @returns new geometry; the input is not mutated
 * @example
 * ```ts
 * import { lineGeometry } from '@corridor/core/geo';
 *
 * console.log(lineGeometry([[170, 10], [190, 20]], { splitAntimeridian: true }).type); // → MultiLineString
 * console.log(lineGeometry([[170, 10], [190, 20]]).type); // → LineString
 * ```
 */
export function lineGeometry<O extends AntimeridianOptions = Record<never, never>>(
  coordinates: readonly (readonly number[])[],
  options?: O,
): SplitLine<O> {
  if (options?.splitAntimeridian !== true) {
    return { type: 'LineString', coordinates: coordinates.map((p) => [...p]) } as SplitLine<O>;
  }
  const pieces = splitAntimeridian(coordinates);
  // Typed by hand: TypeScript cannot narrow `O` from the test above.
  const geometry: LineString | MultiLineString =
    pieces.length === 1
      ? { type: 'LineString', coordinates: pieces[0] ?? [] }
      : { type: 'MultiLineString', coordinates: pieces };
  return geometry as SplitLine<O>;
}
