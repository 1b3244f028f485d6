import type { Words } from './locale.ts';

// What the CLI says when a file cannot be read or written: why, and what to do. Each reason has a
// {why} and a {todo}; FILE_FRAME puts them together with the file's name. Placeholders are filled from
// the error's params (numbers already formatted).

export type FileWords = { readonly why: Words; readonly todo: Words };

const SAVE_AS_XLSX: Words = {
  'zh-Hans': '请用 Excel 或 WPS 打开，另存为 Excel 工作簿（.xlsx），再对新文件运行 paicha。',
  'zh-Hant': '請用 Excel 或 WPS 開啟，另存為 Excel 活頁簿（.xlsx），再對新檔案執行 paicha。',
  en: 'Open it in Excel or WPS and save it as an Excel workbook (.xlsx), then run paicha on that file.',
};

// A cell beyond the sheet's last row or column: whichever way the place is named, the remedy is the same.
const DAMAGED: Words = {
  'zh-Hans': '文件已损坏，或不是电子表格软件写的；请用 Excel 或 WPS 打开并另存，再对新文件运行 paicha。',
  'zh-Hant': '檔案已損壞，或不是試算表軟體寫的；請用 Excel 或 WPS 開啟並另存，再對新檔案執行 paicha。',
  en: 'The file is damaged or was not written by a spreadsheet program; open it in Excel or WPS, save it again, and run paicha on the saved copy.',
};

const SPLIT: Words = {
  'zh-Hans': '请把数据拆成几个文件（例如每个小区或每月一个），再一起统计：paicha tally a.xlsx b.xlsx。',
  'zh-Hant': '請把資料拆成幾個檔案（例如每個小區或每月一個），再一起統計：paicha tally a.xlsx b.xlsx。',
  en: 'Split the data into several files (e.g. one per compound or per month) and tally them together: paicha tally a.xlsx b.xlsx.',
};

const w = (zhHans: string, zhHant: string, en: string): Words => ({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });

/** Why a file could not be read, and what to do. */
export const READ_WORDS = {
  notFound: {
    why: w('没有这个文件', '沒有這個檔案', 'no such file'),
    todo: w('请检查文件名和所在文件夹。', '請檢查檔名和所在資料夾。', 'Check the name and the folder.'),
  },
  folder: {
    why: w('这是一个文件夹', '這是一個資料夾', 'it is a folder'),
    todo: w('请指定文件夹里的某个表格文件。', '請指定資料夾裡的某個表格檔案。', 'Name a workbook file inside it.'),
  },
  notRegular: {
    why: w(
      '它不是普通文件，而是{what}，读不完',
      '它不是普通檔案，而是{what}，讀不完',
      'it is not a regular file but {what}, which never ends',
    ),
    todo: w(
      '请先把数据保存成 .xlsx、.xls 或 .csv 文件，再对该文件运行 paicha。',
      '請先把資料儲存成 .xlsx、.xls 或 .csv 檔案，再對該檔案執行 paicha。',
      'Save the data to an .xlsx, .xls or .csv file first and run paicha on that file.',
    ),
  },
  linkLoop: {
    why: w(
      '它是一个指向自身的快捷方式（符号链接循环）',
      '它是一個指向自身的捷徑（符號連結迴圈）',
      'it is a symbolic link that points back to itself (a link loop)',
    ),
    todo: w('请指定真正的文件。', '請指定真正的檔案。', 'Name the real file instead.'),
  },
  permission: {
    why: w('没有读取权限', '沒有讀取權限', 'permission denied'),
    todo: w('请确认你有权读取这个文件。', '請確認你有權讀取這個檔案。', 'Check you may read the file.'),
  },
  busy: {
    why: w('文件被其他程序锁定', '檔案被其他程式鎖定', 'the file is locked by another program'),
    todo: w(
      '请关闭它（例如在 Excel 或 WPS 中），再运行 paicha。',
      '請關閉它（例如在 Excel 或 WPS 中），再執行 paicha。',
      'Close it (e.g. in Excel or WPS) and run paicha again.',
    ),
  },
  io: {
    why: w('读取时出错（{errno}）', '讀取時出錯（{errno}）', 'reading failed ({errno})'),
    todo: w('请确认文件可以打开。', '請確認檔案可以開啟。', 'Check the file can be opened.'),
  },
  empty: {
    why: w('文件是空的（0 字节）', '檔案是空的（0 位元組）', 'the file is empty (0 bytes)'),
    todo: w(
      '请确认是你要的文件；它可能还没下载或保存完。',
      '請確認是你要的檔案；它可能還沒下載或儲存完。',
      'Check it is the file you meant; it may not have finished downloading or saving.',
    ),
  },
  emptyWorkbook: {
    why: w('它的每个表都是空的，没有任何数据', '它的每個表都是空的，沒有任何資料', 'every sheet in it is empty: there is no data'),
    todo: w(
      '请确认是你要的文件，并且数据已保存在里面。',
      '請確認是你要的檔案，並且資料已儲存在裡面。',
      'Check it is the file you meant and that the data was saved in it.',
    ),
  },
  encoding: {
    why: w('它既不是 UTF-8 也不是 GB18030/GBK 文本', '它既不是 UTF-8 也不是 GB18030/GBK 文字', 'it is neither UTF-8 nor GB18030/GBK text'),
    todo: w(
      '请用 Excel 或 WPS 打开，另存为“CSV UTF-8”或 .xlsx。',
      '請用 Excel 或 WPS 開啟，另存為「CSV UTF-8」或 .xlsx。',
      'Open it in Excel or WPS and save it again as "CSV UTF-8", or save it as .xlsx.',
    ),
  },
  binary: {
    why: w(
      '它不是 paicha 能读的表格（名为 {ext} 的二进制文件）',
      '它不是 paicha 能讀的表格（名為 {ext} 的二進位檔案）',
      'it is not a spreadsheet paicha can read (a binary file named {ext})',
    ),
    todo: w('paicha 读取 .xlsx、.xls 和 .csv 文件。', 'paicha 讀取 .xlsx、.xls 和 .csv 檔案。', 'paicha reads .xlsx, .xls and .csv files.'),
  },
  html: {
    why: w(
      '它是网页（HTML），只是名字叫 {ext}，不是真正的表格',
      '它是網頁（HTML），只是名字叫 {ext}，不是真正的表格',
      'it is a web page (HTML) with a {ext} name, not a real spreadsheet',
    ),
    todo: SAVE_AS_XLSX,
  },
  xml2003: { why: w('它是 Excel 2003 XML 表格', '它是 Excel 2003 XML 表格', 'it is an Excel 2003 XML spreadsheet'), todo: SAVE_AS_XLSX },
  pdf: {
    why: w('它是 PDF 文档，不是表格', '它是 PDF 文件，不是表格', 'it is a PDF document, not a spreadsheet'),
    todo: w(
      '请向对方要生成这个 PDF 的表格文件（.xlsx、.xls 或 .csv）。',
      '請向對方要產生這個 PDF 的表格檔案（.xlsx、.xls 或 .csv）。',
      'Ask for the spreadsheet the PDF was made from (.xlsx, .xls or .csv).',
    ),
  },
  xlsb: {
    why: w('它是 Excel 二进制工作簿（.xlsb）', '它是 Excel 二進位活頁簿（.xlsb）', 'it is an Excel binary workbook (.xlsb)'),
    todo: SAVE_AS_XLSX,
  },
  ods: {
    why: w('它是 OpenDocument 表格（.ods）', '它是 OpenDocument 試算表（.ods）', 'it is an OpenDocument spreadsheet (.ods)'),
    todo: SAVE_AS_XLSX,
  },
  word: {
    why: w('它是 Word 文档，不是表格', '它是 Word 文件，不是表格', 'it is a Word document, not a spreadsheet'),
    todo: w(
      '请向对方要表格文件本身（.xlsx、.xls 或 .csv）。',
      '請向對方要表格檔案本身（.xlsx、.xls 或 .csv）。',
      'Ask for the spreadsheet itself (.xlsx, .xls or .csv).',
    ),
  },
  zipNoWorkbook: {
    why: w('它是压缩包，里面没有工作簿', '它是壓縮檔，裡面沒有活頁簿', 'it is a zip archive without a workbook in it'),
    todo: w(
      '如果里面有表格，请先解压，再对其中的 .xlsx 运行 paicha。',
      '如果裡面有表格，請先解壓縮，再對其中的 .xlsx 執行 paicha。',
      'If it holds spreadsheets, unzip it and run paicha on the .xlsx inside.',
    ),
  },
  encrypted: {
    why: w('它设置了密码', '它設定了密碼', 'it is password-protected'),
    todo: w(
      '请用 Excel 或 WPS 打开，取消密码（文件 → 信息 → 保护工作簿）后保存，再运行 paicha。',
      '請用 Excel 或 WPS 開啟，取消密碼（檔案 → 資訊 → 保護活頁簿）後儲存，再執行 paicha。',
      'Open it in Excel or WPS, remove the password (File → Info → Protect Workbook), save it, and run paicha again.',
    ),
  },
  corrupt: {
    why: w('它看起来是{format}，但读不出来', '它看起來是{format}，但讀不出來', 'it looks like {format} but could not be read'),
    todo: w('文件可能已损坏或没下载完整。', '檔案可能已損壞或沒下載完整。', 'The file may be damaged or only partly downloaded.'),
  },
  xlsGarbage: {
    why: w(
      '它是旧版 .xls 工作簿，但其中的工作簿数据已损坏，读不出任何表',
      '它是舊版 .xls 活頁簿，但其中的活頁簿資料已損壞，讀不出任何表',
      'it is a legacy .xls workbook whose workbook data is damaged: no sheet can be read from it',
    ),
    todo: w(
      '文件可能已损坏或没下载完整。请重新获取，或用 Excel/WPS 打开后另存为 .xlsx。',
      '檔案可能已損壞或沒下載完整。請重新取得，或用 Excel/WPS 開啟後另存為 .xlsx。',
      'The file may be damaged or only partly downloaded: get it again, or open it in Excel or WPS and save it as .xlsx.',
    ),
  },
  limitBytes: {
    why: w(
      '文件有 {found}，超过 paicha 一次能读的上限 {limit}',
      '檔案有 {found}，超過 paicha 一次能讀的上限 {limit}',
      'it is {found}, more than the {limit} paicha reads from one file',
    ),
    todo: SPLIT,
  },
  limitUnpacked: {
    why: w(
      '它解压后超过 {limit}（一个文件的上限）',
      '它解壓縮後超過 {limit}（一個檔案的上限）',
      'it unpacks to more than {limit} (the limit for one file)',
    ),
    todo: w(
      '如果它真是登记表，请拆成几个文件再一起统计；很小的文件解压出这么大，说明它已损坏或是“压缩炸弹”。',
      '如果它真是登記表，請拆成幾個檔案再一起統計；很小的檔案解壓縮出這麼大，說明它已損壞或是「壓縮炸彈」。',
      'If it is a real register, split it into several files and tally them together; a small file that unpacks this far is damaged or a zip bomb.',
    ),
  },
  limitRows: {
    why: w(
      '{where}有 {found} 行以上，超过上限 {limit} 行（Excel 一个表的最大行数）',
      '{where}有 {found} 列以上，超過上限 {limit} 列（Excel 一個表的最大列數）',
      '{where} has {found} rows or more, beyond the limit of {limit} (the most rows an Excel sheet holds)',
    ),
    todo: SPLIT,
  },
  limitColumns: {
    why: w(
      '{where}有 {found} 列，超过上限 {limit} 列（Excel 一个表的最大列数）',
      '{where}有 {found} 欄，超過上限 {limit} 欄（Excel 一個表的最大欄數）',
      '{where} has {found} columns, beyond the limit of {limit} (the most columns an Excel sheet holds)',
    ),
    todo: w(
      '登记表不会有这么多列：文件可能已损坏，或分隔符不对。请用 Excel 或 WPS 打开检查后另存为 .xlsx；如果数据确实这么宽，请按列拆成几个文件。',
      '登記表不會有這麼多欄：檔案可能已損壞，或分隔符號不對。請用 Excel 或 WPS 開啟檢查後另存為 .xlsx；如果資料確實這麼寬，請按欄拆成幾個檔案。',
      'No register is this wide: the file may be damaged or use another separator. Open it in Excel or WPS, check it and save it as .xlsx; if the data really is this wide, split its columns into several files.',
    ),
  },
  limitCells: {
    why: w(
      '它的表格区域有 {found} 个单元格，超过上限 {limit} 个（一个文件的上限，与 Google 表格相同）',
      '它的表格區域有 {found} 個儲存格，超過上限 {limit} 個（一個檔案的上限，與 Google 試算表相同）',
      "its used ranges hold {found} cells, more than the limit of {limit} for one file (Google Sheets' own limit)",
    ),
    todo: w(
      '如果最远的单元格是数据外的零星内容，请删掉数据以外的行和列（Ctrl+End 可跳到最后一个单元格）并保存；否则请把数据拆成几个文件再一起统计：paicha tally a.xlsx b.xlsx。',
      '如果最遠的儲存格是資料外的零星內容，請刪掉資料以外的列和欄（Ctrl+End 可跳到最後一個儲存格）並儲存；否則請把資料拆成幾個檔案再一起統計：paicha tally a.xlsx b.xlsx。',
      'If the farthest cell is a stray one beyond the data, delete the rows and columns beyond your data (Ctrl+End jumps to the last cell) and save; otherwise split the data into several files and tally them together: paicha tally a.xlsx b.xlsx.',
    ),
  },
  limitCellsSheet: {
    why: w(
      '工作表“{sheet}”的表格区域一直到 {farthest}（{found} 个单元格），超过一个文件的上限 {limit} 个（与 Google 表格相同）',
      '工作表「{sheet}」的表格區域一直到 {farthest}（{found} 個儲存格），超過一個檔案的上限 {limit} 個（與 Google 試算表相同）',
      'sheet "{sheet}" reaches {farthest} ({found} cells), more than the limit of {limit} for one file (Google Sheets\' own limit)',
    ),
    todo: w(
      '如果 {farthest} 是数据外的零星内容，请删掉数据以外的行和列（Ctrl+End 可跳到最后一个单元格）并保存；否则请把数据拆成几个文件再一起统计：paicha tally a.xlsx b.xlsx。',
      '如果 {farthest} 是資料外的零星內容，請刪掉資料以外的列和欄（Ctrl+End 可跳到最後一個儲存格）並儲存；否則請把資料拆成幾個檔案再一起統計：paicha tally a.xlsx b.xlsx。',
      'If {farthest} is a stray cell beyond the data, delete the rows and columns beyond your data (Ctrl+End jumps to the last cell) and save; otherwise split the data into several files and tally them together: paicha tally a.xlsx b.xlsx.',
    ),
  },
  limitSheetAt: {
    why: w(
      '工作表“{sheet}”在 {cell} 有一个单元格，超出 Excel 表格的范围',
      '工作表「{sheet}」在 {cell} 有一個儲存格，超出 Excel 表格的範圍',
      'sheet "{sheet}" has a cell at {cell}, beyond the last row or column an Excel sheet has',
    ),
    todo: DAMAGED,
  },
  limitSheet: {
    why: w(
      '{where}有一个单元格超出 Excel 表格的范围',
      '{where}有一個儲存格超出 Excel 表格的範圍',
      '{where} has a cell beyond the last row or column an Excel sheet has',
    ),
    todo: DAMAGED,
  },
  noRegister: {
    why: w(
      '里面没有 paicha 认得的登记表。看过的表和各表第一行：{sheets}',
      '裡面沒有 paicha 認得的登記表。看過的表和各表第一列：{sheets}',
      'there is no register paicha knows in it. Sheets looked at, with their first row: {sheets}',
    ),
    todo: w(
      'paicha 在每个表的前 10 行里找住户登记表（小区、楼号、门牌号……）或捐款表（捐赠人、金额……）的表头。请检查表头的写法；什么也没有写出。',
      'paicha 在每個表的前 10 列裡找住戶登記表（小區、樓號、門牌號……）或捐款表（捐贈人、金額……）的表頭。請檢查表頭的寫法；什麼也沒有寫出。',
      'paicha looks in the first 10 rows of each sheet for the header of a household register (小区, 楼号, 门牌号 …) or a donation ledger (捐赠人, 金额 …). Check the header; nothing was written.',
    ),
  },
  ownOutput: {
    why: w(
      '它是 paicha 生成的汇总（带有 paicha 的标记），不是登记表',
      '它是 paicha 產生的彙總（帶有 paicha 的標記），不是登記表',
      "it is a summary paicha wrote (it carries paicha's marker), not a register",
    ),
    todo: w(
      '请对生成它的登记表运行 paicha，例如 paicha tally {source}。',
      '請對產生它的登記表執行 paicha，例如 paicha tally {source}。',
      'Run paicha on the register it was made from, e.g. paicha tally {source}.',
    ),
  },
} as const satisfies Record<string, FileWords>;

/** Why paicha will not write a file, or could not. */
export const WRITE_WORDS = {
  outFolder: {
    why: w('这是一个文件夹', '這是一個資料夾', 'it is a folder'),
    todo: w(
      '请用 --out 指定一个 .xlsx 文件名，例如 --out {suggestion}。',
      '請用 --out 指定一個 .xlsx 檔名，例如 --out {suggestion}。',
      'Name an .xlsx file with --out, e.g. --out {suggestion}.',
    ),
  },
  notPaichaOutput: {
    why: w(
      '已有一个同名文件，它不是 paicha 生成的汇总表',
      '已有一個同名檔案，它不是 paicha 產生的彙總表',
      'a file that is not a paicha summary already has this name',
    ),
    todo: w(
      '请用 --out 换一个文件名，或把那个文件移走。',
      '請用 --out 換一個檔名，或把那個檔案移走。',
      'Choose another output with --out, or move that file away.',
    ),
  },
  userSheets: {
    why: w(
      '文件已存在，里面有不是 paicha 生成的表（{sheets}）',
      '檔案已存在，裡面有不是 paicha 產生的表（{sheets}）',
      'it already exists and holds sheets paicha did not create ({sheets})',
    ),
    todo: w(
      '请用 --out 换一个文件名；要把汇总表加进这个工作簿，请用 --in-place。',
      '請用 --out 換一個檔名；要把彙總表加進這個活頁簿，請用 --in-place。',
      'Choose another output with --out; to add the summary sheets to that workbook use --in-place.',
    ),
  },
  overwriteInput: {
    why: w(
      '它是输入文件，paicha 从不覆盖输入文件',
      '它是輸入檔案，paicha 從不覆寫輸入檔案',
      'it is the input file, which paicha never overwrites',
    ),
    todo: w(
      '请用 --out 换一个文件名，或用 --in-place 把汇总表加进它。',
      '請用 --out 換一個檔名，或用 --in-place 把彙總表加進它。',
      'Choose another output with --out, or use --in-place to add the summary sheets to it.',
    ),
  },
  badExtension: {
    why: w('paicha 写的是 Excel 工作簿（.xlsx）', 'paicha 寫的是 Excel 活頁簿（.xlsx）', 'paicha writes Excel workbooks (.xlsx)'),
    todo: w('请用以 .xlsx 结尾的文件名。', '請用以 .xlsx 結尾的檔名。', 'Give the output a name ending in .xlsx.'),
  },
  inPlaceUnsupported: {
    why: w('paicha 只能把表加进 .xlsx 工作簿', 'paicha 只能把表加進 .xlsx 活頁簿', 'paicha adds sheets in place only to .xlsx workbooks'),
    todo: w(
      '请改用 --out 文件名.xlsx，把汇总表写到新工作簿。',
      '請改用 --out 檔名.xlsx，把彙總表寫到新活頁簿。',
      'Use --out FILE.xlsx to write the summary sheets to a new workbook instead.',
    ),
  },
  notRegular: {
    why: w('它不是普通文件，而是{what}', '它不是普通檔案，而是{what}', 'it is not a regular file but {what}'),
    todo: w('请用 --out 指定一个 .xlsx 文件名。', '請用 --out 指定一個 .xlsx 檔名。', 'Name an .xlsx file with --out.'),
  },
  linkLoop: READ_WORDS.linkLoop,
  busy: {
    why: w('文件正被其他程序打开或锁定', '檔案正被其他程式開啟或鎖定', 'the file is open in another program or locked'),
    todo: w(
      '请关闭它（例如在 Excel 或 WPS 中），再运行 paicha。',
      '請關閉它（例如在 Excel 或 WPS 中），再執行 paicha。',
      'Close it (e.g. in Excel or WPS) and run paicha again.',
    ),
  },
  permission: {
    why: w('没有写入权限', '沒有寫入權限', 'permission denied'),
    todo: w(
      '请确认文件夹可写，或用 --out 换一个位置。',
      '請確認資料夾可寫，或用 --out 換一個位置。',
      'Check the folder is writable, or choose another output with --out.',
    ),
  },
  folderMissing: {
    why: w('它所在的文件夹不存在', '它所在的資料夾不存在', 'its folder does not exist'),
    todo: w(
      '请先建好文件夹，或用 --out 换一个位置。',
      '請先建好資料夾，或用 --out 換一個位置。',
      'Create the folder or choose another output with --out.',
    ),
  },
  diskFull: {
    why: w('磁盘已满', '磁碟已滿', 'the disk is full'),
    todo: w(
      '请腾出空间后再运行 paicha；原来的文件没有改动。',
      '請騰出空間後再執行 paicha；原來的檔案沒有改動。',
      'Free some space and run paicha again; the old file is unchanged.',
    ),
  },
  io: {
    why: w('写入时出错（{errno}）', '寫入時出錯（{errno}）', 'writing failed ({errno})'),
    todo: w(
      '原来的文件没有改动；请检查磁盘和文件夹后再试。',
      '原來的檔案沒有改動；請檢查磁碟和資料夾後再試。',
      'The old file is unchanged; check the disk and the folder and try again.',
    ),
  },
} as const satisfies Record<string, FileWords>;

export type ReadReason = keyof typeof READ_WORDS;
export type WriteReason = keyof typeof WRITE_WORDS;

/** Words that name a thing inside a reason: kinds of files and formats. */
export const FILE_THINGS = {
  fifo: w('管道（FIFO）', '管道（FIFO）', 'a pipe (FIFO)'),
  device: w('设备文件', '裝置檔案', 'a device'),
  socket: w('套接字', '通訊端', 'a socket'),
  xlsx: w(' .xlsx（zip）工作簿', ' .xlsx（zip）活頁簿', 'an .xlsx (zip) workbook'),
  xls: w('旧版 .xls 工作簿', '舊版 .xls 活頁簿', 'a legacy .xls workbook'),
  csv: w('文本（.csv）文件', '文字（.csv）檔案', 'a text (.csv) file'),
  file: w('文件', '檔案', 'the file'),
  row: w('第 {row} 行', '第 {row} 列', 'row {row}'),
  sheet: w('表“{sheet}”', '表「{sheet}」', 'sheet "{sheet}"'),
  sheetFirstRow: w('“{sheet}”（{row}）', '「{sheet}」（{row}）', '"{sheet}" ({row})'),
  emptyRow: w('空', '空', 'empty'),
  sheetSeparator: w('；', '；', '; '),
} as const satisfies Record<string, Words>;

/** A whole message: which file, why, what to do. */
export const FILE_FRAME = {
  read: w('无法读取 {file}：{why}。{todo}', '無法讀取 {file}：{why}。{todo}', 'Cannot read {file}: {why}. {todo}'),
  write: w('无法写入 {file}：{why}。{todo}', '無法寫入 {file}：{why}。{todo}', 'Cannot write {file}: {why}. {todo}'),
  internal: w(
    'paicha 内部出错（{detail}）。这不是你的数据的问题；请把这条信息和所用的命令报告给 paicha 的维护者。',
    'paicha 內部出錯（{detail}）。這不是你的資料的問題；請把這條訊息和所用的命令回報給 paicha 的維護者。',
    "paicha failed inside ({detail}). This is not a problem with your data; please report this message and the command to paicha's maintainers.",
  ),
} as const satisfies Record<string, Words>;
