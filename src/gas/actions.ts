import { H } from '../../lib/i18n/headers.ts';
import { fill, LIST_SEPARATOR, pickLocale, type Locale, type Words } from '../../lib/i18n/locale.ts';
import { ADDON_WORDS } from '../../lib/i18n/addon.ts';
import { reportSheet } from '../../lib/render/sheets.ts';
import { checkCommand } from '../commands/check.ts';
import { reportCommand } from '../commands/report.ts';
import { tallyCommand } from '../commands/tally.ts';
import { NoRegisterError, writeOwned, type RunOptions, type WriteOutcome } from '../commands/run.ts';
import { spreadsheetClock } from './locale.ts';
import { withDocumentLock } from './lock.ts';
import { markProblemCells } from './marks.ts';
import { SpreadsheetWorkbook, TooLargeError } from './spreadsheet-workbook.ts';
import { blobGbkEncoder } from './gbk.ts';
import { escapeHtml } from './escape.ts';
import { menuLabel } from './menu-items.ts';
import { createTemplateSheets } from './templates.ts';
import { problemMessage } from '../../lib/render/problem-message.ts';

const T = ADDON_WORDS;

const say = (w: Words, locale: Locale, params: Record<string, string | number>) => fill(w[locale], params);

export function context() {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const locale = pickLocale(ss.getSpreadsheetLocale());
  const options: RunOptions = { ...spreadsheetClock(ss), locale, encodeGbk: blobGbkEncoder() };
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
    const sheet = e.sheets.map((s) => s.name).join(LIST_SEPARATOR[locale]);
    const params = { count: grouped(e.cells), limit: grouped(e.limit) };
    SpreadsheetApp.getUi().alert(
      problemMessage({ code: 'too-large', severity: 'error', sheet, row: 0, column: '', field: '', value: '', params }, locale),
    );
  }
}

/**
 * 统计汇总: every generated sheet, rewritten whole. In a spreadsheet with no register yet (a fresh
 * copy), nothing is written: a dialog offers to create the template sheets instead.
 */
export function tallyAll(): void {
  const { ss, locale, options } = context();
  withDocumentLock(ss, locale, () =>
    unlessTooLarge(locale, () => {
      let outcome: WriteOutcome;
      try {
        outcome = tallyCommand(new SpreadsheetWorkbook(ss), options, { requireRegister: true });
      } catch (e) {
        if (!(e instanceof NoRegisterError)) throw e;
        offerTemplates(ss, locale);
        return;
      }
      const { written, refused } = outcome;
      alertRefused(locale, refused);
      ss.toast(say(T.tallied, locale, { sheets: written.join(LIST_SEPARATOR[locale]) }), 'paicha', 5);
    }),
  );
}

/** Asks before creating anything; either answer is said in a toast. */
function offerTemplates(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, locale: Locale): void {
  const ui = SpreadsheetApp.getUi();
  const tally = menuLabel('tallyAll', locale);
  const answer = ui.alert(ADDON_WORDS.noRegisterTitle[locale], fill(ADDON_WORDS.noRegisterPrompt[locale], { tally }), ui.ButtonSet.YES_NO);
  if (answer !== ui.Button.YES) {
    ss.toast(fill(ADDON_WORDS.nothingCreated[locale], { setup: menuLabel('setupSheets', locale) }), 'paicha', 8);
    return;
  }
  const { created, existing } = createTemplateSheets(ss, locale);
  // A sheet already named like a template holds no header paicha knows: it is left as it is.
  for (const name of existing) ss.toast(say(T.exists, locale, { name }), 'paicha', 5);
  if (created.length > 0)
    ss.toast(fill(ADDON_WORDS.templatesCreated[locale], { sheets: created.join(LIST_SEPARATOR[locale]), tally }), 'paicha', 10);
}

/** 检查数据: 问题清单 plus highlighted problem cells. */
export function checkData(): void {
  const { ss, locale, options } = context();
  withDocumentLock(ss, locale, () =>
    unlessTooLarge(locale, () => {
      const wb = new SpreadsheetWorkbook(ss);
      const { problems, refused } = checkCommand(wb, { ...options, write: true });
      markProblemCells(
        ss,
        problems.items,
        wb.sheetNames().filter((n) => !wb.isGenerated(n)),
      );
      alertRefused(locale, refused);
      ss.toast(say(T.checked, locale, { errors: problems.errors, warnings: problems.warnings }), 'paicha', 8);
    }),
  );
}

/** 日报: the report in a dialog to copy, and in the 日报 sheet. */
export function showDailyReport(): void {
  const { ss, locale, options } = context();
  withDocumentLock(ss, locale, () =>
    unlessTooLarge(locale, () => {
      const wb = new SpreadsheetWorkbook(ss);
      const lines = reportCommand(wb, options);
      alertRefused(locale, writeOwned(wb, [reportSheet(lines, locale)]).refused);
      const html = HtmlService.createHtmlOutput(reportHtml(lines)).setWidth(520).setHeight(360);
      SpreadsheetApp.getUi().showModalDialog(html, H.report[locale]);
    }),
  );
}

/** A read-only text area, already selected, so one copy puts the report on the clipboard. */
function reportHtml(lines: readonly string[]): string {
  return `<textarea readonly style="width:100%;height:300px;font-size:14px" onfocus="this.select()" autofocus>${escapeHtml(lines.join('\n'))}</textarea>`;
}

/** 创建模板表: the register templates, only where no sheet of that name exists. */
export function setupSheets(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const locale = pickLocale(ss.getSpreadsheetLocale());
  withDocumentLock(ss, locale, () => {
    const { created, existing } = createTemplateSheets(ss, locale);
    for (const name of existing) ss.toast(say(T.exists, locale, { name }), 'paicha', 5);
    if (created.length > 0) ss.toast(say(T.setup, locale, { sheets: created.join(LIST_SEPARATOR[locale]) }), 'paicha', 5);
  });
}
