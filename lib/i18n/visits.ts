import { H } from './headers.ts';
import type { Words } from './locale.ts';

/** Headers and lines of 进度 (the visit log's progress) and its part of the daily report. */
export const V = {
  section: { 'zh-Hans': '范围', 'zh-Hant': '範圍', en: 'Scope' },
  all: { 'zh-Hans': '全部', 'zh-Hant': '全部', en: 'All' },
  date: { 'zh-Hans': '日期', 'zh-Hant': '日期', en: 'Date' },
  attempts: H.attempts,
  newlyVerified: { 'zh-Hans': '新核实', 'zh-Hant': '新核實', en: 'Newly verified' },
  verified: { 'zh-Hans': '累计已核实', 'zh-Hant': '累計已核實', en: 'Verified (cumulative)' },
  unreached: H.unreached,
  rate: H.rate,
  compoundVerified: { 'zh-Hans': '{compound} 累计已核实', 'zh-Hant': '{compound} 累計已核實', en: '{compound}: verified' },
  chart: { 'zh-Hans': '各小区累计已核实户数', 'zh-Hant': '各小區累計已核實戶數', en: 'Verified households by compound, cumulative' },
  asOfDay: { 'zh-Hans': '{m}月{d}日', 'zh-Hant': '{m}月{d}日', en: '{y}-{mm}-{dd}' },
  asOfTime: { 'zh-Hans': '{m}月{d}日 {time}', 'zh-Hant': '{m}月{d}日 {time}', en: '{y}-{mm}-{dd} {time}' },
  report: {
    'zh-Hans':
      '走访进度（截至 {asOf}）：当天走访 {attempts} 次，新核实 {newly} 户，仍未核实 {unreached} 户；累计核实 {verified}/{dwellings} 户。',
    'zh-Hant':
      '走訪進度（截至 {asOf}）：當天走訪 {attempts} 次，新核實 {newly} 戶，仍未核實 {unreached} 戶；累計核實 {verified}/{dwellings} 戶。',
    en: 'Visits (as of {asOf}): {attempts} attempts that day, {newly} newly verified, {unreached} still not verified; {verified}/{dwellings} verified in all.',
  },
  reportDone: {
    'zh-Hans': '走访进度（截至 {asOf}）：当天走访 {attempts} 次，新核实 {newly} 户，{dwellings} 户全部核实。',
    'zh-Hant': '走訪進度（截至 {asOf}）：當天走訪 {attempts} 次，新核實 {newly} 戶，{dwellings} 戶全部核實。',
    en: 'Visits (as of {asOf}): {attempts} attempts that day, {newly} newly verified; all {dwellings} verified.',
  },
  reportDays: {
    'zh-Hans': '逐日核实：{days}。',
    'zh-Hant': '逐日核實：{days}。',
    en: 'Verified by day: {days}.',
  },
} as const satisfies Record<string, Words>;
