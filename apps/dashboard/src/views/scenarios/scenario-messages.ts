/**
 * Messages of the Scenarios view, part of the catalogue of `i18n/messages.ts`; `zh` is typed against `en`, so a missing
 * or extra key fails the type check.
 */
import type { MessageCatalogPart } from '../../i18n/messages';

const scenarioEn = {
  'view.scenarios': 'Scenarios',
  'view.scenarios.summary':
    'Close a passage, add capacity or change a service, run the scenario and compare before and after.',
  'scenarios.presets': 'Preset scenarios',
  'scenarios.sources': 'Sources',
  'scenarios.withAssignment': 'Also run an assignment (slower)',
  'scenarios.run': 'Run scenario',
  'scenarios.busy': 'Running the scenario…',
  'scenarios.summaryTitle': 'What changed',
  'scenarios.routes': 'Routes before → after',
  'scenarios.route': 'Route',
  'scenarios.days': 'Days',
  'scenarios.passages': 'Passages',
  'scenarios.modeShares': 'Mode share before (grey) and after (blue)',
  'scenarios.corridors': 'Corridors: carried per week before → after',
  'scenarios.newBottlenecks': 'New bottlenecks',
  'scenarios.worsenedBottlenecks': 'Already full, now fuller (≥ 5 points)',
  'scenarios.relievedBottlenecks': 'Full before, under capacity now',
  'scenarios.none': 'None',
  'scenarios.legendGrew': 'Flow grew',
  'scenarios.legendShrank': 'Flow shrank',
  'scenarios.legendWidth': 'Width: size of the change per week',
} as const satisfies Record<string, string>;

const scenarioZh: Readonly<Record<keyof typeof scenarioEn, string>> = {
  'view.scenarios': '情景分析',
  'view.scenarios.summary': '关闭通道、增加运力或调整班列与航线，运行情景并比较前后变化。',
  'scenarios.presets': '预设情景',
  'scenarios.sources': '来源',
  'scenarios.withAssignment': '同时运行流量分配（较慢）',
  'scenarios.run': '运行情景',
  'scenarios.busy': '正在运行情景…',
  'scenarios.summaryTitle': '变化概述',
  'scenarios.routes': '路线：之前 → 之后',
  'scenarios.route': '路线',
  'scenarios.days': '天数',
  'scenarios.passages': '通道',
  'scenarios.modeShares': '运输方式份额：之前（灰）与之后（蓝）',
  'scenarios.corridors': '通道：每周运量之前 → 之后',
  'scenarios.newBottlenecks': '新瓶颈',
  'scenarios.worsenedBottlenecks': '原已饱和、更加拥堵（≥ 5 个百分点）',
  'scenarios.relievedBottlenecks': '原已饱和、现低于能力',
  'scenarios.none': '无',
  'scenarios.legendGrew': '流量增加',
  'scenarios.legendShrank': '流量减少',
  'scenarios.legendWidth': '线宽：每周变化量',
};

/** This file's part of the catalogue; `i18n/messages.ts` finds it by its name, `messages`. */
export const messages: MessageCatalogPart<keyof typeof scenarioEn> = { en: scenarioEn, zh: scenarioZh };
