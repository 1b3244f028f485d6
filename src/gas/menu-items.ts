import type { Locale, Words } from '../../lib/i18n/locale.ts';

// Data only (no Apps Script global), so the build can read it too: it writes a top-level function
// for each item. What each does, for the 帮助/关于 dialog, is in menu-help.ts (help.html carries it).

/**
 * The name to give the script project: a bound script's add-on menu shows under
 * Extensions → the project's name.
 */
export const PROJECT_NAME = '排查 paicha';

export type MenuItem = {
  /** The global function the item calls. */
  readonly fn: string;
  readonly label: Words;
};

/**
 * Menu items in menu order (帮助/关于 last). Adding an item is one entry here plus exporting its
 * function from index.ts; the build writes the top-level function Apps Script calls.
 */
export const MENU_ITEMS = [
  {
    fn: 'checkData',
    label: { 'zh-Hans': '检查数据', 'zh-Hant': '檢查資料', en: 'Check data' },
  },
  {
    fn: 'tallyAll',
    label: { 'zh-Hans': '统计汇总', 'zh-Hant': '統計彙總', en: 'Tally' },
  },
  {
    fn: 'setupSheets',
    label: { 'zh-Hans': '创建模板表', 'zh-Hant': '建立範本表', en: 'Create template sheets' },
  },
  {
    fn: 'showDailyReport',
    label: { 'zh-Hans': '日报', 'zh-Hant': '日報', en: 'Daily report' },
  },
  {
    fn: 'showDashboard',
    label: { 'zh-Hans': '看板', 'zh-Hant': '看板', en: 'Dashboard' },
  },
  {
    fn: 'showHelp',
    label: { 'zh-Hans': '帮助/关于', 'zh-Hant': '說明/關於', en: 'Help / About' },
  },
] as const satisfies readonly MenuItem[];

export type MenuFunction = (typeof MENU_ITEMS)[number]['fn'];

export const menuLabel = (fn: MenuFunction, locale: Locale): string => MENU_ITEMS.find((i) => i.fn === fn)!.label[locale];
