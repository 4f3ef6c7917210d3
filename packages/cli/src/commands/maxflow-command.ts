import {
  buildInfrastructureGraphs,
  CorridorError,
  createNetworkLookup,
  didYouMean,
  type Mode,
  type Network,
  suggest,
} from '@corridor/core';
import { type CorridorCapacity, corridorCapacity, placeSet } from '@corridor/core/flow';
import { prepareGraph } from '@corridor/core/graph';
import { Command } from 'commander';
import type { CliOutput } from '../run-cli.js';
import { shortenLegName } from './format-assignment.js';
import { truncate, WIDTH, wrap } from './format-itinerary.js';
import { loadDataset } from './load-dataset.js';

interface MaxflowOptions {
  from: string;
  to: string;
  modes?: string;
  data?: string;
  json?: boolean;
}

/** The modes a container corridor can be measured on (boxes do not fly). */
const CONTAINER_MODES = ['sea', 'rail', 'road'] as const satisfies readonly Mode[];

const n1 = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const tenth = (x: number) => Math.round(x * 10) / 10 || 0;

/** What the table says, and the JSON carries, when an uncapacitated chain joins the sets. */
export const UNLIMITED = 'unlimited: an uncapacitated chain joins the sets';

function readModes(text: string | undefined, problems: string[]): Mode[] | undefined {
  if (text === undefined) return undefined;
  const modes: Mode[] = [];
  for (const item of text.split(',').map((m) => m.trim().toLowerCase())) {
    if (item === '') continue;
    const mode = CONTAINER_MODES.find((m) => m === item);
    if (mode !== undefined) {
      if (!modes.includes(mode)) modes.push(mode);
    } else if (item === 'air') {
      problems.push('--modes: "air" — corridor capacity counts containers, which do not fly; use sea, rail or road');
    } else {
      const hint = didYouMean(suggest(item, CONTAINER_MODES));
      problems.push(`--modes: unknown mode "${item}"${hint === '' ? '; use sea, rail or road' : hint}`);
    }
  }
  if (modes.length === 0 && problems.length === 0) problems.push('--modes: give at least one of sea, rail, road');
  return modes;
}

/** `rail (road to and from terminals)`: road always stays open for access, whatever the modes. */
function modesText(modes: readonly Mode[]): string {
  return modes.includes('road') ? modes.join(', ') : `${modes.join(', ')} (and road to and from terminals)`;
}

/**
 * The `--json` document of `corridor maxflow`: `{ maxFlowTeuPerWeek, cut: [{ id, kind, name,
 * capacityTeuPerWeek, backgroundTeuPerWeek }], hardKinds, queues: [{ id, kind, name, capacityTeuPerWeek,
 * backgroundTeuPerWeek }] }`, TEU rounded to 0.1 (a cut element's capacity is the spare capacity left by
 * background traffic; the cut holds only the kinds the assignment keeps hard, `hardKinds`; `queues` are the
 * soft elements the flow passes, which queue rather than bound); when an uncapacitated chain joins the sets,
 * `maxFlowTeuPerWeek` is `null` and `"unlimited": true` is added (the cut is then empty).
 *
 * @param capacity - what `corridorCapacity` returned
 * @returns one line of JSON, newline-terminated
 */
export function corridorCapacityJson(capacity: CorridorCapacity): string {
  const unlimited = capacity.maxFlowTeuPerWeek === Number.POSITIVE_INFINITY;
  const body = {
    maxFlowTeuPerWeek: unlimited ? null : tenth(capacity.maxFlowTeuPerWeek),
    ...(unlimited ? { unlimited: true } : {}),
    cut: capacity.cut.map((element) => ({
      id: element.id,
      kind: element.kind,
      name: element.nameEn,
      capacityTeuPerWeek: tenth(element.capacityTeuPerWeek),
      backgroundTeuPerWeek: tenth(element.backgroundTeuPerWeek),
    })),
    hardKinds: capacity.hardKinds,
    queues: capacity.queues.map((element) => ({
      id: element.id,
      kind: element.kind,
      name: element.nameEn,
      capacityTeuPerWeek: tenth(element.capacityTeuPerWeek),
      backgroundTeuPerWeek: tenth(element.backgroundTeuPerWeek),
    })),
  };
  return `${JSON.stringify(body)}\n`;
}

/**
 * A service leg's name cut in its stations rather than its service (`CR Express (Xiamen) Xiamen–Hamburg via
 * Alashankou: Xiamen Haicang station (CR Express… → Alashankou…`), so legs of different trains in a cut
 * stay apart; other names as {@link shortenLegName} cuts them.
 */
function shortenServiceLast(text: string, width: number): string {
  if (text.length <= width) return text;
  const split = text.indexOf(': ');
  const [from = '', to = ''] = text.slice(split + 2).split(' → ');
  if (split < 0 || width < 40) return shortenLegName(text, width);
  // The service keeps all but 24 columns; the stations share what is left, the shorter one whole if it fits.
  const service = `${truncate(text.slice(0, split), Math.min(split, width - 26))}: `;
  const room = width - service.length - 3;
  const fromWidth = Math.min(from.length, Math.max(Math.floor(room / 2), room - to.length));
  return `${service}${truncate(from, fromWidth)} → ${truncate(to, room - fromWidth)}`;
}

function formatCapacity(network: Network, capacity: CorridorCapacity, from: string, to: string, modes: string): string {
  const names = new Map(network.places.map((p) => [p.id, p.nameEn]));
  const listed = (ids: readonly string[]) =>
    ids.length <= 4 ? ids.map((id) => names.get(id) ?? id).join(', ') : `${ids.length} places`;
  let text = wrap(
    '',
    [`${from} (${listed(capacity.fromPlaceIds)}) → ${to} (${listed(capacity.toPlaceIds)})`, `modes ${modes}`],
    ' · ',
    2,
  );
  if (capacity.maxFlowTeuPerWeek === Number.POSITIVE_INFINITY) return `${text}  maximum flow  ${UNLIMITED}\n`;
  text += `  maximum flow  ${n1.format(capacity.maxFlowTeuPerWeek)} TEU/week`;
  if (capacity.maxFlowTeuPerWeek === 0 && capacity.cut.length === 0)
    return `${text} — no chain of services on these modes joins the sets\n`;
  text += `\n\nMinimum cut (${capacity.cut.length} element${capacity.cut.length === 1 ? '' : 's'}; the assignment's hard capacities, net of other traffic, add up to it)\n`;
  const kinds = capacity.cut.map((c) =>
    c.kind === 'service-leg' ? 'leg' : c.kind === 'terminal' ? 'terminal' : 'border',
  );
  const amounts = capacity.cut.map(
    (c) =>
      `${n1.format(c.capacityTeuPerWeek)} TEU/wk${c.backgroundTeuPerWeek > 0 ? ` (other ${n1.format(c.backgroundTeuPerWeek)})` : ''}`,
  );
  const kindWidth = Math.max(4, ...kinds.map((k) => k.length));
  const amountWidth = Math.max(8, ...amounts.map((a) => a.length));
  const nameWidth = WIDTH - 2 - kindWidth - 2 - 2 - amountWidth;
  text += `  ${'kind'.padEnd(kindWidth)}  ${'element'.padEnd(nameWidth)}  ${'spare'.padStart(amountWidth)}\n`;
  capacity.cut.forEach((c, i) => {
    const name = shortenServiceLast(c.nameEn, nameWidth).padEnd(nameWidth);
    text += `  ${(kinds[i] as string).padEnd(kindWidth)}  ${name}  ${(amounts[i] as string).padStart(amountWidth)}\n`;
  });
  if (capacity.queues.length > 0) {
    // Soft elements: the assignment queues there (volume-delay) rather than stopping, so they do not bound.
    text += `\nQueues on the way (soft: boxes wait there, they do not bound the flow)\n`;
    const uses = capacity.queues.map(
      (q) =>
        `${n1.format(q.capacityTeuPerWeek)} TEU/wk${q.backgroundTeuPerWeek > 0 ? ` (other ${n1.format(q.backgroundTeuPerWeek)})` : ''}`,
    );
    const queueKinds = capacity.queues.map((q) => (q.kind === 'terminal' ? 'terminal' : 'border'));
    const useWidth = Math.max(8, ...uses.map((u) => u.length));
    const queueKindWidth = Math.max(4, ...queueKinds.map((k) => k.length));
    const queueNameWidth = WIDTH - 2 - queueKindWidth - 2 - 2 - useWidth;
    capacity.queues.forEach((q, i) => {
      const name = truncate(q.nameEn, queueNameWidth).padEnd(queueNameWidth);
      text += `  ${(queueKinds[i] as string).padEnd(queueKindWidth)}  ${name}  ${(uses[i] as string).padStart(useWidth)}\n`;
    });
  }
  return text;
}

/**
 * `corridor maxflow --from SET --to SET [--modes sea,rail,road] [--data DIR] [--json]`: how many TEU per week
 * one set of places can send to another over the services (maximum flow) and which named elements limit it
 * (the minimum cut). A set is a comma list of places (ids, codes, names) or `region:<name>`. When an
 * uncapacitated chain joins the sets the answer says so ("unlimited: …"; JSON `null` with `"unlimited": true`).
 * Exit 2 for an unknown region, place or mode (with a "did you mean").
 *
 * @param io - where to write
 * @returns the commander command
 */
export function maxflowCommand(io: CliOutput): Command {
  return new Command('maxflow')
    .description('corridor capacity: the most TEU per week between two sets of places, and the cut that limits it')
    .requiredOption('--from <set>', 'origin places, comma-separated, or region:<name> (region:fujian)')
    .requiredOption('--to <set>', 'destination places, likewise (region:eu)')
    .option('--modes <modes>', 'modes the corridor may use, comma-separated: sea,rail,road (default all three)')
    .option('--data <dir>', 'a dataset folder instead of the bundled one')
    .option('--json', 'print JSON: maxFlowTeuPerWeek and the cut elements with their capacities')
    .action((options: MaxflowOptions) => {
      const problems: string[] = [];
      let unknown = false;
      const modes = readModes(options.modes, problems);
      const network = loadDataset(options.data);
      const lookup = createNetworkLookup(network);
      const set = (spec: string, option: string) => {
        try {
          return placeSet(network, lookup, spec);
        } catch (error) {
          if (!(error instanceof CorridorError)) throw error;
          unknown ||= error.code === 'unknown-reference';
          problems.push(`${option}: ${error.message.replace(/^place: /, '')}`);
          return undefined;
        }
      };
      const from = set(options.from, '--from');
      const to = set(options.to, '--to');
      if (problems.length > 0 || from === undefined || to === undefined) {
        const summary =
          problems.length === 1
            ? `maxflow: ${problems[0]}`
            : `maxflow: ${problems.length} problems with the arguments\n${problems.map((p) => `  - ${p}`).join('\n')}`;
        throw new CorridorError(unknown ? 'unknown-reference' : 'invalid-argument', summary);
      }
      const prepared = prepareGraph(network, buildInfrastructureGraphs(network), new Set());
      const capacity = corridorCapacity(prepared, network, from, to, modes === undefined ? {} : { modes });
      io.out(
        options.json === true
          ? corridorCapacityJson(capacity)
          : formatCapacity(
              network,
              capacity,
              options.from.trim(),
              options.to.trim(),
              modesText(modes ?? [...CONTAINER_MODES]),
            ),
      );
    });
}
