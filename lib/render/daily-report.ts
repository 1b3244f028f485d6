import { formatYuanAmount } from '../cells/money.ts';
import { UNVERIFIED_STATUSES, VERIFIED_STATUSES } from '../cells/status.ts';
import { fill, LIST_SEPARATOR, type Locale, type Words } from '../i18n/locale.ts';
import { STATUS_LABELS } from '../i18n/words.ts';
import { peopleLines } from './people-report.ts';
import type { TallyResult } from '../result.ts';
import { scrubText } from '../privacy/mask.ts';
import { shopsAndDutyLines, type ReportClock } from './shops-report.ts';
import { visitLines } from './visits-report.ts';

const T = {
  title: { 'zh-Hans': '【排查日报】{date}', 'zh-Hant': '【排查日報】{date}', en: '[Screening report] {date}' },
  donationTitle: { 'zh-Hans': '【捐赠日报】{date}', 'zh-Hant': '【捐贈日報】{date}', en: '[Donations report] {date}' },
  plainTitle: { 'zh-Hans': '【日报】{date}', 'zh-Hant': '【日報】{date}', en: '[Daily report] {date}' },
  households: {
    'zh-Hans': '住户：共 {total} 户，已核实 {verified} 户（{ways}），未核实 {unreached} 户，登记率 {rate}。',
    'zh-Hant': '住戶：共 {total} 戶，已核實 {verified} 戶（{ways}），未核實 {unreached} 戶，登記率 {rate}。',
    en: 'Households: {total} in all, {verified} verified ({ways}), {unreached} not yet, registration rate {rate}.',
  },
  reasons: { 'zh-Hans': '未核实原因：{reasons}。', 'zh-Hant': '未核實原因：{reasons}。', en: 'Not yet verified: {reasons}.' },
  compound: {
    'zh-Hans': '· {name}：{verified}/{total} 户，{rate}',
    'zh-Hant': '· {name}：{verified}/{total} 戶，{rate}',
    en: '· {name}: {verified}/{total}, {rate}',
  },
  done: {
    'zh-Hans': '全部住户已核实，登记率 100%。',
    'zh-Hant': '全部住戶已核實，登記率 100%。',
    en: 'Every household is verified: 100%.',
  },
  donations: {
    'zh-Hans': '捐赠：共 {count} 笔，捐款 {cash} 元，物资折价 {goods} 元，合计 {total} 元。',
    'zh-Hant': '捐贈：共 {count} 筆，捐款 {cash} 元，物資折價 {goods} 元，合計 {total} 元。',
    en: 'Donations: {count}, cash {cash} yuan, goods valued at {goods} yuan, {total} yuan in all.',
  },
  unvalued: {
    'zh-Hans': '另有 {n} 笔物资未折价，未计入金额。',
    'zh-Hant': '另有 {n} 筆物資未折價，未計入金額。',
    en: '{n} goods donations have no value and are not in the totals.',
  },
  today: {
    'zh-Hans': '其中 {date} 新增 {count} 笔，{total} 元。',
    'zh-Hant': '其中 {date} 新增 {count} 筆，{total} 元。',
    en: 'On {date}: {count} new, {total} yuan.',
  },
  donors: {
    'zh-Hans': '捐赠人 {donors} 个（匿名 {anonymous}）。',
    'zh-Hant': '捐贈人 {donors} 個（匿名 {anonymous}）。',
    en: '{donors} donors ({anonymous} anonymous).',
  },
  foreign: { 'zh-Hans': '外币另计：{amounts}。', 'zh-Hant': '外幣另計：{amounts}。', en: 'Other currencies, not in yuan: {amounts}.' },
  checksOk: {
    'zh-Hans': '合计核对：{n} 项与明细一致。',
    'zh-Hant': '合計核對：{n} 項與明細一致。',
    en: 'Stated totals: {n} checked, all match the rows.',
  },
  checksBad: {
    'zh-Hans': '合计核对：{bad} 项与明细对不上{see}。',
    'zh-Hant': '合計核對：{bad} 項與明細對不上{see}。',
    en: 'Stated totals: {bad} do not match the rows{see}.',
  },
  problems: {
    'zh-Hans': '数据问题：错误 {errors} 个，警告 {warnings} 个{see}。',
    'zh-Hant': '資料問題：錯誤 {errors} 個，警告 {warnings} 個{see}。',
    en: 'Data problems: {errors} errors, {warnings} warnings{see}.',
  },
  seeSheet: { 'zh-Hans': '，详见“问题清单”', 'zh-Hant': '，詳見「問題清單」', en: '; see the Problems sheet' },
} as const satisfies Record<string, Words>;

// A day given without a time is over: whoever has not reported is late.
const WHOLE_DAY: ReportClock = { minutes: 1440, cutoff: 1200 };

const sep = (l: Locale) => LIST_SEPARATOR[l];
export const percent = (rate: number): string => `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;

/**
 * The daily report as lines ready to paste into the group chat. Only counts and place names: no
 * person's name, phone or ID number (and every line passes through the personal-number scrubber).
 * Headed by what the workbook holds; it points at 问题清单 only when written beside one (`problemsSheet`).
 */
export function dailyReport(
  r: TallyResult,
  date: string,
  locale: Locale,
  clock: ReportClock = WHOLE_DAY,
  beside: { readonly problemsSheet?: boolean } = {},
): string[] {
  const h = r.households;
  const title = h.total > 0 ? T.title : r.donations.count > 0 ? T.donationTitle : T.plainTitle;
  const see = beside.problemsSheet === false ? '' : T.seeSheet[locale];
  const lines: string[] = [fill(title[locale], { date })];
  if (h.total > 0) {
    const ways = VERIFIED_STATUSES.filter((s) => h.byStatus[s] > 0)
      .map((s) => `${STATUS_LABELS[s][locale]} ${h.byStatus[s]}`)
      .join(sep(locale));
    lines.push(
      fill(T.households[locale], {
        total: h.total,
        verified: h.verified,
        unreached: h.unreached,
        rate: percent(h.rate),
        ways: ways || '0',
      }),
    );
    if (h.unreached === 0) lines.push(T.done[locale]);
    else {
      const reasons = UNVERIFIED_STATUSES.filter((s) => h.byStatus[s] > 0)
        .map((s) => `${STATUS_LABELS[s][locale]} ${h.byStatus[s]}`)
        .join(sep(locale));
      lines.push(fill(T.reasons[locale], { reasons }));
    }
    for (const c of h.byCompound)
      lines.push(fill(T.compound[locale], { name: c.compound, verified: c.verified, total: c.total, rate: percent(c.rate) }));
  }
  if (r.visits) lines.push(...visitLines(r.visits, date, locale));
  const d = r.donations;
  if (d.count > 0) {
    lines.push(
      fill(T.donations[locale], {
        count: d.count,
        cash: formatYuanAmount(d.cash),
        goods: formatYuanAmount(d.goodsValue),
        total: formatYuanAmount(d.total),
      }),
    );
    const today = d.byDay.find((x) => x.date === date);
    if (today) lines.push(fill(T.today[locale], { date, count: today.count, total: formatYuanAmount(today.total) }));
    lines.push(fill(T.donors[locale], { donors: d.donors, anonymous: d.anonymous }));
    if (d.unvaluedGoods > 0) lines.push(fill(T.unvalued[locale], { n: d.unvaluedGoods }));
    if (d.foreign.length > 0)
      lines.push(
        fill(T.foreign[locale], { amounts: d.foreign.map((f) => `${formatYuanAmount(f.amount)} ${f.currency}`).join(sep(locale)) }),
      );
    const bad = d.statedTotals.filter((c) => !c.matches).length;
    if (d.statedTotals.length > 0)
      lines.push(bad > 0 ? fill(T.checksBad[locale], { bad, see }) : fill(T.checksOk[locale], { n: d.statedTotals.length }));
  }
  lines.push(...shopsAndDutyLines(r.shops, r.duty, clock, locale));
  // Like the shop checks: an empty register (a fresh template) has nothing to report.
  if (r.people && r.people.total > 0) lines.push(...peopleLines(r.people, locale));
  if (r.problems.errors + r.problems.warnings > 0)
    lines.push(fill(T.problems[locale], { errors: r.problems.errors, warnings: r.problems.warnings, see }));
  return lines.map(scrubText);
}
