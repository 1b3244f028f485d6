import type { Locale, Words } from '../../lib/i18n/locale.ts';
import { addonLocale } from './locale.ts';

/** Menu items and the global functions they call, in menu order. */
export const MENU_ITEMS = [
  { fn: 'checkData', label: { 'zh-Hans': '检查数据', 'zh-Hant': '檢查資料', en: 'Check data' } },
  { fn: 'tallyAll', label: { 'zh-Hans': '统计汇总', 'zh-Hant': '統計彙總', en: 'Tally' } },
  { fn: 'setupSheets', label: { 'zh-Hans': '创建模板表', 'zh-Hant': '建立範本表', en: 'Create template sheets' } },
  { fn: 'showDailyReport', label: { 'zh-Hans': '日报', 'zh-Hant': '日報', en: 'Daily report' } },
  { fn: 'showDashboard', label: { 'zh-Hans': '看板', 'zh-Hant': '看板', en: 'Dashboard' } },
] as const satisfies readonly { fn: string; label: Words }[];

/**
 * Builds the add-on menu. Safe in AuthMode.NONE: it reads no sheet and no properties, only the
 * user's locale, which needs no authorization.
 */
export function onOpen(e?: { authMode?: GoogleAppsScript.Script.AuthMode }): void {
  const locale: Locale = addonLocale(e?.authMode ?? ScriptApp.AuthMode.NONE);
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.label[locale], item.fn);
  menu.addToUi();
}

export function onInstall(e?: { authMode?: GoogleAppsScript.Script.AuthMode }): void {
  onOpen(e);
}
