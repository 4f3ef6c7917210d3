/** The plain-language summary of a scenario comparison, in English or Chinese, as the engine's answer gives it. */
import type { RouteQuery } from '../model/itinerary.js';
import type { Mode, Network } from '../model/network.js';
import type { ScenarioComparison } from '../scenario/compare-scenario.js';
import { describeComparison } from '../scenario/describe-comparison.js';

/** A route to compare, with names for the summary. */
export interface AskedRoute {
  readonly query: RouteQuery;
  readonly fromName: string;
  readonly toName: string;
  readonly fromNameZh: string;
  readonly toNameZh: string;
  readonly by?: Mode | 'any';
}

/** A per-mode row's mode in Chinese, as the summary writes it: `（海运）`. */
const BY_ZH: Readonly<Record<string, string>> = {
  sea: '海运',
  rail: '铁路',
  road: '公路',
  air: '航空',
  any: '任意方式',
};

const by = (mode: Mode | 'any' | undefined) =>
  mode === undefined ? '' : mode === 'any' ? ' by any mode' : ` by ${mode}`;

/**
 * The plain-language summary: `describeComparison`'s sentences with places by name and each per-mode row named
 * by its mode ("Xiamen → Rotterdam by sea: +10.5 days, …"); unchanged routes counted, not listed.
 */
export function summaryOf(
  comparison: ScenarioComparison,
  asked: readonly AskedRoute[],
  locale: 'en' | 'zh',
  network: Network,
): string[] {
  // English names places as asked and keeps ids elsewhere (as the CLI prints them); Chinese names everything.
  const words = locale === 'zh' ? { locale, network } : {};
  const routeLines = comparison.routes.flatMap((route, i) => {
    const ask = asked[i];
    const { modes: _held, ...unheld } = route;
    const zh = locale === 'zh';
    const byText = zh ? (ask?.by === undefined ? '' : `（${BY_ZH[ask.by]}）`) : by(ask?.by);
    const from = (zh ? ask?.fromNameZh : ask?.fromName) ?? route.from;
    const named = { ...unheld, from, to: `${(zh ? ask?.toNameZh : ask?.toName) ?? route.to}${byText}` };
    return describeComparison({ scenarioId: comparison.scenarioId, routes: [named], suspended: [] }, words);
  });
  const changed = routeLines.filter((line) => !line.endsWith(': unchanged') && !line.endsWith('：不变'));
  const unchanged = routeLines.length - changed.length;
  const zh = locale === 'zh';
  if (unchanged > 0) {
    const all = unchanged === routeLines.length;
    changed.push(
      zh
        ? `${all ? '所比较的' : '其余'} ${unchanged} 条路线：不变`
        : all
          ? `${unchanged === 1 ? 'the route' : `all ${unchanged} routes`} compared: unchanged`
          : `the other ${unchanged} route${unchanged === 1 ? '' : 's'} compared: unchanged`,
    );
  }
  const lines = [...changed, ...describeComparison({ ...comparison, routes: [] }, words)];
  if (comparison.assignment === undefined && unchanged === routeLines.length) {
    lines.push(
      zh
        ? '运力、延误和需求的改动改变的是流量而非路线：请同时运行分配查看'
        : 'capacity, delay and demand edits move flows rather than routes: ask for the assignment to see them',
    );
  }
  return lines;
}
