import type { Words } from './locale.ts';

// What the CLI says about itself: usage errors, the frame around a message, summary labels. Help
// texts are in cli-help.ts; words about files and progress in files.ts and progress.ts.

/** Usage errors (exit 2), each with the parameters its template names. */
export const USAGE_WORDS = {
  badLocale: {
    'zh-Hans': '--locale 只能是 {locales}，不能是“{value}”',
    'zh-Hant': '--locale 只能是 {locales}，不能是「{value}」',
    en: '--locale must be one of {locales}, not "{value}"',
  },
  badAsOf: {
    'zh-Hans': '--as-of 要写一个存在的日期 YYYY-MM-DD 或日期加时间 YYYY-MM-DDTHH:MM，不能是“{value}”',
    'zh-Hant': '--as-of 要寫一個存在的日期 YYYY-MM-DD 或日期加時間 YYYY-MM-DDTHH:MM，不能是「{value}」',
    en: '--as-of takes a day YYYY-MM-DD or a day and time YYYY-MM-DDTHH:MM, not "{value}"',
  },
  badColumn: {
    'zh-Hans': '--column 要写成 表头=字段，例如 --column "楼栋编号=building"，不能是“{value}”',
    'zh-Hant': '--column 要寫成 表頭=欄位，例如 --column "樓棟編號=building"，不能是「{value}」',
    en: '--column takes HEADER=FIELD, e.g. --column "楼栋编号=building", not "{value}"',
  },
  badCutoff: {
    'zh-Hans': '--cutoff 要写时间 HH:MM，例如 --cutoff 20:00，不能是“{value}”',
    'zh-Hant': '--cutoff 要寫時間 HH:MM，例如 --cutoff 20:00，不能是「{value}」',
    en: '--cutoff takes a time of day HH:MM, e.g. --cutoff 20:00, not "{value}"',
  },
  badWatchDays: {
    'zh-Hans': '--watch-days 要写不小于 1 的整数（天），不能是“{value}”',
    'zh-Hant': '--watch-days 要寫不小於 1 的整數（天），不能是「{value}」',
    en: '--watch-days takes a whole number of days, 1 or more, not "{value}"',
  },
  badCount: {
    'zh-Hans': '{flag} 要写一个整数，不能是“{value}”',
    'zh-Hant': '{flag} 要寫一個整數，不能是「{value}」',
    en: '{flag} takes a whole number, not "{value}"',
  },
  badYuan: {
    'zh-Hans': '{flag} 要写大于 0 的金额（元），例如 {flag} 100000000，不能是“{value}”',
    'zh-Hant': '{flag} 要寫大於 0 的金額（元），例如 {flag} 100000000，不能是「{value}」',
    en: '{flag} takes an amount in yuan greater than 0, e.g. {flag} 100000000, not "{value}"',
  },
  badConcurrency: {
    'zh-Hans': '--concurrency 要写不小于 1 的整数',
    'zh-Hant': '--concurrency 要寫不小於 1 的整數',
    en: '--concurrency takes a whole number of at least 1',
  },
  badReadsPerMinute: {
    'zh-Hans': 'PAICHA_READS_PER_MINUTE 要写正数，不能是“{value}”',
    'zh-Hant': 'PAICHA_READS_PER_MINUTE 要寫正數，不能是「{value}」',
    en: 'PAICHA_READS_PER_MINUTE takes a positive number, not "{value}"',
  },
  unknownOption: { 'zh-Hans': '没有 {option} 这个选项', 'zh-Hant': '沒有 {option} 這個選項', en: 'there is no option {option}' },
  optionValue: {
    'zh-Hans': '选项 {option} 的值不对',
    'zh-Hant': '選項 {option} 的值不對',
    en: 'option {option} takes another kind of value',
  },
  unexpected: { 'zh-Hans': '多了一个参数“{value}”', 'zh-Hant': '多了一個參數「{value}」', en: 'one argument too many: "{value}"' },
  badArguments: { 'zh-Hans': '读不懂这些参数', 'zh-Hant': '讀不懂這些參數', en: 'these arguments cannot be read' },
  needFiles: { 'zh-Hans': '请给出至少一个文件（FILE）', 'zh-Hant': '請給出至少一個檔案（FILE）', en: 'name at least one FILE' },
  tallyWriteOne: {
    'zh-Hans': '--write 写入 Google 表格：请只给出一个表格的网址或 ID（.xlsx 文件请用 --in-place）',
    'zh-Hant': '--write 寫入 Google 試算表：請只給出一個試算表的網址或 ID（.xlsx 檔案請用 --in-place）',
    en: '--write writes into a Google spreadsheet: name exactly one spreadsheet URL or id (for an .xlsx file use --in-place)',
  },
  writeExcludes: {
    'zh-Hans': '--write 写入表格本身，不能同时用 --out 或 --in-place',
    'zh-Hant': '--write 寫入試算表本身，不能同時用 --out 或 --in-place',
    en: '--write writes into the spreadsheet itself; it excludes --out and --in-place',
  },
  inPlaceNotRemote: {
    'zh-Hans': '--in-place 只用于 .xlsx 文件；写入 Google 表格请用 --write',
    'zh-Hant': '--in-place 只用於 .xlsx 檔案；寫入 Google 試算表請用 --write',
    en: '--in-place is for .xlsx files; to write into a Google spreadsheet use --write',
  },
  inPlaceOneFile: {
    'zh-Hans': '--in-place 只能给一个文件',
    'zh-Hant': '--in-place 只能給一個檔案',
    en: '--in-place takes exactly one FILE',
  },
  inPlaceAndOut: {
    'zh-Hans': '--in-place 和 --out 不能同时用',
    'zh-Hant': '--in-place 和 --out 不能同時用',
    en: '--in-place and --out exclude each other',
  },
  inPlaceXlsxOnly: {
    'zh-Hans': '--in-place 只用于 .xlsx 文件；要写新的工作簿请用 --out',
    'zh-Hant': '--in-place 只用於 .xlsx 檔案；要寫新的活頁簿請用 --out',
    en: '--in-place works on .xlsx files only; use --out to write a new workbook',
  },
  outIsInput: {
    'zh-Hans': '--out {out} 是输入文件；paicha 从不改写输入文件（要把汇总表加进它，请用 --in-place）',
    'zh-Hant': '--out {out} 是輸入檔案；paicha 從不改寫輸入檔案（要把彙總表加進它，請用 --in-place）',
    en: '--out {out} is an input file; paicha never rewrites its input (use --in-place to add sheets to it)',
  },
  checkWriteOne: {
    'zh-Hans': '--write 把“问题清单”写入 Google 表格：请只给出一个表格的网址或 ID',
    'zh-Hant': '--write 把「問題清單」寫入 Google 試算表：請只給出一個試算表的網址或 ID',
    en: '--write writes 问题清单 into a Google spreadsheet: name exactly one spreadsheet URL or id',
  },
  initOneFile: { 'zh-Hans': '请只给出一个要创建的文件', 'zh-Hant': '請只給出一個要建立的檔案', en: 'name exactly one FILE to create' },
  initXlsx: {
    'zh-Hans': '模板是 .xlsx 文件：请命名为 NAME.xlsx',
    'zh-Hant': '範本是 .xlsx 檔案：請命名為 NAME.xlsx',
    en: 'the template is an .xlsx file: name it NAME.xlsx',
  },
  initExists: {
    'zh-Hans': '{file} 已存在；paicha 不会覆盖它（要覆盖请用 --force）',
    'zh-Hant': '{file} 已存在；paicha 不會覆蓋它（要覆蓋請用 --force）',
    en: '{file} exists; paicha will not overwrite it (use --force)',
  },
  addonOneDir: {
    'zh-Hans': '最多给出一个存放附加组件的文件夹',
    'zh-Hant': '最多給出一個存放外掛程式的資料夾',
    en: 'name at most one DIR to write the add-on into',
  },
  addonNotFolder: {
    'zh-Hans': '{dir} 已存在，但不是文件夹',
    'zh-Hant': '{dir} 已存在，但不是資料夾',
    en: '{dir} exists and is not a folder',
  },
  rollupOutAndWrite: {
    'zh-Hans': '--out 和 --write 不能同时用',
    'zh-Hant': '--out 和 --write 不能同時用',
    en: '--out and --write exclude each other',
  },
  rollupNeedIds: {
    'zh-Hans': '请给出要汇总的表格：ID 或网址，或用 --list FILE（每行一个）',
    'zh-Hant': '請給出要彙總的試算表：ID 或網址，或用 --list FILE（每行一個）',
    en: 'name the spreadsheets to add up: ids or URLs, or --list FILE with one a line',
  },
  rollupListUnreadable: {
    'zh-Hans': '读不了 --list {path}：{reason}',
    'zh-Hant': '讀不了 --list {path}：{reason}',
    en: 'cannot read --list {path}: {reason}',
  },
  spreadsheetUrl: { 'zh-Hans': '不是表格的网址：{input}', 'zh-Hant': '不是試算表的網址：{input}', en: 'not a spreadsheet URL: {input}' },
  spreadsheetPublished: {
    'zh-Hans': '{input} 是“发布到网络”的链接；paicha 需要表格本身的链接（打开表格，复制地址栏）',
    'zh-Hant': '{input} 是「發布到網路」的連結；paicha 需要試算表本身的連結（開啟試算表，複製網址列）',
    en: '{input} is a "published to the web" link; paicha needs the spreadsheet\'s own link (open it and copy the address bar)',
  },
  spreadsheetNoId: {
    'zh-Hans': '{input} 中没有表格 ID：应为 https://docs.google.com/spreadsheets/d/ID/...',
    'zh-Hant': '{input} 中沒有試算表 ID：應為 https://docs.google.com/spreadsheets/d/ID/...',
    en: 'no spreadsheet id in {input}: expected https://docs.google.com/spreadsheets/d/ID/...',
  },
  spreadsheetBadId: {
    'zh-Hans': '“{input}”不是表格 ID 或网址（ID 是表格地址中 /d/ 后面那串长代码）',
    'zh-Hant': '「{input}」不是試算表 ID 或網址（ID 是試算表網址中 /d/ 後面那串長代碼）',
    en: 'not a spreadsheet id or URL: "{input}" (an id is the long code after /d/ in the spreadsheet\'s address)',
  },
  rollupListLine: {
    'zh-Hans': '--list {path} 第 {line} 行：{reason}',
    'zh-Hant': '--list {path} 第 {line} 行：{reason}',
    en: '--list {path}, line {line}: {reason}',
  },
} as const satisfies Record<string, Words>;

export type UsageCode = keyof typeof USAGE_WORDS;

/** The lines around a message, and the other words of the CLI's own output. */
export const CLI_WORDS = {
  usageFrame: {
    'zh-Hans': 'paicha {command}：{message}\n用法见 paicha {command} --help。',
    'zh-Hant': 'paicha {command}：{message}\n用法見 paicha {command} --help。',
    en: 'paicha {command}: {message}\nRun paicha {command} --help for usage.',
  },
  unknownCommand: {
    'zh-Hans': 'paicha：没有“{name}”这个命令',
    'zh-Hant': 'paicha：沒有「{name}」這個命令',
    en: 'paicha: unknown command "{name}"',
  },
  refusedSheet: {
    'zh-Hans': 'paicha：你自己的表“{name}”与 paicha 生成的表同名；paicha 没有动它，也没有写它的“{name}”。把你的表改名即可得到。',
    'zh-Hant': 'paicha：你自己的表「{name}」與 paicha 產生的表同名；paicha 沒有動它，也沒有寫它的「{name}」。把你的表改名即可得到。',
    en: 'paicha: a sheet of yours is named "{name}"; paicha left it untouched and did not write its {name}. Rename your sheet to get it.',
  },
  rollupRefused: {
    'zh-Hans': 'paicha rollup：{title} 中你自己的表“{name}”与汇总表同名；paicha 没有动它。把它改名即可得到汇总。',
    'zh-Hant': 'paicha rollup：{title} 中你自己的表「{name}」與彙總表同名；paicha 沒有動它。把它改名即可得到彙總。',
    en: 'paicha rollup: a sheet of yours in {title} is named "{name}"; paicha left it untouched. Rename it to get the rollup.',
  },
  inPlaceLosses: {
    'zh-Hans':
      'paicha tally --in-place：paicha 无法把它的表原样加进这个文件，只能由 ExcelJS 重写整个文件，以下内容会丢失：{losses}。你的表的值和公式会保留。',
    'zh-Hant':
      'paicha tally --in-place：paicha 無法把它的表原樣加進這個檔案，只能由 ExcelJS 重寫整個檔案，以下內容會遺失：{losses}。你的表的值和公式會保留。',
    en: "paicha tally --in-place: paicha cannot add its sheets to this file as it is, so ExcelJS rewrites the whole file and will not keep: {losses}. Your sheets' values and formulas are kept.",
  },
  count: { 'zh-Hans': '笔数', 'zh-Hant': '筆數', en: 'Count' },
  cash: { 'zh-Hans': '捐款', 'zh-Hant': '捐款', en: 'Cash' },
  goodsValue: { 'zh-Hans': '物资折价', 'zh-Hant': '物資折價', en: 'Goods value' },
  total: { 'zh-Hans': '合计', 'zh-Hant': '合計', en: 'Total' },
  donations: { 'zh-Hans': '捐赠', 'zh-Hant': '捐贈', en: 'Donations' },
  problems: {
    'zh-Hans': '问题：错误 {errors}，警告 {warnings}，提示 {infos}',
    'zh-Hant': '問題：錯誤 {errors}，警告 {warnings}，提示 {infos}',
    en: 'Problems: {errors} errors, {warnings} warnings, {infos} notes',
  },
  more: { 'zh-Hans': '  …… 另有 {n} 个', 'zh-Hant': '  …… 另有 {n} 個', en: '  … and {n} more' },
  exampleWorkbook: { 'zh-Hans': '示例登记表', 'zh-Hant': '範例登記表', en: 'Example workbook' },
  summaryWorkbook: { 'zh-Hans': '汇总表', 'zh-Hant': '彙總表', en: 'Summary workbook' },
  dashboard: { 'zh-Hans': '看板', 'zh-Hant': '看板', en: 'Dashboard' },
  spreadsheet: { 'zh-Hans': '表格', 'zh-Hant': '試算表', en: 'Spreadsheet' },
  households: { 'zh-Hans': '户数', 'zh-Hant': '戶數', en: 'Households' },
  verified: { 'zh-Hans': '已核实', 'zh-Hant': '已核實', en: 'Verified' },
  rate: { 'zh-Hans': '登记率', 'zh-Hant': '登記率', en: 'Rate' },
  donationsTotal: { 'zh-Hans': '捐赠合计', 'zh-Hant': '捐贈合計', en: 'Donations' },
  dataErrors: { 'zh-Hans': '数据错误', 'zh-Hant': '資料錯誤', en: 'Errors' },
  rollupFailed: {
    'zh-Hans': '{total} 个表格中 {failed} 个读取失败',
    'zh-Hant': '{total} 個試算表中 {failed} 個讀取失敗',
    en: '{failed} of {total} spreadsheets could not be read',
  },
} as const satisfies Record<string, Words>;
