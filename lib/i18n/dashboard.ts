import { DASHBOARD_TITLE } from './dashboard-title.ts';
import type { Locale, Words } from './locale.ts';

/** Words of the dashboard page (`paicha tally --html`) and the add-on's 看板 sidebar. */
export const DASH = {
  title: DASHBOARD_TITLE,
  asOf: { 'zh-Hans': '统计日 {date}', 'zh-Hant': '統計日 {date}', en: 'As of {date}' },
  privacy: {
    'zh-Hans': '只含数字和地名，不含个人信息。',
    'zh-Hant': '只含數字和地名，不含個人資料。',
    en: 'Counts and places only: no personal data.',
  },
  households: { 'zh-Hans': '已核实住户', 'zh-Hant': '已核實住戶', en: 'Households verified' },
  ofTotal: { 'zh-Hans': '共 {total} 户', 'zh-Hant': '共 {total} 戶', en: 'of {total}' },
  toReach: { 'zh-Hans': '{n} 户未核实', 'zh-Hant': '{n} 戶未核實', en: '{n} not verified' },
  donations: { 'zh-Hans': '捐赠合计（元）', 'zh-Hant': '捐贈合計（元）', en: 'Donations (yuan)' },
  donationsSub: {
    'zh-Hans': '{count} 笔：捐款 {cash}，物资折价 {goods}',
    'zh-Hant': '{count} 筆：捐款 {cash}，物資折價 {goods}',
    en: '{count}: cash {cash}, goods {goods}',
  },
  problems: { 'zh-Hans': '数据问题', 'zh-Hant': '資料問題', en: 'Data problems' },
  problemsSub: {
    'zh-Hans': '错误 {errors}，警告 {warnings}',
    'zh-Hant': '錯誤 {errors}，警告 {warnings}',
    en: '{errors} errors, {warnings} warnings',
  },
  coverage: { 'zh-Hans': '各小区登记进度', 'zh-Hant': '各小區登記進度', en: 'Coverage by compound' },
  coverageDesc: {
    'zh-Hans': '{n} 个小区，最低 {low} {lowRate}，最高 {high} {highRate}。',
    'zh-Hant': '{n} 個小區，最低 {low} {lowRate}，最高 {high} {highRate}。',
    en: '{n} compounds. Lowest rate: {low} ({lowRate}); highest: {high} ({highRate}).',
  },
  part: { 'zh-Hans': '（第 {i}/{n} 部分）', 'zh-Hant': '（第 {i}/{n} 部分）', en: ' (part {i} of {n})' },
  noHouseholds: { 'zh-Hans': '还没有住户登记表。', 'zh-Hant': '還沒有住戶登記表。', en: 'No household register yet.' },
  progress: { 'zh-Hans': '每日走访进度', 'zh-Hant': '每日走訪進度', en: 'Progress by day' },
  progressDesc: {
    'zh-Hans': '{from} 至 {to}，已核实 {v0} → {v1} 户，未核实 {u1} 户。',
    'zh-Hant': '{from} 至 {to}，已核實 {v0} → {v1} 戶，未核實 {u1} 戶。',
    en: '{from} to {to}: verified went from {v0} to {v1}; {u1} not verified.',
  },
  noVisits: {
    'zh-Hans': '加一张走访记录表（每次上门一行），这里就画出每天的进度。',
    'zh-Hant': '加一張走訪記錄表（每次上門一列），這裡就畫出每天的進度。',
    en: 'Add a visit log (a row per attempt) to see progress by day.',
  },
  verifiedSoFar: { 'zh-Hans': '已核实（累计）', 'zh-Hant': '已核實（累計）', en: 'Verified (cumulative)' },
  newlyVerified: { 'zh-Hans': '当日新核实', 'zh-Hant': '當日新核實', en: 'Newly verified' },
  byDay: { 'zh-Hans': '每日捐赠与累计', 'zh-Hant': '每日捐贈與累計', en: 'Donations by day and running total' },
  byDayDesc: {
    'zh-Hans': '{from} 至 {to}，{days} 天，累计 {total} 元；最多 {maxDay} {max} 元。',
    'zh-Hant': '{from} 至 {to}，{days} 天，累計 {total} 元；最多 {maxDay} {max} 元。',
    en: '{from} to {to}, donations on {days} days, {total} yuan in all; the most on {maxDay}: {max} yuan.',
  },
  noDonations: { 'zh-Hans': '还没有捐赠记录。', 'zh-Hant': '還沒有捐贈記錄。', en: 'No donations yet.' },
  daily: { 'zh-Hans': '当日（元）', 'zh-Hant': '當日（元）', en: 'That day (yuan)' },
  followUp: { 'zh-Hans': '今日待跟进', 'zh-Hant': '今日待跟進', en: 'To follow up today' },
  fuHouseholds: { 'zh-Hans': '住户待核实', 'zh-Hant': '住戶待核實', en: 'Households to reach' },
  fuPeople: { 'zh-Hans': '人员今日未做健康检查', 'zh-Hant': '人員今日未做健康檢查', en: 'People not checked today' },
  fuShops: { 'zh-Hans': '商户今日未检查', 'zh-Hant': '商戶今日未檢查', en: 'Shops not checked today' },
  fuCompounds: { 'zh-Hans': '小区今日未报值守', 'zh-Hant': '小區今日未報值守', en: 'Compounds without a duty report' },
  fever: { 'zh-Hans': '发热', 'zh-Hant': '發熱', en: 'fever' },
  endingToday: { 'zh-Hans': '今日期满', 'zh-Hant': '今日期滿', en: 'watch ends today' },
  underWatch: { 'zh-Hans': '在观察', 'zh-Hant': '在觀察', en: 'under watch' },
  late: { 'zh-Hans': '逾时上报', 'zh-Hant': '逾時上報', en: 'reported late' },
  issues: { 'zh-Hans': '发现问题', 'zh-Hant': '發現問題', en: 'issues found' },
  open: { 'zh-Hans': '待处理问题', 'zh-Hant': '待處理問題', en: 'Open problems' },
  kind: { 'zh-Hans': '问题类型', 'zh-Hant': '問題類型', en: 'Kind' },
  count: { 'zh-Hans': '个数', 'zh-Hant': '個數', en: 'Count' },
  noProblems: { 'zh-Hans': '没有待处理的问题。', 'zh-Hant': '沒有待處理的問題。', en: 'No open problems.' },
  seeList: {
    'zh-Hans': '每个问题的单元格见“问题清单”；另有提示 {infos} 条。',
    'zh-Hant': '每個問題的儲存格見「問題清單」；另有提示 {infos} 條。',
    en: 'Each problem’s cell is in the Problems sheet; {infos} notes more.',
  },
} as const satisfies Record<string, Words>;

export type DashWord = keyof typeof DASH;

/**
 * Large numbers on chart axes, largest first: 1,500,000 → 150万 / 1.5M. Exact figures are in the
 * labels and tables beside the chart.
 */
export const COMPACT_UNITS: Readonly<Record<Locale, readonly (readonly [number, string])[]>> = {
  'zh-Hans': [
    [1e8, '亿'],
    [1e4, '万'],
  ],
  'zh-Hant': [
    [1e8, '億'],
    [1e4, '萬'],
  ],
  en: [
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'k'],
  ],
};
