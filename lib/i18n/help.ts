import type { Words } from './locale.ts';

/**
 * The 帮助/关于 dialog's body. The build writes it into help.html (src/build/help-page.ts), which Apps
 * Script reads only when the dialog opens, so these words are not in the .gs files parsed on every
 * click; the dialog's title is ADDON_WORDS.helpTitle.
 */
export const HELP_PAGE_WORDS = {
  helpIntro: {
    'zh-Hans': 'paicha 检查并统计这个表格里的登记表：住户、走访、捐款捐物、门店、工作台账和重点人员。',
    'zh-Hant': 'paicha 檢查並統計這個表格裡的登記表：住戶、走訪、捐款捐物、門店、工作台帳和重點人員。',
    en: 'paicha checks and tallies the registers kept in this spreadsheet: households, visits, donations, shops, duty logs and people under watch.',
  },
  helpMenuHeading: { 'zh-Hans': '菜单各项的作用', 'zh-Hant': '選單各項的作用', en: 'What each menu item does' },
  helpOnEdit: {
    'zh-Hans': '在登记表里改动单元格时，paicha 只检查改动的那几行，发现问题会在右下角提示。',
    'zh-Hant': '在登記表裡改動儲存格時，paicha 只檢查改動的那幾行，發現問題會在右下角提示。',
    en: 'When you edit a register, paicha checks just the edited rows and shows any problem in the corner.',
  },
  helpMenuPlace: {
    'zh-Hans':
      '菜单在“扩展程序 → 脚本项目名称”下。如果那里显示的是默认名称（如 Untitled project），在 Apps Script 编辑器左上角点项目名称，改成“{project}”。',
    'zh-Hant':
      '選單在「擴充功能 → 指令碼專案名稱」下。如果那裡顯示的是預設名稱（如 Untitled project），在 Apps Script 編輯器左上角點專案名稱，改成「{project}」。',
    en: 'The menu is under Extensions → the script project\'s name. If it reads "Untitled project", click the name at the top left of the Apps Script editor and rename it "{project}".',
  },
  helpDataHeading: { 'zh-Hans': '数据在哪里', 'zh-Hant': '資料在哪裡', en: 'Where your data stays' },
  helpData: {
    'zh-Hans':
      '所有检查和统计都在这个表格里完成。paicha 只读取这个表格，只写入它自己创建的表（{sheets}），你填写的单元格一个也不改；它不连接任何网站，不把任何数据发送到表格以外。公示-捐赠和日报里没有电话和身份证号。',
    'zh-Hant':
      '所有檢查和統計都在這個表格裡完成。paicha 只讀取這個表格，只寫入它自己建立的表（{sheets}），你填寫的儲存格一個也不改；它不連接任何網站，不把任何資料傳送到表格以外。公示-捐贈和日報裡沒有電話和身分證號。',
    en: 'Every check and count happens inside this spreadsheet. paicha reads only this spreadsheet and writes only the sheets it created ({sheets}); it never changes a cell you filled in. It connects to no website and sends nothing outside the spreadsheet. The public donation list and the daily report hold no phone or ID numbers.',
  },
  helpScopesHeading: { 'zh-Hans': '它请求的两项权限', 'zh-Hant': '它請求的兩項權限', en: 'The two permissions it asks for' },
  helpScopeSheets: {
    'zh-Hans': '“查看和管理安装了此应用的电子表格”（spreadsheets.currentonly）：只能读写这一个表格，打不开你的其他文件、邮件或云端硬盘。',
    'zh-Hant':
      '「查看和管理已安裝此應用程式的試算表」（spreadsheets.currentonly）：只能讀寫這一個表格，打不開你的其他檔案、郵件或雲端硬碟。',
    en: '"View and manage spreadsheets that this application has been installed in" (spreadsheets.currentonly): this one spreadsheet only, not your other files, mail or Drive.',
  },
  helpScopeUi: {
    'zh-Hans':
      '“在 Google 应用的提示和边栏中显示并运行第三方网页内容”（script.container.ui）：用来显示菜单、这个窗口、日报窗口和看板侧边栏。',
    'zh-Hant':
      '「在 Google 應用程式的提示和側欄中顯示並執行第三方網頁內容」（script.container.ui）：用來顯示選單、這個視窗、日報視窗和看板側邊欄。',
    en: '"Display and run third-party web content in prompts and sidebars inside Google applications" (script.container.ui): to show the menu, this window, the daily report window and the dashboard sidebar.',
  },
  helpUpdateHeading: { 'zh-Hans': '获取新版本', 'zh-Hant': '取得新版本', en: 'Getting a newer version' },
  helpUpdate: {
    'zh-Hans':
      '表格里的代码不会自动更新。拿到新版本的 {files}（项目发布页，或请开发者运行 npx paicha addon）后，打开“扩展程序 → Apps Script”，把同名文件的内容全部替换，保存，再重新打开表格。你的登记表和数据不受影响。',
    'zh-Hant':
      '表格裡的程式碼不會自動更新。拿到新版本的 {files}（專案發布頁，或請開發者執行 npx paicha addon）後，打開「擴充功能 → Apps Script」，把同名檔案的內容全部取代，儲存，再重新開啟表格。你的登記表和資料不受影響。',
    en: "The code in this spreadsheet does not update itself. Get the newer {files} (the project's release page, or ask a developer to run npx paicha addon), open Extensions → Apps Script, replace the whole content of each file of the same name, save, and reopen the spreadsheet. Your registers and data are not touched.",
  },
  helpHomepage: { 'zh-Hans': '项目主页：', 'zh-Hant': '專案首頁：', en: 'Project page: ' },
} as const satisfies Record<string, Words>;
