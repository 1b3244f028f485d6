import { LIST_SEPARATOR, type Locale, type Words } from './locale.ts';

// The options check, report and rollup take as tally does (tally's help says what each does), and the
// exit line of the commands that find no data errors: written once, so the helps cannot drift apart.
const AS_TALLY = ['--locale', '--as-of', '--column', '--max-problems', '--max-donation', '--cutoff', '--watch-days'];
const asTally = (l: Locale, ...first: string[]): string => [...first, ...AS_TALLY].join(LIST_SEPARATOR[l]);
const EXIT_OK_USAGE: Words = {
  'zh-Hans': '退出码：0 正常，2 用法或读写错误。',
  'zh-Hant': '退出碼：0 正常，2 用法或讀寫錯誤。',
  en: 'Exit codes: 0 ok, 2 usage or I/O error.',
};

// What `paicha --help` and `paicha COMMAND --help` print, in each locale. The options they name are
// declared in src/node/cli/args.ts.
export const HELP_WORDS = {
  main: {
    'zh-Hans': `paicha — 核查并汇总入户排查登记表和捐赠台账

用法：paicha 命令 [选项]

命令：
  tally FILE...   检查、汇总，把汇总表写入一个新的工作簿
  check FILE...   列出志愿者需要改正的问题（有错误时退出码为 1）
  report FILE...  打印日报，可直接粘贴到群里
  init FILE       写一个空白登记表模板（表头、状态下拉框、冻结表头）
  demo            生成示例工作簿，汇总并打印结果
  rollup ID...    把多个表格汇总成一张总表（见 paicha rollup --help）
  addon [DIR]     把 Google 表格附加组件写成文件，粘贴到“扩展程序 → Apps Script”

FILE 是 .xlsx、.xls、.csv 或 .tsv 文件，或 Google 表格的网址或 ID。
退出码：0 正常，1 数据有错误（或汇总时某个表格失败），2 用法或读写错误。
各命令的选项见 paicha 命令 --help。`,
    'zh-Hant': `paicha — 核查並彙總入戶排查登記表和捐贈台賬

用法：paicha 命令 [選項]

命令：
  tally FILE...   檢查、彙總，把彙總表寫入一個新的工作簿
  check FILE...   列出志工需要改正的問題（有錯誤時退出碼為 1）
  report FILE...  列印日報，可直接貼上到群裡
  init FILE       寫一個空白登記表模板（表頭、狀態下拉框、凍結表頭）
  demo            生成示例工作簿，彙總並列印結果
  rollup ID...    把多個表格彙總成一張總表（見 paicha rollup --help）
  addon [DIR]     把 Google 表格附加元件寫成檔案，貼上到「擴充功能 → Apps Script」

FILE 是 .xlsx、.xls、.csv 或 .tsv 檔案，或 Google 表格的網址或 ID。
退出碼：0 正常，1 資料有錯誤（或彙總時某個表格失敗），2 用法或讀寫錯誤。
各命令的選項見 paicha 命令 --help。`,
    en: `paicha — check and tally a door-to-door screening register and a donation ledger

Usage: paicha COMMAND [options]

Commands:
  tally FILE...   validate, tally and write the summary sheets to a new workbook
  check FILE...   list the problems volunteers must fix (exit 1 when there are errors)
  report FILE...  print the daily report, ready to paste into the group chat
  init FILE       write an empty register template (headers, status drop-down, frozen header)
  demo            generate the example workbook, tally it and print the summary
  rollup ID...    add up many spreadsheets into one view (see paicha rollup --help)
  addon [DIR]     write the Google Sheets add-on as files to paste into Extensions → Apps Script

FILE is an .xlsx, .xls, .csv or .tsv file, or a Google spreadsheet URL or id.
Exit codes: 0 ok, 1 the data has errors (or a spreadsheet of a rollup failed), 2 usage or I/O error.
Run paicha COMMAND --help for a command's options.`,
  },
  tally: {
    'zh-Hans': `用法：paicha tally FILE... [--json] [--html] [--out FILE] [--in-place] [--locale zh-Hans|zh-Hant|en]

检查每一个 paicha 认得表头的表（住户、捐赠、走访记录、门店排查、工作台账、重点人员及其健康监测，可在任一
文件中），汇总后把生成的表（汇总-住户、待跟进、进度、汇总-捐赠、公示-捐赠、门店日报、台账汇总、汇总-重点人员、
今日随访、问题清单、日报）写入第一个输入文件旁的一个新工作簿（NAME.paicha.xlsx）。
输入文件从不改写。FILE 也可以是 Google 表格的网址或 ID：只读取它，新工作簿是当前文件夹中的
TITLE.paicha.xlsx；用 --write 才把生成的表写进该表格本身。

选项：
  --json               以 JSON 打印结果（结果约定），不打印摘要；用 --json 时，只有 --out 指定了
                       文件才写工作簿
  --html               另写看板页面 NAME.paicha.html，放在第一个输入文件旁（Google 表格则是当前
                       文件夹中的 TITLE.paicha.html）：无脚本，不联网，可离线打开，可用 A4 打印；
                       只含户数、金额和地名。与 --json 同用时只写这个页面（除非 --out 指定工作簿）
  -o, --out FILE       生成的表写到哪里（.xlsx）
  --in-place           把生成的表加进输入的 .xlsx 本身（只限一个文件）；paicha 会先说明 ExcelJS
                       保留不了什么（图表、图片、数据透视表……）
  --write              用于 Google 表格：把生成的表写进该表格（只改写 paicha 创建的表，你自己的表
                       和单元格从不改动）
  --locale L           消息和生成的表的语言：zh-Hans（默认；Google 表格则按其语言设置）、zh-Hant、en
  --as-of YYYY-MM-DD   汇总的日期，或日期加时间（2020-02-01T23:00）（默认：Asia/Shanghai 的今天，
                       或该表格所在时区的今天）
  --column H=FIELD     把表头 H 当作字段 FIELD（可重复），例如 --column "楼栋编号=building"
  --max-problems N     最多列出 N 个问题（计数从不截断；默认 5000）
  --max-donation YUAN  单笔捐赠的上限（默认 100000000，即 1亿）：超过它，或金额像电话号码、身份证号
                       的行是错误，不计入合计
  --cutoff HH:MM       门店和工作台账每天的报送截止时间（默认 20:00）：晚于它算迟报；--as-of 在它之前或
                       正当其时，日报会列出今晚还没报的
  --watch-days N       重点人员的观察天数，开始那天算第 1 天（默认 14）
Google 表格的凭据：GOOGLE_APPLICATION_CREDENTIALS（服务账号密钥）、应用默认凭据，或
GOOGLE_OAUTH_ACCESS_TOKEN；请把表格共享给该账号。
退出码：0 正常，1 数据有错误，2 用法或读写错误。`,
    'zh-Hant': `用法：paicha tally FILE... [--json] [--html] [--out FILE] [--in-place] [--locale zh-Hans|zh-Hant|en]

檢查每一個 paicha 認得表頭的表（住戶、捐贈、走訪記錄、門店排查、工作台賬、重點人員及其健康監測，可在任一
檔案中），彙總後把生成的表（彙總-住戶、待跟進、進度、彙總-捐贈、公示-捐贈、門店日報、台賬彙總、彙總-重點人員、
今日隨訪、問題清單、日報）寫入第一個輸入檔案旁的一個新工作簿（NAME.paicha.xlsx）。
輸入檔案從不改寫。FILE 也可以是 Google 表格的網址或 ID：只讀取它，新工作簿是當前資料夾中的
TITLE.paicha.xlsx；用 --write 才把生成的表寫進該表格本身。

選項：
  --json               以 JSON 列印結果（結果約定），不列印摘要；用 --json 時，只有 --out 指定了
                       檔案才寫工作簿
  --html               另寫看板頁面 NAME.paicha.html，放在第一個輸入檔案旁（Google 表格則是當前
                       資料夾中的 TITLE.paicha.html）：無指令碼，不聯網，可離線開啟，可用 A4 列印；
                       只含戶數、金額和地名。與 --json 同用時只寫這個頁面（除非 --out 指定工作簿）
  -o, --out FILE       生成的表寫到哪裡（.xlsx）
  --in-place           把生成的表加進輸入的 .xlsx 本身（只限一個檔案）；paicha 會先說明 ExcelJS
                       保留不了什麼（圖表、圖片、資料透視表……）
  --write              用於 Google 表格：把生成的表寫進該表格（只改寫 paicha 建立的表，你自己的表
                       和單元格從不改動）
  --locale L           訊息和生成的表的語言：zh-Hans（預設；Google 表格則按其語言設定）、zh-Hant、en
  --as-of YYYY-MM-DD   彙總的日期，或日期加時間（2020-02-01T23:00）（預設：Asia/Shanghai 的今天，
                       或該表格所在時區的今天）
  --column H=FIELD     把表頭 H 當作欄位 FIELD（可重複），例如 --column "樓棟編號=building"
  --max-problems N     最多列出 N 個問題（計數從不截斷；預設 5000）
  --max-donation YUAN  單筆捐贈的上限（預設 100000000，即 1億）：超過它，或金額像電話號碼、身份證號
                       的行是錯誤，不計入合計
  --cutoff HH:MM       門店和工作台賬每天的報送截止時間（預設 20:00）：晚於它算遲報；--as-of 在它之前或
                       正當其時，日報會列出今晚還沒報的
  --watch-days N       重點人員的觀察天數，開始那天算第 1 天（預設 14）
Google 表格的憑據：GOOGLE_APPLICATION_CREDENTIALS（服務賬號金鑰）、應用預設憑據，或
GOOGLE_OAUTH_ACCESS_TOKEN；請把表格共享給該賬號。
退出碼：0 正常，1 資料有錯誤，2 用法或讀寫錯誤。`,
    en: `Usage: paicha tally FILE... [--json] [--html] [--out FILE] [--in-place] [--locale zh-Hans|zh-Hant|en]

Validates every sheet whose header row paicha recognizes (households, donations, a visit log, shop
checks, duty logs, people under watch and their health checks, in any of the files), tallies them and
writes the generated sheets (汇总-住户, 待跟进, 进度, 汇总-捐赠, 公示-捐赠, 门店日报, 台账汇总, 汇总-重点人员, 今日随访,
问题清单, 日报) to a NEW workbook beside the first input (NAME.paicha.xlsx). The input is never rewritten.
FILE may be a Google spreadsheet URL or id: it is only read, and the new workbook is TITLE.paicha.xlsx
in the current folder, unless --write puts the generated sheets into the spreadsheet itself.

Options:
  --json               print the result as JSON (the result contract) instead of a summary; with
                       --json, a workbook is written only when --out names one
  --html               also write the dashboard page NAME.paicha.html beside the first input
                       (TITLE.paicha.html here for a Google spreadsheet): no script, nothing from the
                       network, opens offline and prints on A4; counts, amounts and places only.
                       With --json, the page is the only file written (unless --out names a workbook)
  -o, --out FILE       where to write the generated sheets (.xlsx)
  --in-place           add the generated sheets to the input .xlsx itself (one file only); paicha first
                       says what ExcelJS cannot keep (charts, images, pivot tables...)
  --write              with a Google spreadsheet: write the generated sheets into it (only sheets
                       paicha created are ever rewritten; your own sheets and cells are never touched)
  --locale L           language of messages and generated sheets: zh-Hans (default; a spreadsheet's
                       own locale otherwise), zh-Hant, en
  --as-of YYYY-MM-DD   the day of the tally, or a day and time (2020-02-01T23:00) (default: today in
                       Asia/Shanghai, or in the spreadsheet's time zone)
  --column H=FIELD     treat header H as FIELD (repeatable), e.g. --column "楼栋编号=building"
  --max-problems N     list at most N problems (counts are never capped; default 5000)
  --max-donation YUAN  the most one donation may be (default 100000000, 1亿): a row above it, or with
                       an amount shaped like a phone or ID number, is an error and stays out of the totals
  --cutoff HH:MM       the day's reporting deadline of shops and duty logs (default 20:00): later is late;
                       with --as-of at or before it, the report says who is still due tonight
  --watch-days N       days a person under watch is watched, the start day being day 1 (default 14)
Google spreadsheets: credentials from GOOGLE_APPLICATION_CREDENTIALS (service-account key),
Application Default Credentials, or GOOGLE_OAUTH_ACCESS_TOKEN; share the spreadsheet with that account.
Exit codes: 0 ok, 1 the data has errors, 2 usage or I/O error.`,
  },
  check: {
    'zh-Hans': `用法：paicha check FILE... [--json] [--locale L] [--write]

打印每个问题：所在的表、行、列、填写的值和处理办法。不写任何文件
（对 Google 表格，--write 把“问题清单”写进该表格）。
选项：${asTally('zh-Hans', '--json')}（同 tally）。
退出码：0 没有错误（可以有警告），1 有错误，2 用法或读写错误。`,
    'zh-Hant': `用法：paicha check FILE... [--json] [--locale L] [--write]

列印每個問題：所在的表、行、列、填寫的值和處理辦法。不寫任何檔案
（對 Google 表格，--write 把「問題清單」寫進該表格）。
選項：${asTally('zh-Hant', '--json')}（同 tally）。
退出碼：0 沒有錯誤（可以有警告），1 有錯誤，2 用法或讀寫錯誤。`,
    en: `Usage: paicha check FILE... [--json] [--locale L] [--write]

Prints every problem with its sheet, row, column, the value and what to do. Writes nothing
(with a Google spreadsheet, --write writes the 问题清单 sheet into it).
Options: ${asTally('en', '--json')} (as for tally).
Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage or I/O error.`,
  },
  report: {
    'zh-Hans': `用法：paicha report FILE... [--locale L] [--as-of YYYY-MM-DD]

打印日报：只有户数、比率和合计，没有姓名、电话或身份证号。
选项：${asTally('zh-Hans')}（同 tally）。
${EXIT_OK_USAGE['zh-Hans']}`,
    'zh-Hant': `用法：paicha report FILE... [--locale L] [--as-of YYYY-MM-DD]

列印日報：只有戶數、比率和合計，沒有姓名、電話或身份證號。
選項：${asTally('zh-Hant')}（同 tally）。
${EXIT_OK_USAGE['zh-Hant']}`,
    en: `Usage: paicha report FILE... [--locale L] [--as-of YYYY-MM-DD]

Prints the daily report: counts, rates and totals only, no names, phones or ID numbers.
Options: ${asTally('en')} (as for tally).
${EXIT_OK_USAGE.en}`,
  },
  init: {
    'zh-Hans': `用法：paicha init FILE [--locale L] [--force]

写一份空白登记表（.xlsx），每种登记一张：住户、走访记录、捐款捐物、门店排查、工作台账、重点人员和健康监测；
有表头、各词语列的下拉框，门牌号、电话和身份证号列按文本保存，冻结表头。
FILE 已存在时不覆盖，除非用 --force。
${EXIT_OK_USAGE['zh-Hans']}`,
    'zh-Hant': `用法：paicha init FILE [--locale L] [--force]

寫一份空白登記表（.xlsx），每種登記一張：住戶、走訪記錄、捐款捐物、門店排查、工作台賬、重點人員和健康監測；
有表頭、各詞語欄的下拉框，門牌號、電話和身份證號欄按文本儲存，凍結表頭。
FILE 已存在時不覆蓋，除非用 --force。
${EXIT_OK_USAGE['zh-Hant']}`,
    en: `Usage: paicha init FILE [--locale L] [--force]

Writes an empty template (.xlsx) with a sheet for each register: households, visit log, donations, shop
checks, duty log, people under watch and health checks; the header rows, a drop-down on each word column,
room, phone and ID number columns kept as text, the header rows frozen.
Refuses to overwrite FILE unless --force.
${EXIT_OK_USAGE.en}`,
  },
  demo: {
    'zh-Hans': `用法：paicha demo [--out DIR] [--locale L] [--json]

用固定的随机种子生成示例工作簿（4 个工作组、4 个小区、719 户的故事，外加一份捐赠台账），
汇总后写出 DIR/paicha-demo.xlsx、DIR/paicha-demo.paicha.xlsx 和看板 DIR/paicha-demo.paicha.html
（默认 DIR：./out），并打印易读的摘要。
退出码：0 正常，2 读写错误。`,
    'zh-Hant': `用法：paicha demo [--out DIR] [--locale L] [--json]

用固定的隨機種子生成示例工作簿（4 個工作組、4 個小區、719 戶的故事，外加一份捐贈台賬），
彙總後寫出 DIR/paicha-demo.xlsx、DIR/paicha-demo.paicha.xlsx 和看板 DIR/paicha-demo.paicha.html
（預設 DIR：./out），並列印易讀的摘要。
退出碼：0 正常，2 讀寫錯誤。`,
    en: `Usage: paicha demo [--out DIR] [--locale L] [--json]

Generates the example workbook (the story of 4 groups, 4 compounds and 719 households, plus a donation
ledger) from a fixed seed, tallies it, writes DIR/paicha-demo.xlsx, DIR/paicha-demo.paicha.xlsx and
the dashboard DIR/paicha-demo.paicha.html (default DIR: ./out) and prints a readable summary.
Exit codes: 0 ok, 2 I/O error.`,
  },
  addon: {
    'zh-Hans': `用法：paicha addon [DIR] [--locale zh-Hans|zh-Hant|en]

把 Google 表格附加组件写进 DIR（默认：./paicha-addon），即粘贴到表格“扩展程序 → Apps Script”
的文件：paicha.gs、paicha-core.gs、dashboard.html、help.html（两个 HTML 文件：看板和帮助的网页）
和 appsscript.json，外加中英文步骤说明 README.txt。
按 --locale 打印每个文件的大小和操作步骤。
npm run build 写到 dist/addon、clasp push 推送的也是这些文件。
${EXIT_OK_USAGE['zh-Hans']}`,
    'zh-Hant': `用法：paicha addon [DIR] [--locale zh-Hans|zh-Hant|en]

把 Google 表格附加元件寫進 DIR（預設：./paicha-addon），即貼上到表格「擴充功能 → Apps Script」
的檔案：paicha.gs、paicha-core.gs、dashboard.html、help.html（兩個 HTML 檔案：看板和說明的網頁）
和 appsscript.json，外加中英文步驟說明 README.txt。
按 --locale 列印每個檔案的大小和操作步驟。
npm run build 寫到 dist/addon、clasp push 推送的也是這些檔案。
${EXIT_OK_USAGE['zh-Hant']}`,
    en: `Usage: paicha addon [DIR] [--locale zh-Hans|zh-Hant|en]

Writes the Google Sheets add-on into DIR (default: ./paicha-addon) as the files a person pastes into
the spreadsheet's Extensions → Apps Script: paicha.gs, paicha-core.gs, dashboard.html, help.html (two
HTML files: the dashboard's and the help's pages) and appsscript.json, plus
README.txt with the steps in Chinese and English. Prints each file's size and the steps in --locale.
The same files are what npm run build writes to dist/addon and what clasp push sends.
${EXIT_OK_USAGE.en}`,
  },
  rollup: {
    'zh-Hans': `用法：paicha rollup ID... | --list FILE [--out FILE | --write ID] [--json] [--concurrency N]

读取多个 Google 表格（ID 或网址；--list 从文件读取，每行一个，可用 # 注释），逐个汇总，打印一张
总表：每个表格一行，再加总计。某个表格失败会报告出来，其余的照样计入。

选项：
  -o, --out FILE       另把总表（汇总-全区）写入一个新的 .xlsx
  --write ID           另把总表写进该 Google 表格（它自己的表从不改动）
  --json               打印 {spreadsheets: [{id, title, ok, error?, result?}], totals}
  --concurrency N      同时读取的表格数（默认 4）
  ${asTally('zh-Hans')}   同 tally
读取不超过 Sheets API 配额：每分钟 PAICHA_READS_PER_MINUTE 次（默认 60），每个表格两次；
429 和 5xx 会退避重试。凭据：GOOGLE_APPLICATION_CREDENTIALS（服务账号）、应用默认凭据，或
GOOGLE_OAUTH_ACCESS_TOKEN。PAICHA_SHEETS_API_ROOT 设定 API 根地址。
退出码：0 全部计入，1 有表格失败，2 用法错误。`,
    'zh-Hant': `用法：paicha rollup ID... | --list FILE [--out FILE | --write ID] [--json] [--concurrency N]

讀取多個 Google 表格（ID 或網址；--list 從檔案讀取，每行一個，可用 # 註釋），逐個彙總，列印一張
總表：每個表格一行，再加總計。某個表格失敗會報告出來，其餘的照樣計入。

選項：
  -o, --out FILE       另把總表（彙總-全區）寫入一個新的 .xlsx
  --write ID           另把總表寫進該 Google 表格（它自己的表從不改動）
  --json               列印 {spreadsheets: [{id, title, ok, error?, result?}], totals}
  --concurrency N      同時讀取的表格數（預設 4）
  ${asTally('zh-Hant')}   同 tally
讀取不超過 Sheets API 配額：每分鐘 PAICHA_READS_PER_MINUTE 次（預設 60），每個表格兩次；
429 和 5xx 會退避重試。憑據：GOOGLE_APPLICATION_CREDENTIALS（服務賬號）、應用預設憑據，或
GOOGLE_OAUTH_ACCESS_TOKEN。PAICHA_SHEETS_API_ROOT 設定 API 根地址。
退出碼：0 全部計入，1 有表格失敗，2 用法錯誤。`,
    en: `Usage: paicha rollup ID... | --list FILE [--out FILE | --write ID] [--json] [--concurrency N]

Reads many Google spreadsheets (ids or URLs; --list reads them from a file, one a line, # comments
allowed), tallies each and prints one combined view: a row per spreadsheet and grand totals. A
spreadsheet that fails is reported and the others still count.

Options:
  -o, --out FILE       also write the combined view (sheet 汇总-全区) to a new .xlsx
  --write ID           also write it into that Google spreadsheet (its own sheets are never touched)
  --json               print {spreadsheets: [{id, title, ok, error?, result?}], totals} instead
  --concurrency N      spreadsheets read at once (default 4)
  ${asTally('en')}   as for tally
Reads stay under the Sheets API quota: PAICHA_READS_PER_MINUTE (default 60) a minute, two per
spreadsheet; 429 and 5xx answers are retried with backoff. Credentials: GOOGLE_APPLICATION_CREDENTIALS
(service account), Application Default Credentials, or GOOGLE_OAUTH_ACCESS_TOKEN. PAICHA_SHEETS_API_ROOT
sets the API root.
Exit codes: 0 all counted, 1 one or more spreadsheets failed, 2 usage error.`,
  },
} as const satisfies Record<string, Words>;

export type HelpTopic = keyof typeof HELP_WORDS;
