import type { Locale, Words } from '../../lib/i18n/locale.ts';
import type { GeneratedSheet } from '../workbook.ts';
import type { RollupEntry, RollupTotals } from './rollup.ts';

const W = {
  sheet: { 'zh-Hans': '汇总-全区', 'zh-Hant': '彙總-全區', en: 'Rollup' },
  title: { 'zh-Hans': '表格', 'zh-Hant': '表格', en: 'Spreadsheet' },
  id: { 'zh-Hans': '表格 ID', 'zh-Hant': '表格 ID', en: 'Spreadsheet id' },
  households: { 'zh-Hans': '户数', 'zh-Hant': '戶數', en: 'Households' },
  verified: { 'zh-Hans': '已核实', 'zh-Hant': '已核實', en: 'Verified' },
  rate: { 'zh-Hans': '登记率', 'zh-Hant': '登記率', en: 'Registration rate' },
  donations: { 'zh-Hans': '捐赠合计（元）', 'zh-Hant': '捐贈合計（元）', en: 'Donations (yuan)' },
  errors: { 'zh-Hans': '数据错误', 'zh-Hant': '資料錯誤', en: 'Data errors' },
  note: { 'zh-Hans': '读取失败', 'zh-Hant': '讀取失敗', en: 'Could not read' },
  all: { 'zh-Hans': '合计', 'zh-Hant': '合計', en: 'Total' },
  failed: {
    'zh-Hans': '{n} 个表格读取失败，未计入',
    'zh-Hant': '{n} 個表格讀取失敗，未計入',
    en: '{n} spreadsheets could not be read and are not counted',
  },
} as const satisfies Record<string, Words>;

/**
 * 汇总-全区: a row per spreadsheet (a failed one carries its error instead of figures) and a
 * grand-totals row, money summed in cents.
 */
export function rollupSheet(entries: readonly RollupEntry[], totals: RollupTotals, locale: Locale): GeneratedSheet {
  const header = [
    W.title[locale],
    W.id[locale],
    W.households[locale],
    W.verified[locale],
    W.rate[locale],
    W.donations[locale],
    W.errors[locale],
    W.note[locale],
  ];
  const rows = entries.map((e) =>
    e.ok
      ? [
          e.title,
          e.id,
          e.result.households.total,
          e.result.households.verified,
          e.result.households.rate,
          e.result.donations.total,
          e.result.problems.errors,
          '',
        ]
      : [e.title, e.id, '', '', '', '', '', e.error],
  );
  const note = totals.failed > 0 ? W.failed[locale].replace('{n}', String(totals.failed)) : '';
  rows.push([W.all[locale], '', totals.households, totals.verified, totals.rate, totals.donations, totals.errors, note]);
  return {
    name: W.sheet[locale],
    values: [header, ...rows],
    formats: ['text', 'text', 'integer', 'integer', 'percent', 'yuan', 'integer', 'text'],
    frozenRows: 1,
  };
}
