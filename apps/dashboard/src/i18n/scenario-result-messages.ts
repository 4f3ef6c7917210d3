/**
 * Messages of a scenario run's results (charts, tables, cargo classes), spread into the catalogue of
 * `messages.ts`; `zh` is typed against `en`, so a missing or extra key fails the type check.
 */
export const scenarioResultEn = {
  'scenarioResult.modeSplit': 'Mode split before and after',
  'scenarioResult.modeSplitAxis': 'Share of served demand (%)',
  'scenarioResult.modeSplitLabel': 'Mode split: for each cargo class and mode, share before (pale) and after (solid)',
  'scenarioResult.corridorShift': 'Corridors: units carried per week before and after',
  'scenarioResult.corridorAxis': 'Carried per week (TEU or tonnes)',
  'scenarioResult.corridorLabel':
    'Corridors, by change: carried per week before (grey) and after (blue grew, orange shrank)',
  'scenarioResult.before': 'Before',
  'scenarioResult.after': 'After',
  'scenarioResult.grew': 'Grew',
  'scenarioResult.shrank': 'Shrank',
  'scenarioResult.co2Header': 't CO2e',
  'scenarioResult.usdHeader': 'USD',
  'scenarioResult.cargo.container': 'Container',
  'scenarioResult.cargo.air-cargo': 'Air cargo',
  'scenarioResult.noRoute': 'no route',
} as const satisfies Record<string, string>;

export const scenarioResultZh: Readonly<Record<keyof typeof scenarioResultEn, string>> = {
  'scenarioResult.modeSplit': '运输方式结构（前后对比）',
  'scenarioResult.modeSplitAxis': '已运输需求份额（%）',
  'scenarioResult.modeSplitLabel': '运输方式结构：各货类各运输方式的份额，情景前（浅色）与情景后（深色）',
  'scenarioResult.corridorShift': '通道：情景前后每周运量',
  'scenarioResult.corridorAxis': '每周运量（标准箱或吨）',
  'scenarioResult.corridorLabel': '各通道按变化排序：情景前（灰色）与情景后（蓝色为增加，橙色为减少）的每周运量',
  'scenarioResult.before': '情景前',
  'scenarioResult.after': '情景后',
  'scenarioResult.grew': '增加',
  'scenarioResult.shrank': '减少',
  'scenarioResult.co2Header': '吨二氧化碳当量',
  'scenarioResult.usdHeader': '美元',
  'scenarioResult.cargo.container': '集装箱',
  'scenarioResult.cargo.air-cargo': '航空货物',
  'scenarioResult.noRoute': '无路线',
};
