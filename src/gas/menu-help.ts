import type { Words } from '../../lib/i18n/locale.ts';
import type { MenuFunction } from './menu-items.ts';

/**
 * One sentence per menu item for the 帮助/关于 dialog. Apart from the items (menu-items.ts) because only
 * the build reads it: it writes the dialog into help.html, so the .gs files parsed on every click do
 * not carry it.
 */
export const MENU_HELP: Readonly<Record<MenuFunction, Words>> = {
  checkData: {
    'zh-Hans': '检查每张登记表，把问题写进“问题清单”（每条都链接到那个单元格），并给这些单元格标色；不改动你填写的内容。',
    'zh-Hant': '檢查每張登記表，把問題寫進「問題清單」（每條都連結到那個儲存格），並給這些儲存格標色；不改動你填寫的內容。',
    en: 'Checks every register, lists the problems in the Problems sheet (each linked to its cell) and highlights those cells; your entries are not changed.',
  },
  tallyAll: {
    'zh-Hans': '重新生成所有汇总表：覆盖率、待跟进住户、捐赠合计、公示名单、问题清单和日报。还没有登记表时，先问你要不要创建模板表。',
    'zh-Hant': '重新產生所有彙總表：覆蓋率、待跟進住戶、捐贈合計、公示名單、問題清單和日報。還沒有登記表時，先問你要不要建立範本表。',
    en: 'Rewrites every summary sheet: coverage, households still to reach, donation totals, the public list, problems and the daily report. With no register yet, it first asks whether to create the template sheets.',
  },
  setupSheets: {
    'zh-Hans': '创建空白登记表（表头和下拉选项）；已有同名的表则不动。',
    'zh-Hant': '建立空白登記表（表頭和下拉選項）；已有同名的表則不動。',
    en: 'Creates empty registers (headers and drop-downs); a sheet that already has the name is left alone.',
  },
  showDailyReport: {
    'zh-Hans': '生成今天的日报并显示出来，方便复制到群里；同时写进“日报”表。',
    'zh-Hant': '產生今天的日報並顯示出來，方便複製到群組裡；同時寫進「日報」表。',
    en: "Shows today's report, ready to copy into the group chat, and writes it to the Daily report sheet.",
  },
  showDashboard: {
    'zh-Hans': '在侧栏显示上次统计的看板：主要数字、各小区覆盖率、每天进展和捐赠累计；只有计数和地名，没有姓名、电话和证件号。',
    'zh-Hant': '在側欄顯示上次統計的看板：主要數字、各小區覆蓋率、每天進展和捐贈累計；只有計數和地名，沒有姓名、電話和證件號。',
    en: "Shows the dashboard of the last tally in a sidebar: the headline numbers, coverage by compound, progress by day and the donations' running total; counts and places only, no names, phones or ID numbers.",
  },
  showHelp: {
    'zh-Hans': '显示版本、各项作用、数据去向、所需权限和更新方法（就是这个窗口）。',
    'zh-Hant': '顯示版本、各項作用、資料去向、所需權限和更新方法（就是這個視窗）。',
    en: 'Shows the version, what each item does, where the data stays, the permissions and how to update (this window).',
  },
};
