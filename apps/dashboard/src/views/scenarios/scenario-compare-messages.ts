/**
 * Messages of the side-by-side comparison of scenario runs, part of the catalogue of `i18n/messages.ts`; `zh` is
 * typed against `en`, so a missing or extra key fails the type check.
 */
import type { MessageCatalogPart } from '../../i18n/messages';

const scenarioCompareEn = {
  'scenarioCompare.title': 'Compare scenarios',
  'scenarioCompare.pick': 'Scenarios run in this session with the assignment: choose up to three',
  'scenarioCompare.more': 'Run another scenario with the assignment to compare it with this one.',
  'scenarioCompare.table': 'Key figures: the base and each scenario',
  'scenarioCompare.figure': 'Figure',
  'scenarioCompare.base': 'Base',
  'scenarioCompare.modeSplit': 'Mode split (share of served demand)',
  'scenarioCompare.topChanged': 'Largest changes of use',
  'scenarioCompare.maps': 'Changed flows, one small map per scenario: blue grew, orange shrank',
  'scenarioCompare.mapLabel': '{name}: service legs whose flow changed',
} as const satisfies Record<string, string>;

const scenarioCompareZh: Readonly<Record<keyof typeof scenarioCompareEn, string>> = {
  'scenarioCompare.title': '情景对比',
  'scenarioCompare.pick': '本会话中已运行（含流量分配）的情景，最多选择三个',
  'scenarioCompare.more': '再运行一个含流量分配的情景，即可与本情景对比。',
  'scenarioCompare.table': '主要指标（基准与各情景）',
  'scenarioCompare.figure': '指标',
  'scenarioCompare.base': '基准',
  'scenarioCompare.modeSplit': '运输方式结构（占已运输需求的份额）',
  'scenarioCompare.topChanged': '利用率变化最大的要素',
  'scenarioCompare.maps': '变化的流量，每个情景一张小地图，蓝色为增加，橙色为减少',
  'scenarioCompare.mapLabel': '{name}：流量变化的班线区段',
};

export const messages: MessageCatalogPart<keyof typeof scenarioCompareEn> = {
  en: scenarioCompareEn,
  zh: scenarioCompareZh,
};
