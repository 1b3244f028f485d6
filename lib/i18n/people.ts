import type { ControlMeasure } from '../cells/control-measure.ts';
import type { PersonCategory } from '../cells/person-category.ts';
import type { WatchAlert } from '../datasets/people/tally.ts';
import { H } from './headers.ts';
import type { Locale, Words } from './locale.ts';

export const CATEGORY_LABELS: Record<PersonCategory, Words> = {
  returnee: { 'zh-Hans': '返乡人员', 'zh-Hant': '返鄉人員', en: 'Returnee' },
  incoming: { 'zh-Hans': '外来人员', 'zh-Hant': '外來人員', en: 'From elsewhere' },
  close_contact: { 'zh-Hans': '密切接触者', 'zh-Hant': '密切接觸者', en: 'Close contact' },
  key_person: { 'zh-Hans': '重点人员', 'zh-Hant': '重點人員', en: 'Key person' },
};

export const MEASURE_LABELS: Record<ControlMeasure, Words> = {
  home_quarantine: { 'zh-Hans': '居家隔离', 'zh-Hant': '居家隔離', en: 'Home quarantine' },
  central_quarantine: { 'zh-Hans': '集中隔离', 'zh-Hant': '集中隔離', en: 'Central quarantine' },
  health_monitoring: { 'zh-Hans': '健康监测', 'zh-Hant': '健康監測', en: 'Health monitoring' },
  expected_return: { 'zh-Hans': '拟返回', 'zh-Hant': '擬返回', en: 'Expected to return' },
  released: { 'zh-Hans': '已解除', 'zh-Hant': '已解除', en: 'Released' },
};

export const ALERT_LABELS: Record<WatchAlert, Words> = {
  fever: { 'zh-Hans': '发热', 'zh-Hant': '發熱', en: 'Fever' },
  missed: { 'zh-Hans': '连续两天未随访', 'zh-Hant': '連續兩天未隨訪', en: 'No check two days running' },
};

export const CHECK_WAYS: readonly Words[] = [
  { 'zh-Hans': '电话', 'zh-Hant': '電話', en: 'Phone' },
  { 'zh-Hans': '上门', 'zh-Hant': '上門', en: 'At the door' },
];

/** The drop-down words an enum problem offers, by the `expected` of the cell: the vocabulary of that column. */
const ALLOWED_WORDS: Readonly<Record<string, readonly Words[]>> = {
  'person-category': Object.values(CATEGORY_LABELS),
  'control-measure': Object.values(MEASURE_LABELS),
};

export const allowedWords = (expected: string, locale: Locale): string[] | undefined => ALLOWED_WORDS[expected]?.map((w) => w[locale]);

/** Headers and lines of 重点人员 and 今日随访, and the people lines of the daily report. */
export const P = {
  alert: { 'zh-Hans': '提醒', 'zh-Hant': '提醒', en: 'Alert' },
  compound: H.compound,
  place: { 'zh-Hans': '楼栋单元门牌', 'zh-Hant': '樓棟單元門牌', en: 'Building, unit, room' },
  start: { 'zh-Hans': '观察开始', 'zh-Hant': '觀察開始', en: 'Watch start' },
  end: { 'zh-Hans': '观察结束', 'zh-Hant': '觀察結束', en: 'Watch end' },
  day: { 'zh-Hans': '第几天', 'zh-Hant': '第幾天', en: 'Day' },
  dayOf: { 'zh-Hans': '第 {n}/{days} 天', 'zh-Hant': '第 {n}/{days} 天', en: 'day {n} of {days}' },
  lastCheck: { 'zh-Hans': '最近随访', 'zh-Hant': '最近隨訪', en: 'Last check' },
  lastTemperature: { 'zh-Hans': '最近体温', 'zh-Hant': '最近體溫', en: 'Last temperature' },
  checkedToday: { 'zh-Hans': '今日已随访', 'zh-Hant': '今日已隨訪', en: 'Checked today' },
  unassigned: { 'zh-Hans': '（未指定随访人）', 'zh-Hant': '（未指定隨訪人）', en: '(nobody assigned)' },
  noCompound: { 'zh-Hans': '（未填小区）', 'zh-Hant': '（未填小區）', en: '(no compound)' },
  source: H.source,
  yes: { 'zh-Hans': '是', 'zh-Hant': '是', en: 'yes' },
  no: { 'zh-Hans': '否', 'zh-Hant': '否', en: 'no' },
  done: { 'zh-Hans': '已随访（打勾）', 'zh-Hant': '已隨訪（打勾）', en: 'Done (tick)' },
  temperatureOn: { 'zh-Hans': '{date} 体温', 'zh-Hant': '{date} 體溫', en: 'Temperature on {date}' },
  report: {
    'zh-Hans': '重点人员：共 {total} 人，在管 {underWatch} 人（今日期满 {endingToday} 人），已解除 {released} 人，拟返回 {notStarted} 人。',
    'zh-Hant': '重點人員：共 {total} 人，在管 {underWatch} 人（今日期滿 {endingToday} 人），已解除 {released} 人，擬返回 {notStarted} 人。',
    en: 'People under watch: {total} in all, {underWatch} under watch ({endingToday} ending today), {released} released, {notStarted} not yet arrived.',
  },
  reportCategories: { 'zh-Hans': '类别：{list}。', 'zh-Hant': '類別：{list}。', en: 'By category: {list}.' },
  reportChecks: {
    'zh-Hans': '今日随访 {checked}/{underWatch} 人，未随访 {missed} 人；发热 {fever} 人。',
    'zh-Hant': '今日隨訪 {checked}/{underWatch} 人，未隨訪 {missed} 人；發熱 {fever} 人。',
    en: 'Checked today: {checked} of {underWatch}, {missed} not yet; {fever} with a fever.',
  },
  reportMissedTwice: {
    'zh-Hans': '连续两天未随访 {n} 人，请尽快联系。',
    'zh-Hant': '連續兩天未隨訪 {n} 人，請盡快聯繫。',
    en: '{n} not checked two days running: please reach them soon.',
  },
  reportCompound: { 'zh-Hans': '· {name}：在管 {n} 人', 'zh-Hant': '· {name}：在管 {n} 人', en: '· {name}: {n} under watch' },
} as const satisfies Record<string, Words>;
