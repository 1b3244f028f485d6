import { DASH } from '../../lib/i18n/dashboard.ts';
import { renderDashboard } from '../../lib/render/dashboard/page.ts';
import { analyzeWorkbook } from '../commands/run.ts';
import { context, unlessTooLarge } from './actions.ts';
import { SpreadsheetWorkbook } from './spreadsheet-workbook.ts';

/**
 * 看板: the dashboard in a sidebar, tallied from the registers as they are now (each sheet read with
 * one getValues, as 统计汇总 reads them), so it never shows figures older than the sheets. It writes
 * nothing, so it needs no lock and works while another run holds one.
 */
export function showDashboard(): void {
  const { ss, locale, options } = context();
  unlessTooLarge(locale, () => {
    const { result } = analyzeWorkbook(new SpreadsheetWorkbook(ss), options);
    const page = renderDashboard(result, options.asOf, locale, 'sidebar');
    SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput(page).setTitle(DASH.title[locale]));
  });
}
