import { fill, pickLocale, type Locale, type Words } from '../../lib/i18n/locale.ts';
import { reportSheet } from '../../lib/render/sheets.ts';
import { templateSheets } from '../../lib/render/template.ts';
import { checkCommand } from '../commands/check.ts';
import { reportCommand } from '../commands/report.ts';
import { tallyCommand } from '../commands/tally.ts';
import type { RunOptions } from '../commands/run.ts';
import { SheetOwnershipError } from '../workbook.ts';
import { spreadsheetClock } from './locale.ts';
import { withDocumentLock } from './lock.ts';
import { markProblemCells } from './marks.ts';
import { SpreadsheetWorkbook, TooLargeError } from './spreadsheet-workbook.ts';
import { blobGbkEncoder } from './gbk.ts';
import { problemMessage } from '../../lib/render/problem-message.ts';
import { ALL_FIELDS } from '../../lib/result.ts';

const T = {
  refused: {
    'zh-Hans': '你自己的表“{name}”与 paicha 生成的表同名，paicha 没有动它。请把它改名，再点一次。',
    'zh-Hant': '你自己的表「{name}」與 paicha 產生的表同名，paicha 沒有動它。請把它改名，再點一次。',
    en: 'Your own sheet "{name}" has the name of a sheet paicha writes; paicha left it untouched. Rename it and run again.',
  },
  tallied: { 'zh-Hans': '已更新：{sheets}', 'zh-Hant': '已更新：{sheets}', en: 'Updated: {sheets}' },
  checked: {
    'zh-Hans': '错误 {errors} 个，警告 {warnings} 个。问题单元格已标色，详见“问题清单”。',
    'zh-Hant': '錯誤 {errors} 個，警告 {warnings} 個。問題儲存格已標色，詳見「問題清單」。',
    en: '{errors} errors, {warnings} warnings. Problem cells are highlighted; see the Problems sheet.',
  },
  setup: { 'zh-Hans': '已创建：{sheets}', 'zh-Hant': '已建立：{sheets}', en: 'Created: {sheets}' },
  exists: { 'zh-Hans': '“{name}”已存在，未改动。', 'zh-Hant': '「{name}」已存在，未改動。', en: '"{name}" exists; left as it is.' },
} as const satisfies Record<string, Words>;

const say = (w: Words, locale: Locale, params: Record<string, string | number>) => fill(w[locale], params);

export function context() {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const locale = pickLocale(ss.getSpreadsheetLocale());
  const clock = spreadsheetClock(ss);
  const options: RunOptions = { asOf: clock.today, tzOffsetMinutes: clock.tzOffsetMinutes, locale, encodeGbk: blobGbkEncoder() };
  return { ss, locale, options };
}

function alertRefused(locale: Locale, refused: readonly string[]): void {
  if (refused.length === 0) return;
  SpreadsheetApp.getUi().alert(refused.map((name) => say(T.refused, locale, { name })).join('\n'));
}

const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * Runs a command that reads the sheets. Sheets too large for one run are refused before any is read
 * (SpreadsheetWorkbook.read): an alert says which and what to do, and nothing is written.
 */
export function unlessTooLarge(locale: Locale, work: () => void): void {
  try {
    work();
  } catch (e) {
    if (!(e instanceof TooLargeError)) throw e;
    const sheet = e.sheets.map((s) => s.name).join(locale === 'en' ? ', ' : '、');
    const params = { count: grouped(e.cells), limit: grouped(e.limit) };
    SpreadsheetApp.getUi().alert(problemMessage({ code: 'too-large', severity: 'error', sheet, row: 0, column: '', field: '', value: '', params }, locale, ALL_FIELDS));
  }
}

/** 统计汇总: every generated sheet, rewritten whole. */
export function tallyAll(): void {
  const { ss, locale, options } = context();
  withDocumentLock(ss, locale, () => unlessTooLarge(locale, () => {
    const { written, refused } = tallyCommand(new SpreadsheetWorkbook(ss), options);
    alertRefused(locale, refused);
    ss.toast(say(T.tallied, locale, { sheets: written.join(locale === 'en' ? ', ' : '、') }), 'paicha', 5);
  }));
}

/** 检查数据: 问题清单 plus highlighted problem cells. */
export function checkData(): void {
  const { ss, locale, options } = context();
  withDocumentLock(ss, locale, () => unlessTooLarge(locale, () => {
    const wb = new SpreadsheetWorkbook(ss);
    const { problems, refused } = checkCommand(wb, { ...options, write: true });
    markProblemCells(ss, problems.items, wb.sheetNames().filter((n) => !wb.isGenerated(n)));
    alertRefused(locale, refused);
    ss.toast(say(T.checked, locale, { errors: problems.errors, warnings: problems.warnings }), 'paicha', 8);
  }));
}

/** 日报: the report in a dialog to copy, and in the 日报 sheet. */
export function showDailyReport(): void {
  const { ss, locale, options } = context();
  withDocumentLock(ss, locale, () => unlessTooLarge(locale, () => {
    const wb = new SpreadsheetWorkbook(ss);
    const lines = reportCommand(wb, options);
    try {
      wb.writeGenerated([reportSheet(lines, locale)]);
    } catch (e) {
      if (!(e instanceof SheetOwnershipError)) throw e;
      alertRefused(locale, e.sheets);
    }
    const html = HtmlService.createHtmlOutput(reportHtml(lines)).setWidth(520).setHeight(360);
    SpreadsheetApp.getUi().showModalDialog(html, locale === 'en' ? 'Daily report' : locale === 'zh-Hant' ? '日報' : '日报');
  }));
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A read-only text area, already selected, so one copy puts the report on the clipboard. */
export function reportHtml(lines: readonly string[]): string {
  return `<textarea readonly style="width:100%;height:300px;font-size:14px" onfocus="this.select()" autofocus>${escapeHtml(lines.join('\n'))}</textarea>`;
}

/** 创建模板表: the register template, only where no sheet of that name exists. */
export function setupSheets(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const locale = pickLocale(ss.getSpreadsheetLocale());
  withDocumentLock(ss, locale, () => {
    const created: string[] = [];
    for (const t of templateSheets(locale)) {
      if (ss.getSheetByName(t.name)) {
        ss.toast(say(T.exists, locale, { name: t.name }), 'paicha', 5);
        continue;
      }
      const sheet = ss.insertSheet(t.name);
      sheet.getRange(1, 1, 1, t.header.length).setValues([t.header.map((h) => h)]).setFontWeight('bold');
      sheet.setFrozenRows(1);
      for (const col of t.textColumns) sheet.getRange(2, col + 1, sheet.getMaxRows() - 1, 1).setNumberFormat('@');
      for (const [col, choices] of Object.entries(t.choices)) {
        const rule = SpreadsheetApp.newDataValidation().requireValueInList([...choices], true).setAllowInvalid(true).build();
        sheet.getRange(2, Number(col) + 1, sheet.getMaxRows() - 1, 1).setDataValidation(rule);
      }
      created.push(t.name);
    }
    if (created.length > 0) ss.toast(say(T.setup, locale, { sheets: created.join(', ') }), 'paicha', 5);
  });
}
