import type { Words } from './locale.ts';

/**
 * Words the build writes around the add-on's paste-in files (src/build/addon.ts): each file's header,
 * README.txt and `paicha addon`'s output. The add-on itself does not carry them.
 */
export const PASTE_WORDS = {
  // A file a volunteer pastes opens with a few lines saying what it is.
  fileMain: {
    'zh-Hans': '菜单和插件：菜单调用的函数就在下面，它们读这个表格、写 paicha 自己的表。',
    'zh-Hant': '選單和外掛：選單呼叫的函式就在下面，它們讀這個表格、寫 paicha 自己的表。',
    en: "The menu and the add-on: the functions the menu calls are right below; they read this spreadsheet and write paicha's own sheets.",
  },
  fileOnlyCurrentDoc: {
    'zh-Hans': '下面的 @OnlyCurrentDoc 让 Google 只为这一个表格请求权限，即使没有粘贴 appsscript.json。',
    'zh-Hant': '下面的 @OnlyCurrentDoc 讓 Google 只為這一個表格請求權限，即使沒有貼上 appsscript.json。',
    en: '@OnlyCurrentDoc below makes Google ask for this spreadsheet only, even without appsscript.json pasted.',
  },
  fileCore: {
    'zh-Hans': '检查和统计的核心：只做计算，不调用任何 Google 服务，不读写任何表格。',
    'zh-Hant': '檢查和統計的核心：只做計算，不呼叫任何 Google 服務，不讀寫任何表格。',
    en: 'The checking and counting core: computation only; it calls no Google service and reads or writes no sheet.',
  },
  fileDashboard: {
    'zh-Hans': '“看板”侧边栏的网页：只在打开看板时读取；里面的脚本在浏览器里用统计结果（只有数字和地名）画出看板。',
    'zh-Hant': '「看板」側邊欄的網頁：只在開啟看板時讀取；裡面的指令碼在瀏覽器裡用統計結果（只有數字和地名）畫出看板。',
    en: 'The page of the dashboard sidebar: read only when the dashboard opens; its script draws the tally (counts and places only) in the browser.',
  },
  fileHelp: {
    'zh-Hans': '“帮助/关于”对话框的网页（三种语言），只在打开它时读取。',
    'zh-Hant': '「說明/關於」對話框的網頁（三種語言），只在開啟它時讀取。',
    en: 'The page of the Help / About dialog (in three languages), read only when it opens.',
  },
  fileNoEdit: {
    'zh-Hans': '这是 {version} 版生成的文件，请不要手改；更新时整个替换。共 {count} 个文件：{files}。',
    'zh-Hant': '這是 {version} 版產生的檔案，請不要手改；更新時整個取代。共 {count} 個檔案：{files}。',
    en: 'Generated for version {version}; do not edit by hand, replace it whole to update. {count} files: {files}.',
  },
  missingFile: {
    'zh-Hans': '缺少 {file}：请在“扩展程序 → Apps Script”里把它也粘贴进来（＋ → 脚本），保存后再试。',
    'zh-Hant': '缺少 {file}：請在「擴充功能 → Apps Script」裡把它也貼上（＋ → 指令碼），儲存後再試。',
    en: '{file} is missing: paste it too in Extensions → Apps Script (+ → Script), save, and try again.',
  },

  // How to paste them: README.txt beside the files and `paicha addon`'s output.
  installTitle: {
    'zh-Hans': '把 paicha 装进你的 Google 表格',
    'zh-Hant': '把 paicha 裝進你的 Google 試算表',
    en: 'Put paicha into your Google spreadsheet',
  },
  installSteps: {
    'zh-Hans': [
      '1. 打开团队的 Google 表格，点“扩展程序 → Apps Script”。',
      '2. 点左上角的项目名称（新项目的默认名称），改名为“{project}”并确认。菜单会以这个名字出现在“扩展程序”下。',
      '3. 左侧已有一个脚本文件（Code.gs，中文界面下可能叫“代码.gs”）：点它旁边的 ⋮ →“重命名”，改名为 {mainName}；再点开它，全选（Ctrl+A）后粘贴 {main} 的全部内容。',
      '4. 点“文件”旁的“＋ → 脚本”，命名为 {coreName}，粘贴 {core} 的全部内容。',
      '5. 点“文件”旁的“＋ → HTML”，命名为 {dashboardName}，全选后粘贴 {dashboard} 的全部内容；再点一次“＋ → HTML”，命名为 {helpPageName}，全选后粘贴 {helpPage} 的全部内容。',
      '6. 点左侧齿轮“项目设置”，勾选在编辑器中显示 appsscript.json 清单文件的选项；回到编辑器，点 appsscript.json，全选后粘贴 {manifest} 的全部内容。',
      '7. 按 Ctrl+S 保存，关掉 Apps Script，重新打开（刷新）表格。',
      '8. 点“扩展程序 → {project} → {help}”。第一次使用时 Google 会请你授权：选择你的账号；如果 Google 提示此应用未经验证，点“高级”，再点带有“{project}”和“不安全”字样的链接，然后点“允许”。',
    ].join('\n'),
    'zh-Hant': [
      '1. 打開團隊的 Google 試算表，點「擴充功能 → Apps Script」。',
      '2. 點左上角的專案名稱（新專案的預設名稱），改名為「{project}」並確認。選單會以這個名字出現在「擴充功能」下。',
      '3. 左側已有一個指令碼檔案（Code.gs，中文介面下可能叫「程式碼.gs」）：點它旁邊的 ⋮ →「重新命名」，改名為 {mainName}；再點開它，全選（Ctrl+A）後貼上 {main} 的全部內容。',
      '4. 點「檔案」旁的「＋ → 指令碼」，命名為 {coreName}，貼上 {core} 的全部內容。',
      '5. 點「檔案」旁的「＋ → HTML」，命名為 {dashboardName}，全選後貼上 {dashboard} 的全部內容；再點一次「＋ → HTML」，命名為 {helpPageName}，全選後貼上 {helpPage} 的全部內容。',
      '6. 點左側齒輪「專案設定」，勾選在編輯器中顯示 appsscript.json 資訊清單檔案的選項；回到編輯器，點 appsscript.json，全選後貼上 {manifest} 的全部內容。',
      '7. 按 Ctrl+S 儲存，關掉 Apps Script，重新開啟（重新整理）試算表。',
      '8. 點「擴充功能 → {project} → {help}」。第一次使用時 Google 會請你授權：選擇你的帳戶；如果 Google 提示這個應用程式未經驗證，點「進階」，再點帶有「{project}」和「不安全」字樣的連結，然後點「允許」。',
    ].join('\n'),
    en: [
      "1. Open the team's Google spreadsheet and click Extensions → Apps Script.",
      '2. Click "Untitled project" at the top left, rename it "{project}" and click Rename. The menu shows under Extensions with this name.',
      '3. Rename the script file already there (Code.gs): click ⋮ next to it → Rename, type {mainName}. Click it, select everything (Ctrl+A) and paste the whole of {main}.',
      '4. Click + next to Files → Script, name it {coreName}, and paste the whole of {core}.',
      '5. Click + next to Files → HTML, name it {dashboardName}, select everything and paste the whole of {dashboard}; then + → HTML again, name it {helpPageName} and paste the whole of {helpPage}.',
      '6. Click the gear (Project Settings) on the left and tick "Show "appsscript.json" manifest file in editor"; back in the Editor, click appsscript.json, select everything and paste the whole of {manifest}.',
      '7. Press Ctrl+S to save, close Apps Script and reload the spreadsheet.',
      '8. Click Extensions → {project} → {help}. The first time, Google asks you to authorize: choose your account; if you see "Google hasn\'t verified this app", click Advanced → Go to {project} (unsafe), then Allow.',
    ].join('\n'),
  },
  installSizes: { 'zh-Hans': '文件大小：', 'zh-Hant': '檔案大小：', en: 'File sizes:' },
} as const satisfies Record<string, Words>;
