import type { Mode, Network } from '@corridor/core';
import { answerJson, createEngine, type MaxFlowAnswer, type MaxFlowRequest } from '@corridor/core/engine';
import { Command } from 'commander';
import type { CliOutput } from '../run-cli.js';
import { listOption, withOptions } from './engine-request.js';
import { shortenLegName } from './format-assignment.js';
import { wrap } from './format-itinerary.js';
import { loadDataset } from './load-dataset.js';
import { fixedDigits } from './number-format.js';
import { displayWidth, table, truncate } from './text-table.js';

interface MaxflowOptions {
  from: string;
  to: string;
  modes?: string;
  data?: string;
  json?: boolean;
}

/** The modes a container corridor can be measured on (boxes do not fly). */
const CONTAINER_MODES = ['sea', 'rail', 'road'] as const satisfies readonly Mode[];

const n1 = fixedDigits(1);

/** What the table says, and the JSON carries, when an uncapacitated chain joins the sets. */
export const UNLIMITED = 'unlimited: an uncapacitated chain joins the sets';

/** `rail (road to and from terminals)`: road always stays open for access, whatever the modes. */
function modesText(modes: readonly Mode[]): string {
  return modes.includes('road') ? modes.join(', ') : `${modes.join(', ')} (and road to and from terminals)`;
}

/**
 * A service leg's name cut in its stations rather than its service (`CR Express (Xiamen) Xiamen–Hamburg via
 * Alashankou: Xiamen Haicang station (CR Express… → Alashankou…`), so legs of different trains in a cut
 * stay apart; other names as {@link shortenLegName} cuts them.
 */
function shortenServiceLast(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const split = text.indexOf(': ');
  const [from = '', to = ''] = text.slice(split + 2).split(' → ');
  if (split < 0 || width < 40) return shortenLegName(text, width);
  // The service keeps all but 24 columns; the stations share what is left, the shorter one whole if it fits.
  const serviceName = text.slice(0, split);
  const service = `${truncate(serviceName, Math.min(displayWidth(serviceName), width - 26))}: `;
  const room = width - displayWidth(service) - 3;
  const fromWidth = Math.min(displayWidth(from), Math.max(Math.floor(room / 2), room - displayWidth(to)));
  return `${service}${truncate(from, fromWidth)} → ${truncate(to, room - fromWidth)}`;
}

function formatCapacity(network: Network, capacity: MaxFlowAnswer, from: string, to: string, modes: string): string {
  const names = new Map(network.places.map((p) => [p.id, p.nameEn]));
  const listed = (ids: readonly string[]) =>
    ids.length <= 4 ? ids.map((id) => names.get(id) ?? id).join(', ') : `${ids.length} places`;
  let text = wrap(
    '',
    [`${from} (${listed(capacity.fromPlaceIds)}) → ${to} (${listed(capacity.toPlaceIds)})`, `modes ${modes}`],
    ' · ',
    2,
  );
  if (capacity.maxFlowTeuPerWeek === null) return `${text}  maximum flow  ${UNLIMITED}\n`;
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
  text += table([
    { title: 'kind', cells: kinds },
    { title: 'element', flexible: true, shorten: shortenServiceLast, cells: capacity.cut.map((c) => c.nameEn) },
    { title: 'spare', right: true, cells: amounts },
  ]);
  if (capacity.queues.length > 0) {
    // Soft elements: the assignment queues there (volume-delay) rather than stopping, so they do not bound.
    text += `\nQueues on the way (soft: boxes wait there, they do not bound the flow)\n`;
    const uses = capacity.queues.map(
      (q) =>
        `${n1.format(q.capacityTeuPerWeek)} TEU/wk${q.backgroundTeuPerWeek > 0 ? ` (other ${n1.format(q.backgroundTeuPerWeek)})` : ''}`,
    );
    const queueKinds = capacity.queues.map((q) => (q.kind === 'terminal' ? 'terminal' : 'border'));
    text += table([
      { title: 'kind', cells: queueKinds },
      { title: 'element', flexible: true, cells: capacity.queues.map((q) => q.nameEn) },
      { title: 'use', right: true, cells: uses },
    ]);
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
      const engine = createEngine(loadDataset(options.data));
      const modes = listOption(options.modes)?.map((m) => m.toLowerCase());
      const request = { from: options.from, to: options.to, ...(modes === undefined ? {} : { modes }) };
      const capacity = withOptions('maxflow', { from: '--from', to: '--to', modes: '--modes' }, () =>
        engine.maxflow(request as MaxFlowRequest),
      );
      io.out(
        options.json === true
          ? answerJson(capacity)
          : formatCapacity(
              engine.network,
              capacity,
              options.from.trim(),
              options.to.trim(),
              modesText((modes as Mode[] | undefined) ?? [...CONTAINER_MODES]),
            ),
      );
    });
}
