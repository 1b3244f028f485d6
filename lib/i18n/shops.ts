import { H } from './headers.ts';
import type { Words } from './locale.ts';

/** Headers, marks and lines of 门店日报, 台账汇总 and the daily report's shop and duty sections. */
export const S = {
  state: { 'zh-Hans': '状态', 'zh-Hant': '狀態', en: 'State' },
  compound: H.compound,
  shop: { 'zh-Hans': '门店', 'zh-Hant': '門店', en: 'Shop' },
  reportedAt: { 'zh-Hans': '上报时间', 'zh-Hant': '上報時間', en: 'Reported at' },
  business: { 'zh-Hans': '营业状态', 'zh-Hant': '營業狀態', en: 'Business' },
  staffChecked: { 'zh-Hans': '已查人数', 'zh-Hant': '已查人數', en: 'Staff checked' },
  fromOutside: { 'zh-Hans': '外地返回', 'zh-Hant': '外地返回', en: 'Back from elsewhere' },
  fever: { 'zh-Hans': '体温异常', 'zh-Hant': '體溫異常', en: 'Fever' },
  source: H.source,
  notChecked: { 'zh-Hans': '未检查', 'zh-Hant': '未檢查', en: 'Not checked' },
  late: { 'zh-Hans': '迟报', 'zh-Hant': '遲報', en: 'Late' },
  onTime: { 'zh-Hans': '按时', 'zh-Hant': '按時', en: 'On time' },
  untimed: { 'zh-Hans': '已报（未填时间）', 'zh-Hant': '已報（未填時間）', en: 'Reported (no time)' },
  nextDay: { 'zh-Hans': '次日 {time}', 'zh-Hant': '次日 {time}', en: 'next day {time}' },
  open: { 'zh-Hans': '营业', 'zh-Hant': '營業', en: 'Open' },
  takeaway: { 'zh-Hans': '仅外卖', 'zh-Hant': '僅外賣', en: 'Takeaway only' },
  closed: { 'zh-Hans': '停业', 'zh-Hant': '停業', en: 'Closed' },
  totalRow: { 'zh-Hans': '合计 {date}', 'zh-Hant': '合計 {date}', en: 'Total {date}' },
  totalState: {
    'zh-Hans': '未查 {notChecked}，迟报 {late}',
    'zh-Hant': '未查 {notChecked}，遲報 {late}',
    en: '{notChecked} not checked, {late} late',
  },
  totalShops: { 'zh-Hans': '已查 {checked} / 共 {total}', 'zh-Hant': '已查 {checked} / 共 {total}', en: '{checked} of {total} checked' },
  totalBusiness: { 'zh-Hans': '营业 {open}，停业 {closed}', 'zh-Hant': '營業 {open}，停業 {closed}', en: '{open} open, {closed} closed' },
  // 台账汇总
  days: { 'zh-Hans': '上报天数', 'zh-Hant': '上報天數', en: 'Days reported' },
  lastReport: { 'zh-Hans': '最近上报', 'zh-Hant': '最近上報', en: 'Last report' },
  markOnTime: { 'zh-Hans': '✓', 'zh-Hant': '✓', en: '✓' },
  markLate: { 'zh-Hans': '迟报', 'zh-Hant': '遲報', en: 'late' },
  markUntimed: { 'zh-Hans': '已报', 'zh-Hant': '已報', en: 'reported' },
  markMissing: { 'zh-Hans': '未报', 'zh-Hant': '未報', en: 'MISSING' },
  markDue: { 'zh-Hans': '待报', 'zh-Hant': '待報', en: 'due' },
  markIssues: { 'zh-Hans': '{mark}（问题 {n}）', 'zh-Hant': '{mark}（問題 {n}）', en: '{mark} ({n} issues)' },
  never: { 'zh-Hans': '（从未上报）', 'zh-Hant': '（從未上報）', en: '(never)' },
  date: { 'zh-Hans': '日期', 'zh-Hant': '日期', en: 'Date' },
  issue: { 'zh-Hans': '发现问题', 'zh-Hant': '發現問題', en: 'Issue raised' },
  issues: { 'zh-Hans': '发现的问题', 'zh-Hant': '發現的問題', en: 'Issues raised' },
  // Daily report
  shopsLine: {
    'zh-Hans':
      '门店（两查一报）：共 {total} 家，今日已查 {checked} 家（按时 {onTime}，迟报 {late}），未查 {notChecked} 家；营业 {open} 家，停业 {closed} 家；已查从业人员 {staff} 人，外地返回 {outside} 人。',
    'zh-Hant':
      '門店（兩查一報）：共 {total} 家，今日已查 {checked} 家（按時 {onTime}，遲報 {late}），未查 {notChecked} 家；營業 {open} 家，停業 {closed} 家；已查從業人員 {staff} 人，外地返回 {outside} 人。',
    en: 'Shops (two checks, one report): {total} in all, {checked} checked today ({onTime} on time, {late} late), {notChecked} not checked; {open} open, {closed} closed; {staff} staff checked, {outside} back from elsewhere.',
  },
  feverAlert: {
    'zh-Hans': '⚠ 门店体温异常 {n} 人，请立即报告社区并跟进。',
    'zh-Hant': '⚠ 門店體溫異常 {n} 人，請立即報告社區並跟進。',
    en: '⚠ {n} shop staff with a fever: report it to the community at once and follow up.',
  },
  shopsOverdue: {
    'zh-Hans': '截至 {cutoff} 未上报的门店：{names}。',
    'zh-Hant': '截至 {cutoff} 未上報的門店：{names}。',
    en: 'Shops not reported by {cutoff}: {names}.',
  },
  shopsDue: {
    'zh-Hans': '今晚 {cutoff} 前还须上报的门店 {n} 家：{names}。',
    'zh-Hant': '今晚 {cutoff} 前還須上報的門店 {n} 家：{names}。',
    en: '{n} shops still to report by {cutoff} tonight: {names}.',
  },
  dutyLine: {
    'zh-Hans': '小区台账：共 {compounds} 个小区，今日已报 {reported} 个（迟报 {late}），未报 {missing} 个；发现问题 {issues} 条。',
    'zh-Hant': '小區台賬：共 {compounds} 個小區，今日已報 {reported} 個（遲報 {late}），未報 {missing} 個；發現問題 {issues} 條。',
    en: 'Compound duty logs: {compounds} compounds, {reported} reported today ({late} late), {missing} not yet; {issues} issues raised.',
  },
  dutyOverdue: {
    'zh-Hans': '截至 {cutoff} 未报台账的小区：{names}。',
    'zh-Hant': '截至 {cutoff} 未報台賬的小區：{names}。',
    en: 'Compounds without a log by {cutoff}: {names}.',
  },
  dutyDue: {
    'zh-Hans': '今晚 {cutoff} 前还须报台账的小区：{names}。',
    'zh-Hant': '今晚 {cutoff} 前還須報台賬的小區：{names}。',
    en: 'Compounds still to log by {cutoff} tonight: {names}.',
  },
  issuesSee: {
    'zh-Hans': '问题详见“台账汇总”。',
    'zh-Hant': '問題詳見「台賬彙總」。',
    en: 'The issues are listed in the Summary - Duty log sheet.',
  },
} as const satisfies Record<string, Words>;
