/**
 * Messages that word the library's reasons from their codes and parameters (`NoRoute.code`, `OptionReason.code`,
 * `@corridor/core/model`): the no-route explanation, its notes and relaxation, and why an option is offered.
 * `route-reasons.ts` puts them together. A part of the catalogue like a view's, listed in `messages.ts`.
 */
import type { MessageCatalogPart } from './messages';

const en = {
  'reason.list.or': ' or ',
  'reason.list.and': ', ',
  'reason.passage.inSentence': 'the {name}',

  'reason.noRoute.unconnected':
    'No route from {from} to {to}: no chain of services and roads in this network connects them.',
  'reason.noRoute.unrelaxable':
    'No route from {from} to {to} under these constraints: {constraints}; lifting any one of them alone restores none.',
  'reason.noRoute.blockedPassages':
    'No route from {from} to {to}: every {modes} path uses {passages}, which the query avoids.',
  'reason.noRoute.blocked': 'No route from {from} to {to}: every {modes} path {blockers}.',

  'reason.blocker.passage': 'uses the {name}',
  'reason.blocker.terminal': 'uses the terminal {name}',
  'reason.blocker.country': 'crosses or calls at {name}',
  'reason.blocker.mode': 'needs {name}',
  'reason.blocker.max-transfers': 'needs more transfers than allowed',
  'reason.blocker.via': 'misses the via place',

  'reason.constraint.passage': 'avoiding the {name}',
  'reason.constraint.terminal': 'avoiding the terminal {name}',
  'reason.constraint.country': 'avoiding {name}',
  'reason.constraint.mode': 'without {name}',
  'reason.constraint.max-transfers': 'the limit of transfers',
  'reason.constraint.via': 'the via place',

  'reason.change.passage': 'allowing the {name}',
  'reason.change.terminal': 'allowing the terminal {name}',
  'reason.change.country': 'allowing {name}',
  'reason.change.mode': 'allowing {name}',
  'reason.change.max-transfers': 'lifting the limit of transfers',
  'reason.change.via': 'dropping the via place',

  'reason.note.services-suspended':
    'The closures suspend {count} services with no way through or a detour back past their own calls: {services}.',
  'reason.note.rules-cut': 'The only paths left {what}, which no option may do.',
  'reason.rule.reentered': 'leave {names} and come back',
  'reason.rule.revisited': 'visit {names} twice',
  'reason.rule.chainedTrucks': 'chain two truck hauls',

  'reason.objective.time': 'fastest',
  'reason.objective.cost': 'cheapest',
  'reason.objective.co2': 'lowest CO₂e',
  'reason.objective.balanced': 'best balanced',
  'reason.option.best': '{objective} ({modes})',
  'reason.option.best-of-mode': 'best by {modes}',
  'reason.option.alternative': 'another {modes} route, {stretch} × the best by {modes}',
  'reason.option.backup-crossing':
    '{label}backup: worse than {which} on days, USD and CO₂e, but crosses at {crossings}',
  'reason.option.backup-passage': '{label}backup: worse than {which} on days, USD and CO₂e, but {passages}',
  'reason.option.bestOfModeLabel': 'best by {modes}; ',
  'reason.option.worseThanOption': 'option {number}',
  'reason.option.worseThanRoute': 'a {modes} route',
  'reason.option.viaPassages': 'goes via the {names}',
  'reason.option.notViaPassages': 'not via the {names}',
} as const satisfies Record<string, string>;

const zh: Readonly<Record<keyof typeof en, string>> = {
  'reason.list.or': '或',
  'reason.list.and': '、',
  'reason.passage.inSentence': '{name}',

  'reason.noRoute.unconnected': '从{from}到{to}没有路线：本网络中没有能连接两地的班线和道路。',
  'reason.noRoute.unrelaxable':
    '在这些限制下从{from}到{to}没有路线：{constraints}；单独取消其中任何一项都无法恢复路线。',
  'reason.noRoute.blockedPassages': '从{from}到{to}没有路线：所有{modes}路径都经过{passages}，而查询避开了它们。',
  'reason.noRoute.blocked': '从{from}到{to}没有路线：所有{modes}路径都{blockers}。',

  'reason.blocker.passage': '经过{name}',
  'reason.blocker.terminal': '经过场站{name}',
  'reason.blocker.country': '经过或停靠{name}',
  'reason.blocker.mode': '需要{name}',
  'reason.blocker.max-transfers': '需要超过上限的换装次数',
  'reason.blocker.via': '不经过途经地',

  'reason.constraint.passage': '避开{name}',
  'reason.constraint.terminal': '避开场站{name}',
  'reason.constraint.country': '避开{name}',
  'reason.constraint.mode': '不用{name}',
  'reason.constraint.max-transfers': '换装次数上限',
  'reason.constraint.via': '途经地',

  'reason.change.passage': '允许经过{name}',
  'reason.change.terminal': '允许经过场站{name}',
  'reason.change.country': '允许经过{name}',
  'reason.change.mode': '允许使用{name}',
  'reason.change.max-transfers': '取消换装次数上限',
  'reason.change.via': '去掉途经地',

  'reason.note.services-suspended':
    '这些关闭使 {count} 条班线停运（无路可通，或绕行会折返经过自己的挂靠港）：{services}。',
  'reason.note.rules-cut': '剩下的路径都会{what}，任何方案都不允许这样。',
  'reason.rule.reentered': '离开{names}后又返回',
  'reason.rule.revisited': '两次经过{names}',
  'reason.rule.chainedTrucks': '连续两段卡车运输',

  'reason.objective.time': '最快',
  'reason.objective.cost': '最便宜',
  'reason.objective.co2': '二氧化碳当量最低',
  'reason.objective.balanced': '综合最优',
  'reason.option.best': '{objective}（{modes}）',
  'reason.option.best-of-mode': '{modes}最优方案',
  'reason.option.alternative': '另一条{modes}路线，目标值为{modes}最优方案的 {stretch} 倍',
  'reason.option.backup-crossing': '{label}备选：天数、美元和二氧化碳当量都不如{which}，但经由{crossings}',
  'reason.option.backup-passage': '{label}备选：天数、美元和二氧化碳当量都不如{which}，但{passages}',
  'reason.option.bestOfModeLabel': '{modes}最优方案；',
  'reason.option.worseThanOption': '方案 {number}',
  'reason.option.worseThanRoute': '一条{modes}路线',
  'reason.option.viaPassages': '经由{names}',
  'reason.option.notViaPassages': '不经{names}',
};

/** The reason messages in both languages. */
export const messages: MessageCatalogPart<keyof typeof en> = { en, zh };
