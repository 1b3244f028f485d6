import { DASHBOARD_TITLE } from '../../lib/i18n/dashboard-title.ts';
import { dashboardModel } from '../../lib/render/dashboard/model.ts';
import { analyzeWorkbook } from '../commands/run.ts';
import { context, unlessTooLarge } from './actions.ts';
import { scriptJson } from './escape.ts';
import { pageTemplate } from './pages.ts';
import { DASHBOARD_FILE, DASHBOARD_MODEL_VAR } from './paste-files.ts';
import { SpreadsheetWorkbook } from './spreadsheet-workbook.ts';

/**
 * 看板: the dashboard in a sidebar, tallied from the registers as they are now (each sheet read with
 * one getValues, as 统计汇总 reads them), so it never shows figures older than the sheets. It writes
 * nothing, so it needs no lock and works while another run holds one.
 *
 * Only the figures are made here: dashboard.html draws them in the sidebar (src/pages/dashboard.ts), so
 * the renderer is read when the sidebar opens, not parsed with the .gs files on every menu click. The
 * model holds counts, money, dates and place names, nothing personal (lib/render/dashboard/model.ts).
 */
export function showDashboard(): void {
  const { ss, locale, options } = context();
  unlessTooLarge(locale, () => {
    const template = pageTemplate(DASHBOARD_FILE, locale);
    if (!template) return;
    const { result } = analyzeWorkbook(new SpreadsheetWorkbook(ss), options);
    (template as unknown as Record<string, string>)[DASHBOARD_MODEL_VAR] = scriptJson(dashboardModel(result, options.asOf, locale));
    SpreadsheetApp.getUi().showSidebar(template.evaluate().setTitle(DASHBOARD_TITLE[locale]));
  });
}
