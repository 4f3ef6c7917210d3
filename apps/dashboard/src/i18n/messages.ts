/**
 * The dashboard's message catalogue: every visible string, once per language.
 *
 * Keys are dotted by screen area. Placeholders are `{name}` and are filled by `translate`; values are always
 * inserted as text. `zh` is typed against `en`, so a missing or extra key fails the type check, and
 * `messages.test.ts` checks the same at run time together with empty strings and placeholders.
 *
 * The shell's messages are here; each view's are in its folder, in `views/<id>/*-messages.ts` files that export
 * their part as `messages`. They are found by file name at build time (`import.meta.glob`), so adding a view adds
 * no line here, and their keys are typed through the view modules of `views/registry.ts`.
 */
import type { VIEWS } from '../views/registry';
import type { messages as issueMessages } from './issue-messages';
import type { messages as reasonMessages } from './reason-messages';

/** One part of the catalogue: the same keys in English and in Simplified Chinese. */
export interface MessageCatalogPart<Key extends string> {
  readonly en: Readonly<Record<Key, string>>;
  readonly zh: Readonly<Record<Key, string>>;
}

const shellEn = {
  'app.name': 'Corridor',
  'app.tagline': 'Fujian multimodal freight corridors',
  'app.documentTitle': '{view} · Corridor',

  'views.label': 'Views',
  'view.loading': 'Loading this view…',
  'view.loadFailed': 'This view could not be loaded. Reload the page to try again.',

  'language.label': 'Language',

  'datasetText.label': '(the dataset’s text)',

  'map.label': 'Map of the corridors',
  'map.zoom': 'Zoom',
  'map.zoomIn': 'Zoom in',
  'map.zoomOut': 'Zoom out',
  'map.basemapCredit': 'Basemap',
  'map.failed': 'The basemap could not be loaded. Reload the page to try again.',

  'firstScreen.title': 'Fujian’s freight corridors by sea, rail, road and air',
  'firstScreen.note':
    'Every service and road link of the dataset, coloured by mode. Plan a route in the panel, or open a worked example:',
  'firstScreen.example': 'Xiamen → Duisburg: sea, rail and air side by side',
  'legend.roadLinks': 'Road links',

  'mode.sea': 'Sea',
  'mode.rail': 'Rail',
  'mode.air': 'Air',
  'mode.road': 'Road',

  'terminalKind.seaport': 'Seaport',
  'terminalKind.rail-terminal': 'Rail terminal',
  'terminalKind.airport': 'Airport',
  'terminalKind.border-crossing': 'Border crossing',
  'terminalKind.inland-port': 'Inland port',

  'passage.taiwan-strait': 'Taiwan Strait',
  'passage.luzon-strait': 'Luzon Strait',
  'passage.singapore-strait': 'Singapore Strait',
  'passage.malacca': 'Strait of Malacca',
  'passage.sunda': 'Sunda Strait',
  'passage.hormuz': 'Strait of Hormuz',
  'passage.bab-el-mandeb': 'Bab-el-Mandeb',
  'passage.suez': 'Suez Canal',
  'passage.gibraltar': 'Strait of Gibraltar',
  'passage.dover': 'Strait of Dover',
  'passage.cape-of-good-hope': 'Cape of Good Hope',
  'passage.panama': 'Panama Canal',
} as const satisfies Record<string, string>;

const shellZh: Readonly<Record<keyof typeof shellEn, string>> = {
  'app.name': 'Corridor',
  'app.tagline': '福建多式联运货运通道',
  'app.documentTitle': '{view} · Corridor',

  'views.label': '视图',
  'view.loading': '正在加载此视图…',
  'view.loadFailed': '无法加载此视图。请重新加载页面后重试。',

  'language.label': '语言',

  'datasetText.label': '（数据集原文，仅有英文）',

  'map.label': '通道地图',
  'map.zoom': '缩放',
  'map.zoomIn': '放大',
  'map.zoomOut': '缩小',
  'map.basemapCredit': '底图',
  'map.failed': '底图无法加载。请重新加载页面再试。',

  'firstScreen.title': '福建货运通道：海运、铁路、公路与航空',
  'firstScreen.note': '数据集中的全部班线与公路连接，按运输方式着色。可在面板中规划路线，或打开示例：',
  'firstScreen.example': '厦门 → 杜伊斯堡：海运、铁路与航空并列比较',
  'legend.roadLinks': '公路连接',

  'mode.sea': '海运',
  'mode.rail': '铁路',
  'mode.air': '航空',
  'mode.road': '公路',

  'terminalKind.seaport': '海港',
  'terminalKind.rail-terminal': '铁路场站',
  'terminalKind.airport': '机场',
  'terminalKind.border-crossing': '边境口岸',
  'terminalKind.inland-port': '内陆港',

  'passage.taiwan-strait': '台湾海峡',
  'passage.luzon-strait': '吕宋海峡',
  'passage.singapore-strait': '新加坡海峡',
  'passage.malacca': '马六甲海峡',
  'passage.sunda': '巽他海峡',
  'passage.hormuz': '霍尔木兹海峡',
  'passage.bab-el-mandeb': '曼德海峡',
  'passage.suez': '苏伊士运河',
  'passage.gibraltar': '直布罗陀海峡',
  'passage.dover': '多佛尔海峡',
  'passage.cape-of-good-hope': '好望角',
  'passage.panama': '巴拿马运河',
};

/** The keys of the views' messages, as the modules listed in the registry declare them. */
type ViewMessageKey = (typeof VIEWS)[number]['messages'][number] extends infer Part
  ? Part extends MessageCatalogPart<infer Key>
    ? Key
    : never
  : never;

/** The keys that word the library's reasons (`reason-messages.ts`). */
type ReasonMessageKey = keyof (typeof reasonMessages)['en'];

/** The keys that word the library's input problems (`issue-messages.ts`). */
type IssueMessageKey = keyof (typeof issueMessages)['en'];

/** A key of the message catalogue. */
export type MessageKey = keyof typeof shellEn | ReasonMessageKey | IssueMessageKey | ViewMessageKey;

/** A complete set of messages in one language. */
export type Messages = Readonly<Record<MessageKey, string>>;

/** Every part of the catalogue: the shell's, the library's reasons (`i18n/*-messages.ts`), then each view folder's message files in path order. */
export const CATALOGUE_PARTS: readonly MessageCatalogPart<string>[] = [
  { en: shellEn, zh: shellZh },
  ...Object.values(
    import.meta.glob<MessageCatalogPart<string>>('./*-messages.ts', { eager: true, import: 'messages' }),
  ),
  ...Object.values(
    import.meta.glob<MessageCatalogPart<string>>('../views/*/*-messages.ts', { eager: true, import: 'messages' }),
  ),
];

function merged(locale: 'en' | 'zh'): Messages {
  return Object.assign({}, ...CATALOGUE_PARTS.map((part) => part[locale])) as Messages;
}

/** English messages. */
export const en: Messages = merged('en');

/** Simplified Chinese messages; same keys as {@link en}. */
export const zh: Messages = merged('zh');

/** All catalogues by language. */
export const MESSAGES = { en, zh } as const satisfies Record<string, Messages>;
