import type { InputIssue } from '../model/corridor-error.js';
import type { Terminal } from '../model/network.js';
import { didYouMean, suggest } from '../model/suggest.js';

/** Where a DCSA call is: its UN/LOCODE, facility code (SMDG, for vessel calls) and name, and where it is written. */
export interface DcsaPlace {
  readonly unLocationCode?: string;
  readonly facilityCode?: string;
  readonly locationName?: string;
  /** JSON pointer of the location in the payload. */
  readonly pointer: string;
}

/**
 * Resolves DCSA locations to a dataset's seaports: by `locode` (terminals.csv), a caller's mapping first. The
 * dataset carries no SMDG terminal codes, so a UN/LOCODE with several seaports (Xiamen: Haicang and Dongdu) needs
 * the caller to say which one a facility code means.
 *
 * @example
 * ```ts
 * import { DcsaTerminalResolver } from '@corridor/core/import';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const resolver = new DcsaTerminalResolver(fujianNetwork.terminals, { CNXMN: 'xmn_port_haicang' });
 * console.log(resolver.resolve({ unLocationCode: 'SGSIN', pointer: '/0/legs/0/arrival/location' }, 'routes.json')); // → { terminalId: 'sin_port' }
 * console.log(resolver.resolve({ unLocationCode: 'CNXMN', pointer: '/0/legs/0/departure/location' }, 'routes.json')); // → { terminalId: 'xmn_port_haicang' }
 * const unmapped = new DcsaTerminalResolver(fujianNetwork.terminals).resolve({ unLocationCode: 'CNXMN', pointer: '' }, 'x.json');
 * console.log('issue' in unmapped && unmapped.issue.fix); // → map it to one: terminals { "CNXMN": "xmn_port_haicang" } (CLI: --terminal CNXMN=xmn_port_haicang)
 * ```
 */
export class DcsaTerminalResolver {
  private readonly byLocode = new Map<string, Terminal[]>();
  private readonly ids: ReadonlySet<string>;

  /**
   * @param terminals - the dataset's terminals; only seaports are candidates
   * @param mapping - `"CNXMN/HCT"` (UN/LOCODE/facility code) or `"CNXMN"` → terminal id; wins over the locode
   */
  constructor(
    terminals: readonly Terminal[],
    private readonly mapping: Readonly<Record<string, string>> = {},
  ) {
    for (const terminal of terminals) {
      if (terminal.kind !== 'seaport' || terminal.locode === undefined) continue;
      const list = this.byLocode.get(terminal.locode) ?? [];
      list.push(terminal);
      this.byLocode.set(terminal.locode, list);
    }
    this.ids = new Set(terminals.filter((t) => t.kind === 'seaport').map((t) => t.id));
  }

  /**
   * The seaport a DCSA location is, or the problem saying why it is none (with suggestions and the fix).
   *
   * @param place - the location as the payload writes it
   * @param file - the payload's name, for the problem's location
   */
  resolve(place: DcsaPlace, file: string): { terminalId: string } | { issue: InputIssue } {
    const code = place.unLocationCode;
    const where = { file, pointer: place.pointer };
    if (code === undefined) {
      return {
        issue: {
          ...where,
          field: 'UNLocationCode',
          ...(place.locationName === undefined ? {} : { value: place.locationName }),
          code: 'missing-value',
          message: 'a call without a UN/LOCODE cannot be placed on the network',
          fix: 'ask the carrier for the UN/LOCODE of this call, or leave the call out',
        },
      };
    }
    const keyed = place.facilityCode === undefined ? undefined : `${code}/${place.facilityCode}`;
    const mapped = (keyed === undefined ? undefined : this.mapping[keyed]) ?? this.mapping[code];
    if (mapped !== undefined) {
      if (this.ids.has(mapped)) return { terminalId: mapped };
      return {
        issue: {
          file: 'options',
          field: 'terminals',
          code: 'unknown-reference',
          params: { kind: 'seaport' },
          value: `${keyed !== undefined && this.mapping[keyed] !== undefined ? keyed : code}=${mapped}`,
          message: `maps to no seaport of the dataset${didYouMean(suggest(mapped, [...this.ids]))}`,
          fix: 'map the code to the id of a seaport in terminals.csv',
        },
      };
    }
    const candidates = this.byLocode.get(code) ?? [];
    if (candidates.length === 1) return { terminalId: (candidates[0] as Terminal).id };
    const key = keyed ?? code;
    if (candidates.length > 1) {
      return {
        issue: {
          ...where,
          field: 'UNLocationCode',
          value: code,
          code: 'ambiguous-reference',
          params: { count: candidates.length },
          message: `names ${candidates.length} seaports of the dataset (${candidates.map((t) => t.id).join(', ')}), and the dataset has no SMDG terminal codes to tell them apart`,
          fix: `map it to one: terminals { "${key}": "${(candidates[0] as Terminal).id}" } (CLI: --terminal ${key}=${(candidates[0] as Terminal).id})`,
        },
      };
    }
    const near = suggest(code, [...this.byLocode.keys()]).map((locode) => {
      const names = (this.byLocode.get(locode) ?? []).map((t) => t.nameEn).join(' / ');
      return `${locode}" (${names})`;
    });
    const hint = near.length === 0 ? '' : ` — did you mean "${near.join(' or "')}?`;
    return {
      issue: {
        ...where,
        field: 'UNLocationCode',
        value: code,
        code: 'unknown-reference',
        params: { kind: 'seaport' },
        message: `no seaport of the dataset has this UN/LOCODE${place.locationName === undefined ? '' : ` (${place.locationName})`}${hint}`,
        fix: `add a seaport with locode ${code} to terminals.csv, map the code to a seaport (terminals { "${key}": "…" }, CLI --terminal ${key}=ID), or skip unknown ports (skipUnknownPorts, CLI --skip-unknown-ports)`,
      },
    };
  }
}
