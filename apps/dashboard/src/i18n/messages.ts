/**
 * The dashboard's message catalogue: every visible string, once per language.
 *
 * Keys are dotted by screen area. Placeholders are `{name}` and are filled by `translate`; values are always
 * inserted as text. `zh` is typed against `en`, so a missing or extra key fails the type check, and
 * `messages.test.ts` checks the same at run time together with empty strings and placeholders.
 */
export const en = {
  'app.name': 'Corridor',
  'app.tagline': 'Fujian multimodal freight corridors',
  'app.documentTitle': '{view} · Corridor',

  'views.label': 'Views',
  'view.route': 'Route planner',
  'view.utilization': 'Corridor utilization',
  'view.scenarios': 'Scenarios',
  'view.data': 'Data',
  'view.route.summary':
    'Plan a shipment from an origin to a destination: alternative routes by sea, rail and road, the trade-off between time, cost and CO₂e, and an itinerary timeline.',
  'view.utilization.summary':
    'See how much of each port, corridor and border crossing is used, by mode and corridor, and where the bottlenecks are.',
  'view.scenarios.summary':
    'Close a passage, add capacity or change a service, run the scenario and compare before and after.',
  'view.comingLater': 'Coming in a later release.',

  'language.label': 'Language',

  'map.label': 'Map of the corridors',
  'map.zoom': 'Zoom',
  'map.zoomIn': 'Zoom in',
  'map.zoomOut': 'Zoom out',
  'map.basemapCredit': 'Basemap',
  'map.failed': 'The basemap could not be loaded. Reload the page to try again.',

  'data.title': 'Source register',
  'data.summary': '{sourceCount} sources in {categoryCount} categories; every figure in the dataset cites one of them.',
  'data.searchLabel': 'Search sources',
  'data.searchPlaceholder': 'Id, title, category…',
  'data.showing': 'Showing {shown} of {total}',
  'data.noMatch': 'No source matches “{query}”.',
  'data.loading': 'Loading the source register from the engine…',
  'data.failed': 'The engine could not be started. Reload the page to try again.',
  'data.noUrl': 'No URL recorded',
  'data.opensInNewTab': '(opens in a new tab)',
} as const satisfies Record<string, string>;

/** A key of the message catalogue. */
export type MessageKey = keyof typeof en;

/** A complete set of messages in one language. */
export type Messages = Readonly<Record<MessageKey, string>>;

/** Simplified Chinese messages; same keys as {@link en}. */
export const zh: Messages = {
  'app.name': 'Corridor',
  'app.tagline': '福建多式联运货运通道',
  'app.documentTitle': '{view} · Corridor',

  'views.label': '视图',
  'view.route': '路线规划',
  'view.utilization': '通道利用率',
  'view.scenarios': '情景分析',
  'view.data': '数据',
  'view.route.summary':
    '规划从起点到终点的货运：海运、铁路和公路的备选路线，时间、成本与二氧化碳当量之间的权衡，以及行程时间线。',
  'view.utilization.summary': '查看各港口、通道和边境口岸按运输方式和通道划分的使用程度，以及瓶颈所在。',
  'view.scenarios.summary': '关闭通道、增加运力或调整班列与航线，运行情景并比较前后变化。',
  'view.comingLater': '将在后续版本中推出。',

  'language.label': '语言',

  'map.label': '通道地图',
  'map.zoom': '缩放',
  'map.zoomIn': '放大',
  'map.zoomOut': '缩小',
  'map.basemapCredit': '底图',
  'map.failed': '底图无法加载。请重新加载页面再试。',

  'data.title': '来源登记',
  'data.summary': '共 {sourceCount} 条来源，分为 {categoryCount} 个类别；数据集中的每个数字都引用其中之一。',
  'data.searchLabel': '搜索来源',
  'data.searchPlaceholder': '编号、标题、类别…',
  'data.showing': '显示 {shown} / {total} 条',
  'data.noMatch': '没有与“{query}”匹配的来源。',
  'data.loading': '正在从引擎加载来源登记…',
  'data.failed': '引擎无法启动。请重新加载页面再试。',
  'data.noUrl': '未记录网址',
  'data.opensInNewTab': '（在新标签页中打开）',
};

/** All catalogues by language. */
export const MESSAGES = { en, zh } as const satisfies Record<string, Messages>;
