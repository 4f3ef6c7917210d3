import type { InputIssueCode, InputIssueParams } from '../model/corridor-error.js';
import type { LonLat } from '../model/network.js';
import { didYouMean, suggest } from '../model/suggest.js';
import type { IssueList } from './issue-list.js';
import type { TableRow } from './parse-table.js';
import { PLAUSIBLE_RANGES } from './plausible-ranges.js';

const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

/**
 * Typed reads of the cells of one CSV row. Each read returns the value, or `undefined` after adding an
 * issue that names the file, row, field and value, and says what to do.
 */
export class CellReader {
  constructor(
    private readonly tableRow: TableRow,
    private readonly issues: IssueList,
  ) {}

  private raw(field: string): string {
    return this.tableRow.cells[field] ?? '';
  }

  private fail(
    field: string,
    code: InputIssueCode,
    message: string,
    fix: string,
    params?: InputIssueParams,
  ): undefined {
    const value = this.raw(field);
    const where = { file: this.tableRow.file, row: this.tableRow.row, field, value };
    this.issues.add({ ...where, code, ...(params === undefined ? {} : { params }), message, fix });
    return undefined;
  }

  /** True when the cell is empty. */
  isEmpty(field: string): boolean {
    return this.raw(field) === '';
  }

  /** A required id: letters, digits, `_` and `-`. */
  id(field: string): string | undefined {
    const value = this.raw(field);
    if (value === '') return this.fail(field, 'missing-value', 'is empty', 'give an id (letters, digits, _ and -)');
    if (!ID_PATTERN.test(value))
      return this.fail(field, 'invalid-format', 'is not a valid id', 'use only letters, digits, _ and -', {
        expected: 'id',
      });
    return value;
  }

  /** Required text. */
  text(field: string): string | undefined {
    const value = this.raw(field);
    return value === '' ? this.fail(field, 'missing-value', 'is empty', 'fill it in') : value;
  }

  /** Optional text (`undefined` when empty). */
  optionalText(field: string): string | undefined {
    const value = this.raw(field);
    return value === '' ? undefined : value;
  }

  /** Text matching `pattern`; `what` names the expected form in the message (`an ISO 3166-1 alpha-2 code`). */
  matching(field: string, pattern: RegExp, what: string, expected: string, optional = false): string | undefined {
    const value = this.raw(field);
    if (value === '' && optional) return undefined;
    if (pattern.test(value)) return value;
    return value === ''
      ? this.fail(field, 'missing-value', 'is empty', `write ${what}`)
      : this.fail(field, 'invalid-format', `is not ${what}`, `write ${what}`, { expected });
  }

  /** A finite number in [min, max]; `exclusiveMin` makes the lower bound strict (capacities, frequencies). */
  number(
    field: string,
    range: { min?: number; max?: number; exclusiveMin?: boolean; unit?: string } = {},
  ): number | undefined {
    const text = this.raw(field);
    const unit = range.unit === undefined ? '' : ` (${range.unit})`;
    if (text === '') return this.fail(field, 'missing-value', `is empty`, `give a number${unit}`);
    const value = Number(text);
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) || !Number.isFinite(value)) {
      return this.fail(
        field,
        'invalid-format',
        'is not a number',
        `write a plain decimal number with "." as decimal point${unit}`,
        { expected: 'number' },
      );
    }
    const { min, max, exclusiveMin = false } = range;
    const low = min !== undefined && (exclusiveMin ? value <= min : value < min);
    const high = max !== undefined && value > max;
    if (low || high) {
      const lowBound = min === undefined ? undefined : `${exclusiveMin ? 'greater than' : 'at least'} ${min}`;
      const highBound = max === undefined ? undefined : `at most ${max}`;
      const unitName = range.unit === undefined ? '' : ` ${range.unit}`;
      const whole = [lowBound, highBound].filter((bound) => bound !== undefined).join(' and ');
      // The message names the bound crossed; the fix, the whole documented range.
      return this.fail(
        field,
        'out-of-range',
        `must be ${low ? lowBound : highBound}${unitName}`,
        `give a value ${whole}${unitName} (docs/dataset-format.md, Limits)`,
        rangeParams(range),
      );
    }
    return value;
  }

  /** An optional number (`undefined` when empty, checked like {@link number} otherwise). */
  optionalNumber(field: string, range: Parameters<CellReader['number']>[1] = {}): number | undefined {
    return this.isEmpty(field) ? undefined : this.number(field, range);
  }

  /** A longitude/latitude pair from two cells. */
  position(lonField = 'lon', latField = 'lat'): LonLat | undefined {
    const lon = this.number(lonField, PLAUSIBLE_RANGES.longitude);
    const lat = this.number(latField, PLAUSIBLE_RANGES.latitude);
    return lon === undefined || lat === undefined ? undefined : [lon, lat];
  }

  /** One of a fixed set of words, with a "did you mean" on a miss. */
  oneOf<T extends string>(field: string, allowed: readonly T[], optional = false): T | undefined {
    const value = this.raw(field);
    if (value === '' && optional) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    if (value === '') return this.fail(field, 'missing-value', 'is empty', `use one of ${allowed.join(', ')}`);
    const close = suggest(value, allowed);
    return this.fail(
      field,
      'not-allowed',
      `is not one of ${allowed.join(', ')}${didYouMean(close)}`,
      `use one of ${allowed.join(', ')}`,
      { allowed: allowed.join(', '), ...(close.length === 0 ? {} : { suggestion: close.join(', ') }) },
    );
  }

  /** A `;`-separated list, entries trimmed, empty entries dropped. */
  list(field: string): string[] {
    return this.raw(field)
      .split(';')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
  }

  /** Shape points: `lon lat; lon lat; …` (may be empty). */
  points(field: string): LonLat[] | undefined {
    const entries = this.list(field);
    const points: LonLat[] = [];
    for (const [index, entry] of entries.entries()) {
      const [lonText, latText, ...rest] = entry.split(/\s+/);
      const lon = Number(lonText);
      const lat = Number(latText);
      if (
        rest.length > 0 ||
        lonText === undefined ||
        latText === undefined ||
        !Number.isFinite(lon) ||
        !Number.isFinite(lat)
      ) {
        return this.fail(
          field,
          'invalid-format',
          `point ${index + 1} ("${entry}") is not "lon lat"`,
          'write points as "lon lat; lon lat"',
          { expected: 'lon-lat', point: index + 1 },
        );
      }
      if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
        return this.fail(
          field,
          'out-of-range',
          `point ${index + 1} ("${entry}") is out of range`,
          'use lon in -180..180 and lat in -90..90',
          { point: index + 1 },
        );
      }
      points.push([lon, lat]);
    }
    return points;
  }
}

/** A number range's bounds as an issue's params: only the bounds that exist, and the unit. */
function rangeParams(range: { min?: number; max?: number; exclusiveMin?: boolean; unit?: string }): InputIssueParams {
  return {
    ...(range.min === undefined ? {} : { min: range.min }),
    ...(range.max === undefined ? {} : { max: range.max }),
    ...(range.exclusiveMin === true ? { exclusiveMin: true } : {}),
    ...(range.unit === undefined ? {} : { unit: range.unit }),
  };
}
