import type { Words } from './locale.ts';

/**
 * Words of the Google Sheets add-on outside its menu labels (src/gas/menu-items.ts): the first-run
 * question and the 帮助/关于 dialog. The words around the paste-in files are in paste.ts.
 */
export const ADDON_WORDS = {
  // 统计汇总 in a spreadsheet with no register yet (a fresh copy, a new spreadsheet).
  noRegisterTitle: { 'zh-Hans': '还没有登记表', 'zh-Hant': '還沒有登記表', en: 'No register yet' },
  noRegisterPrompt: {
    'zh-Hans': '这个表格里还没有 paicha 认得的登记表（住户登记或捐款捐物）。\n要现在创建空白模板表吗？填好后再点“{tally}”。',
    'zh-Hant': '這個表格裡還沒有 paicha 認得的登記表（住戶登記或捐款捐物）。\n要現在建立空白範本表嗎？填好後再點「{tally}」。',
    en: 'This spreadsheet has no register paicha recognizes yet (households or donations).\nCreate empty template sheets now? Fill them in, then click "{tally}" again.',
  },
  templatesCreated: {
    'zh-Hans': '已创建：{sheets}。填好后再点“{tally}”。',
    'zh-Hant': '已建立：{sheets}。填好後再點「{tally}」。',
    en: 'Created: {sheets}. Fill them in, then click "{tally}" again.',
  },
  nothingCreated: {
    'zh-Hans': '没有创建或改动任何表。需要时可点“{setup}”。',
    'zh-Hant': '沒有建立或改動任何表。需要時可點「{setup}」。',
    en: 'No sheet was created or changed. Use "{setup}" when you need them.',
  },

  // The 帮助/关于 dialog's title; its body is help.html (lib/i18n/help.ts).
  helpTitle: { 'zh-Hans': '排查 paicha {version}', 'zh-Hant': '排查 paicha {version}', en: '排查 paicha {version}' },
  // A page the add-on opens (看板, 帮助/关于) whose .html file was not pasted.
  missingPage: {
    'zh-Hans': '缺少 {file}：请在“扩展程序 → Apps Script”里点“文件”旁的“＋ → HTML”，命名为 {name}，粘贴 {file} 的全部内容，保存后再试。',
    'zh-Hant':
      '缺少 {file}：請在「擴充功能 → Apps Script」裡點「檔案」旁的「＋ → HTML」，命名為 {name}，貼上 {file} 的全部內容，儲存後再試。',
    en: '{file} is missing: in Extensions → Apps Script click + next to Files → HTML, name it {name}, paste the whole of {file}, save, and try again.',
  },
  // What 统计汇总, 检查数据 and 创建模板表 say when they are done.
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
