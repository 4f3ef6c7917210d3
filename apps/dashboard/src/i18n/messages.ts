/**
 * The dashboard's message catalogue: every visible string, once per language.
 *
 * Keys are dotted by screen area. Placeholders are `{name}` and are filled by `translate`; values are always
 * inserted as text. `zh` is typed against `en`, so a missing or extra key fails the type check, and
 * `messages.test.ts` checks the same at run time together with empty strings and placeholders.
 */
import { routeEn, routeZh } from './route-messages';
import { scenarioFormEn, scenarioFormZh } from './scenario-form-messages';
import { scenarioEn, scenarioZh } from './scenario-messages';
import { scenarioResultEn, scenarioResultZh } from './scenario-result-messages';
import { scenarioRouteEn, scenarioRouteZh } from './scenario-route-messages';
import { utilizationEn, utilizationZh } from './utilization-messages';

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

  'data.tabs.label': 'Dataset tables',
  'data.tab.terminals': 'Terminals',
  'data.tab.services': 'Services',
  'data.tab.sources': 'Sources',
  'data.searchTerminals': 'Search terminals',
  'data.searchServices': 'Search services',
  'data.searchNamesPlaceholder': 'Id, English or Chinese name…',
  'data.noTerminalMatch': 'No terminal matches “{query}”.',
  'data.noServiceMatch': 'No service matches “{query}”.',
  'data.showOnMap': 'Show on map',
  'data.sourcesLabel': 'Sources',
  'data.stopCount': '{count} stops',
  'data.operator': 'Operator: {operator}',
  'data.servesPlace': 'serves {place}',
  'data.capacityTeu': 'capacity {amount} TEU/week',
  'data.capacityTonnes': 'capacity {amount} t/week',
  'data.trainsPerDay': '({trains} trains a day × 100 TEU)',
  'data.background': 'other traffic {amount} TEU/week',
  'data.crossingTo': 'border {country}–{farCountry}',
  'data.loadingNetwork': 'Loading the network from the engine…',

  'mode.sea': 'Sea',
  'mode.rail': 'Rail',
  'mode.air': 'Air',
  'mode.road': 'Road',

  'terminalKind.seaport': 'Seaport',
  'terminalKind.rail-terminal': 'Rail terminal',
  'terminalKind.airport': 'Airport',
  'terminalKind.border-crossing': 'Border crossing',
  'terminalKind.inland-port': 'Inland port',

  'confidence.high': 'high',
  'confidence.medium': 'medium',
  'confidence.low': 'low',
  'confidence.derived': 'derived',
  'confidence.assumption': 'assumption',
  'confidence.per plan': 'per plan',
  'confidence.unknown': 'not in the register',

  'dataset.title': 'Dataset',
  'dataset.origin.bundled': 'Bundled',
  'dataset.origin.loaded': 'Your files',
  'dataset.count.places': 'Places',
  'dataset.count.terminals': 'Terminals',
  'dataset.count.services': 'Services',
  'dataset.count.seaLanes': 'Sea lanes',
  'dataset.count.railTracks': 'Rail tracks',
  'dataset.count.roadLinks': 'Road links',
  'dataset.count.corridors': 'Corridors',
  'dataset.count.sources': 'Sources',
  'dataset.useBundled': 'Back to the bundled dataset',
  'dataset.planFigures': 'Plan figures',
  'dataset.planFigures.note': 'As the plan states them (per plan), not confirmed by an independent source.',

  'upload.title': 'Load your own dataset',
  'upload.help':
    'Choose the CSV and JSON files of a dataset folder, or drop them on this panel. They are checked in your browser and never leave it.',
  'upload.chooseFiles': 'Choose files…',
  'upload.chooseFolder': 'Choose a folder…',
  'upload.dropHere': 'Drop the dataset’s files or folder to load them',
  'upload.reading': 'Reading the files…',
  'upload.checking': 'Checking the dataset…',
  'upload.loaded': 'Loaded {count} files: the map and the tables show your dataset.',
  'upload.failed': 'The engine stopped answering. Reload the page to try again.',
  'upload.rejectedTitle': 'These files cannot be read as a dataset:',
  'upload.invalidTitle': 'The dataset was not loaded: {count} problems. The map still shows the previous one.',
  'upload.loaderLanguageNote': 'Problem descriptions come from the loader.',
  'upload.problem.noFiles': 'No file was chosen (hidden files are skipped). Choose the files of a dataset folder.',
  'upload.problem.tooMany':
    '{count} files were chosen; a dataset has at most {limit}. Choose the dataset folder itself.',
  'upload.problem.tooLarge':
    'The files add up to {size} MB, more than the limit of {limit} MB. Choose only the dataset’s files.',
  'upload.problem.duplicateName': 'Two files are named {name} ({paths}). Choose one dataset folder.',
  'upload.problem.notUtf8': '{file} is not UTF-8 text. Save it as UTF-8 (“CSV UTF-8” in spreadsheet programs).',
  'upload.problem.unreadable': '{file} could not be read. Choose it again.',
  'upload.issue.file': 'File',
  'upload.issue.row': 'row {row}',
  'upload.issue.field': 'field {field}',
  'upload.issue.value': 'value “{value}”',
  'upload.issue.fix': 'Fix: {fix}',

  'legend.title': 'Legend',
  'legend.services': 'Services',
  'legend.terminals': 'Terminals',
  'legend.show': 'Show {layer}',

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

  ...routeEn,
  ...scenarioEn,
  ...scenarioResultEn,
  ...scenarioRouteEn,
  ...scenarioFormEn,
  ...utilizationEn,
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

  'data.tabs.label': '数据集表格',
  'data.tab.terminals': '场站',
  'data.tab.services': '班线',
  'data.tab.sources': '来源',
  'data.searchTerminals': '搜索场站',
  'data.searchServices': '搜索班线',
  'data.searchNamesPlaceholder': '编号、英文或中文名称…',
  'data.noTerminalMatch': '没有与“{query}”匹配的场站。',
  'data.noServiceMatch': '没有与“{query}”匹配的班线。',
  'data.showOnMap': '在地图上显示',
  'data.sourcesLabel': '来源',
  'data.stopCount': '{count} 个停靠站',
  'data.operator': '运营方：{operator}',
  'data.servesPlace': '服务 {place}',
  'data.capacityTeu': '能力 每周{amount} TEU',
  'data.capacityTonnes': '能力 每周{amount}吨',
  'data.trainsPerDay': '（每日{trains}列 × 100 TEU）',
  'data.background': '其他运量 每周{amount} TEU',
  'data.crossingTo': '{country}–{farCountry} 边境',
  'data.loadingNetwork': '正在从引擎加载网络…',

  'mode.sea': '海运',
  'mode.rail': '铁路',
  'mode.air': '航空',
  'mode.road': '公路',

  'terminalKind.seaport': '海港',
  'terminalKind.rail-terminal': '铁路场站',
  'terminalKind.airport': '机场',
  'terminalKind.border-crossing': '边境口岸',
  'terminalKind.inland-port': '内陆港',

  'confidence.high': '高',
  'confidence.medium': '中',
  'confidence.low': '低',
  'confidence.derived': '推算',
  'confidence.assumption': '假设',
  'confidence.per plan': '依规划',
  'confidence.unknown': '不在登记中',

  'dataset.title': '数据集',
  'dataset.origin.bundled': '内置',
  'dataset.origin.loaded': '您的文件',
  'dataset.count.places': '地点',
  'dataset.count.terminals': '场站',
  'dataset.count.services': '班线',
  'dataset.count.seaLanes': '航道',
  'dataset.count.railTracks': '铁路线段',
  'dataset.count.roadLinks': '公路连接',
  'dataset.count.corridors': '通道',
  'dataset.count.sources': '来源',
  'dataset.useBundled': '返回内置数据集',
  'dataset.planFigures': '规划数据',
  'dataset.planFigures.note': '按规划原文列出（依据规划），未经独立来源核实。',

  'upload.title': '加载您自己的数据集',
  'upload.help': '选择数据集文件夹中的 CSV 和 JSON 文件，或将其拖放到此面板。文件在浏览器中检查，不会离开您的电脑。',
  'upload.chooseFiles': '选择文件…',
  'upload.chooseFolder': '选择文件夹…',
  'upload.dropHere': '拖放数据集的文件或文件夹以加载',
  'upload.reading': '正在读取文件…',
  'upload.checking': '正在检查数据集…',
  'upload.loaded': '已加载 {count} 个文件：地图和表格显示您的数据集。',
  'upload.failed': '引擎已停止响应。请重新加载页面再试。',
  'upload.rejectedTitle': '这些文件无法作为数据集读取：',
  'upload.invalidTitle': '数据集未加载：发现 {count} 个问题。地图仍显示之前的数据集。',
  'upload.loaderLanguageNote': '问题描述来自加载器（英文）。',
  'upload.problem.noFiles': '未选择任何文件（隐藏文件会被跳过）。请选择数据集文件夹中的文件。',
  'upload.problem.tooMany': '选择了 {count} 个文件；一个数据集最多 {limit} 个。请直接选择数据集文件夹。',
  'upload.problem.tooLarge': '文件合计 {size} MB，超过 {limit} MB 的上限。请只选择数据集的文件。',
  'upload.problem.duplicateName': '有两个文件都名为 {name}（{paths}）。请只选择一个数据集文件夹。',
  'upload.problem.notUtf8': '{file} 不是 UTF-8 文本。请另存为 UTF-8（电子表格软件中的“CSV UTF-8”）。',
  'upload.problem.unreadable': '无法读取 {file}。请重新选择。',
  'upload.issue.file': '文件',
  'upload.issue.row': '第 {row} 行',
  'upload.issue.field': '字段 {field}',
  'upload.issue.value': '值“{value}”',
  'upload.issue.fix': '修正：{fix}',

  'legend.title': '图例',
  'legend.services': '班线',
  'legend.terminals': '场站',
  'legend.show': '显示{layer}',

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

  ...routeZh,
  ...scenarioZh,
  ...scenarioResultZh,
  ...scenarioRouteZh,
  ...scenarioFormZh,
  ...utilizationZh,
};

/** All catalogues by language. */
export const MESSAGES = { en, zh } as const satisfies Record<string, Messages>;
