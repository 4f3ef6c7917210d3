/**
 * Messages of a scenario run's results (charts, tables, cargo classes), part of the catalogue of
 * `i18n/messages.ts`; `zh` is typed against `en`, so a missing or extra key fails the type check.
 */
import type { MessageCatalogPart } from '../../i18n/messages';

const scenarioResultEn = {
  'scenarioResult.modeSplit': 'Mode split before and after',
  'scenarioResult.modeSplitAxis': 'Share of served demand (%)',
  'scenarioResult.modeSplitLabel': 'Mode split: for each cargo class and mode, share before (pale) and after (solid)',
  'scenarioResult.corridorShift': 'Corridors: units carried per week before and after',
  'scenarioResult.corridorAxis.teu': 'Containers carried per week (TEU)',
  'scenarioResult.corridorAxis.tonnes': 'Air cargo carried per week (tonnes)',
  'scenarioResult.corridorLabel.teu':
    'Container corridors, by change: TEU per week before (grey) and after (blue grew, orange shrank)',
  'scenarioResult.corridorLabel.tonnes':
    'Air cargo corridors, by change: tonnes per week before (grey) and after (blue grew, orange shrank)',
  'scenarioResult.before': 'Before',
  'scenarioResult.after': 'After',
  'scenarioResult.beforeOrUnchanged': 'Before (after, when unchanged)',
  'scenarioResult.grew': 'Grew',
  'scenarioResult.shrank': 'Shrank',
  'scenarioResult.co2Header': 't CO2e',
  'scenarioResult.usdHeader': 'USD',
  'scenarioResult.cargo.container': 'Container',
  'scenarioResult.cargo.air-cargo': 'Air cargo',
  'scenarioResult.noRoute': 'no route',
  'scenarioResult.unit.teu': 'TEU',
  'scenarioResult.unit.tonnes': 't',
} as const satisfies Record<string, string>;

const scenarioResultZh: Readonly<Record<keyof typeof scenarioResultEn, string>> = {
  'scenarioResult.modeSplit': '运输方式结构（前后对比）',
  'scenarioResult.modeSplitAxis': '已运输需求份额（%）',
  'scenarioResult.modeSplitLabel': '运输方式结构：各货类各运输方式的份额，情景前（浅色）与情景后（深色）',
  'scenarioResult.corridorShift': '通道：情景前后每周运量',
  'scenarioResult.corridorAxis.teu': '每周集装箱运量（标准箱）',
  'scenarioResult.corridorAxis.tonnes': '每周航空货运量（吨）',
  'scenarioResult.corridorLabel.teu':
    '集装箱通道按变化排序：情景前（灰色）与情景后（蓝色为增加，橙色为减少）的每周标准箱',
  'scenarioResult.corridorLabel.tonnes':
    '航空货运通道按变化排序：情景前（灰色）与情景后（蓝色为增加，橙色为减少）的每周吨数',
  'scenarioResult.before': '情景前',
  'scenarioResult.after': '情景后',
  'scenarioResult.beforeOrUnchanged': '情景前（情景后不变时亦同）',
  'scenarioResult.grew': '增加',
  'scenarioResult.shrank': '减少',
  'scenarioResult.co2Header': '吨二氧化碳当量',
  'scenarioResult.usdHeader': '美元',
  'scenarioResult.cargo.container': '集装箱',
  'scenarioResult.cargo.air-cargo': '航空货物',
  'scenarioResult.noRoute': '无路线',
  'scenarioResult.unit.teu': '标准箱',
  'scenarioResult.unit.tonnes': '吨',
};

/** This file's part of the catalogue; `i18n/messages.ts` finds it by its name, `messages`. */
export const messages: MessageCatalogPart<keyof typeof scenarioResultEn> = {
  en: scenarioResultEn,
  zh: scenarioResultZh,
};
