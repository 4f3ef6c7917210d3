/**
 * Messages of the Scenarios view's route chooser (the OD pairs a run compares), part of the catalogue like
 * `scenario-messages.ts`; `zh` is typed against `en`.
 */
import type { MessageCatalogPart } from '../../i18n/messages';

const scenarioRouteEn = {
  'scenarioRoutes.title': 'Routes to compare',
  'scenarioRoutes.from': 'From',
  'scenarioRoutes.to': 'To',
  'scenarioRoutes.mode': 'Main mode',
  'scenarioRoutes.anyMode': 'any mode',
  'scenarioRoutes.add': 'Add route',
  'scenarioRoutes.remove': 'Remove',
  'scenarioRoutes.reset': 'Default routes',
  'scenarioRoutes.full': 'At most {max} routes: remove one first.',
  'scenarioRoutes.same': 'Choose two different places.',
  'scenarioRoutes.duplicate': 'This route is already compared.',
  'scenarioRoutes.none': 'No routes: the run compares the assignment only.',
} as const satisfies Record<string, string>;

const scenarioRouteZh: Record<keyof typeof scenarioRouteEn, string> = {
  'scenarioRoutes.title': '比较的路线',
  'scenarioRoutes.from': '起点',
  'scenarioRoutes.to': '终点',
  'scenarioRoutes.mode': '主要运输方式',
  'scenarioRoutes.anyMode': '任意方式',
  'scenarioRoutes.add': '添加路线',
  'scenarioRoutes.remove': '删除',
  'scenarioRoutes.reset': '默认路线',
  'scenarioRoutes.full': '最多 {max} 条路线：请先删除一条。',
  'scenarioRoutes.same': '请选择两个不同的地点。',
  'scenarioRoutes.duplicate': '该路线已在比较之列。',
  'scenarioRoutes.none': '没有路线：仅比较分配结果。',
};

/** This file's part of the catalogue; `i18n/messages.ts` finds it by its name, `messages`. */
export const messages: MessageCatalogPart<keyof typeof scenarioRouteEn> = { en: scenarioRouteEn, zh: scenarioRouteZh };
