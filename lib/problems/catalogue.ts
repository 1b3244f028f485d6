import type { Words } from '../i18n/locale.ts';

export type Severity = 'error' | 'warning' | 'info';

export type ProblemSpec = {
  readonly severity: Severity;
  readonly title: Words;
  /** Says what is wrong and what to do. Placeholders: {sheet} {field} {value} and the problem's params. Never the place: every display shows it beside the message (CLI line, 问题清单 columns, JSON fields, the cell's own note). */
  readonly message: Words;
};

/**
 * Every problem paicha reports (after Frictionless' error catalogue, plus spreadsheet ones). Problems
 * are stored as data and rendered in the reader's locale only when shown.
 */
export const problems = {
  'missing-column': {
    severity: 'error',
    title: { 'zh-Hans': '缺少列', 'zh-Hant': '缺少欄', en: 'Missing column' },
    message: {
      'zh-Hans': '表“{sheet}”缺少必填列“{field}”。请在表头行加上这一列（也可以叫：{aliases}）。',
      'zh-Hant': '表「{sheet}」缺少必填欄「{field}」。請在表頭列加上這一欄（也可以叫：{aliases}）。',
      en: 'Sheet "{sheet}" has no "{field}" column. Add it to the header row (it may also be called: {aliases}).',
    },
  },
  'unknown-column': {
    severity: 'warning',
    title: { 'zh-Hans': '未识别的列', 'zh-Hant': '未識別的欄', en: 'Unknown column' },
    message: {
      'zh-Hans': '列“{value}”不是 paicha 认识的列，统计时不使用。如果它就是某个标准列，请改成标准列名。',
      'zh-Hant': '欄「{value}」不是 paicha 認識的欄，統計時不使用。如果它就是某個標準欄，請改成標準欄名。',
      en: 'Column "{value}" is not one paicha knows; it is not used. If it is a standard column, rename it.',
    },
  },
  required: {
    severity: 'error',
    title: { 'zh-Hans': '必填项为空', 'zh-Hant': '必填項為空', en: 'Required value missing' },
    message: {
      'zh-Hans': '“{field}”是必填项，不能为空。请补上。',
      'zh-Hant': '「{field}」是必填項，不能為空。請補上。',
      en: '"{field}" is required. Please fill it in.',
    },
  },
  type: {
    severity: 'error',
    title: { 'zh-Hans': '类型不对', 'zh-Hant': '類型不對', en: 'Wrong type' },
    message: {
      'zh-Hans': '“{field}”的值“{value}”不是{expected}。请改成{expected}。{suggestion}',
      'zh-Hant': '「{field}」的值「{value}」不是{expected}。請改成{expected}。{suggestion}',
      en: '"{field}" value "{value}" is not {expected}. Please enter {expected}.{suggestion}',
    },
  },
  format: {
    severity: 'error',
    title: { 'zh-Hans': '格式不对', 'zh-Hant': '格式不對', en: 'Wrong format' },
    message: {
      'zh-Hans': '“{field}”的值“{value}”看不懂，应为{expected}。请按这个格式重填。{suggestion}',
      'zh-Hant': '「{field}」的值「{value}」看不懂，應為{expected}。請按這個格式重填。{suggestion}',
      en: 'Cannot read "{value}" as {expected} in "{field}". Please retype it in that form.{suggestion}',
    },
  },
  enum: {
    severity: 'error',
    title: { 'zh-Hans': '不在可选值中', 'zh-Hant': '不在可選值中', en: 'Not an allowed value' },
    message: {
      'zh-Hans': '“{field}”的值“{value}”不在可选值中。请从下拉列表选择：{allowed}。',
      'zh-Hant': '「{field}」的值「{value}」不在可選值中。請從下拉清單選擇：{allowed}。',
      en: '"{value}" is not an allowed "{field}". Choose one of: {allowed}.',
    },
  },
  'status-guess': {
    severity: 'warning',
    title: { 'zh-Hans': '核查状态写法不标准', 'zh-Hant': '核查狀態寫法不標準', en: 'Status read by a guess' },
    message: {
      'zh-Hans': '“{field}”的“{value}”不是标准写法，暂按“待核查”统计，不计入登记率。{suggestion}确认后请改成标准写法。',
      'zh-Hant': '「{field}」的「{value}」不是標準寫法，暫按「待核查」統計，不計入登記率。{suggestion}確認後請改成標準寫法。',
      en: '"{value}" in "{field}" is not a standard status; it counts as pending, outside the registration rate, until corrected.{suggestion}',
    },
  },
  range: {
    severity: 'error',
    title: { 'zh-Hans': '超出范围', 'zh-Hant': '超出範圍', en: 'Out of range' },
    message: {
      'zh-Hans': '“{field}”的值“{value}”超出合理范围（{expected}）。请核对后改正。',
      'zh-Hant': '「{field}」的值「{value}」超出合理範圍（{expected}）。請核對後改正。',
      en: '"{field}" value "{value}" is out of range ({expected}). Please check and correct it.',
    },
  },
  duplicate: {
    severity: 'error',
    title: { 'zh-Hans': '重复登记', 'zh-Hant': '重複登記', en: 'Duplicate' },
    message: {
      'zh-Hans': '第{row}行与{first}是同一{what}（{value}），只计一次。请删掉重复的一行，或改正填错的那一行。',
      'zh-Hant': '第{row}列與{first}是同一{what}（{value}），只計一次。請刪掉重複的一列，或改正填錯的那一列。',
      en: 'Row {row} is the same {what} as {first} ({value}); it is counted once. Delete the repeated row or correct it.',
    },
  },
  rule: {
    severity: 'error',
    title: { 'zh-Hans': '不符合规则', 'zh-Hant': '不符合規則', en: 'Rule broken' },
    message: {
      'zh-Hans': '{rule}',
      'zh-Hant': '{rule}',
      en: '{rule}',
    },
  },
  'total-mismatch': {
    severity: 'error',
    title: { 'zh-Hans': '合计对不上', 'zh-Hant': '合計對不上', en: 'Total does not match' },
    message: {
      'zh-Hans': '第{row}行写的{what}是 {stated}，但各行加起来是 {computed}（差 {difference}）。请核对明细或合计。',
      'zh-Hant': '第{row}列寫的{what}是 {stated}，但各列加起來是 {computed}（差 {difference}）。請核對明細或合計。',
      en: 'Row {row} states {what} {stated}, but the rows add up to {computed} (difference {difference}). Check the rows or the total.',
    },
  },
  'total-match': {
    severity: 'info',
    title: { 'zh-Hans': '合计已核对', 'zh-Hant': '合計已核對', en: 'Total checked' },
    message: {
      'zh-Hans': '第{row}行写的{what} {stated} 与各行之和一致。',
      'zh-Hant': '第{row}列寫的{what} {stated} 與各列之和一致。',
      en: 'Row {row} states {what} {stated}, which matches the rows.',
    },
  },
  'formula-error': {
    severity: 'error',
    title: { 'zh-Hans': '公式出错', 'zh-Hant': '公式出錯', en: 'Formula error' },
    message: {
      'zh-Hans': '“{field}”显示 {value}，是公式出错。请修好公式或直接填写数值。',
      'zh-Hant': '「{field}」顯示 {value}，是公式出錯。請修好公式或直接填寫數值。',
      en: '"{field}" shows {value}, a formula error. Fix the formula or type the value.',
    },
  },
  'precision-loss': {
    severity: 'error',
    title: { 'zh-Hans': '数字已失真', 'zh-Hant': '數字已失真', en: 'Digits lost' },
    message: {
      'zh-Hans': '“{field}”被存成了数字，可能已丢失位数（如末尾几位或开头的 0）。请把这一列设为纯文本后重新输入。',
      'zh-Hant': '「{field}」被存成了數字，可能已遺失位數（如末尾幾位或開頭的 0）。請把這一欄設為純文字後重新輸入。',
      en: '"{field}" was stored as a number and may have lost digits (trailing digits or a leading 0). Format the column as plain text and retype it.',
    },
  },
  mojibake: {
    severity: 'error',
    title: { 'zh-Hans': '乱码', 'zh-Hant': '亂碼', en: 'Garbled text' },
    message: {
      'zh-Hans': '“{field}”的“{value}”像是编码错误造成的乱码。{suggestion}请用正确的编码重新导入。',
      'zh-Hant': '「{field}」的「{value}」像是編碼錯誤造成的亂碼。{suggestion}請用正確的編碼重新匯入。',
      en: '"{value}" in "{field}" looks garbled by a wrong text encoding.{suggestion} Re-import the file with the right encoding.',
    },
  },
  'mojibake-repaired': {
    severity: 'warning',
    title: { 'zh-Hans': '乱码已按原文统计', 'zh-Hant': '亂碼已按原文統計', en: 'Garbled text read as meant' },
    message: {
      'zh-Hans':
        '“{field}”的“{value}”是编码错误造成的乱码，能无损还原为本列已有的“{repaired}”，已按“{repaired}”统计。请把这一格改回“{repaired}”。',
      'zh-Hant':
        '「{field}」的「{value}」是編碼錯誤造成的亂碼，能無損還原為本欄已有的「{repaired}」，已按「{repaired}」統計。請把這一格改回「{repaired}」。',
      en: '"{value}" in "{field}" is garbled by a wrong text encoding; it repairs exactly to "{repaired}", which other rows of this column hold, and is counted as "{repaired}". Change the cell back to "{repaired}".',
    },
  },
  'control-character': {
    severity: 'error',
    title: { 'zh-Hans': '含控制字符', 'zh-Hant': '含控制字元', en: 'Control character' },
    message: {
      'zh-Hans':
        '“{field}”的值“{value}”含有控制字符（显示为 \\u 加编号），不是正常输入的文字，可能是从终端或程序输出里粘贴来的。这一格不计入统计；请删掉后重新输入。',
      'zh-Hant':
        '「{field}」的值「{value}」含有控制字元（顯示為 \\u 加編號），不是正常輸入的文字，可能是從終端機或程式輸出裡貼上的。這一格不計入統計；請刪掉後重新輸入。',
      en: '"{field}" value "{value}" holds control characters (shown as \\u and a number), which nobody types: it was likely pasted from a terminal or a program\'s output. The cell is not counted; delete it and type it again.',
    },
  },
  'unclosed-quote': {
    severity: 'error',
    title: { 'zh-Hans': '引号未闭合', 'zh-Hant': '引號未閉合', en: 'Quote never closed' },
    message: {
      'zh-Hans':
        '这一格以英文双引号 " 开头，但文件里再也没有对应的结束引号，后面的行原本都会被吞进这一格。paicha 已按没有这个引号读取（读作“{value}”），后面的行照常统计。请在原表中核对这一格并删掉多余的引号，或补上结束引号。',
      'zh-Hant':
        '這一格以英文雙引號 " 開頭，但檔案裡再也沒有對應的結束引號，後面的列原本都會被吞進這一格。paicha 已按沒有這個引號讀取（讀作「{value}」），後面的列照常統計。請在原表中核對這一格並刪掉多餘的引號，或補上結束引號。',
      en: 'This cell opens with a double quote " that is never closed in the file, which would swallow every later row into it. paicha read it as if the quote were not there (as "{value}") and counted the rows after it. Check the cell and delete the stray quote, or close it.',
    },
  },
  'total-row': {
    severity: 'info',
    title: { 'zh-Hans': '合计行', 'zh-Hant': '合計列', en: 'Total row' },
    message: {
      'zh-Hans': '第{row}行是合计行，不计入统计。',
      'zh-Hant': '第{row}列是合計列，不計入統計。',
      en: 'Row {row} is a total row; it is not counted.',
    },
  },
  'blank-row': {
    severity: 'info',
    title: { 'zh-Hans': '空行', 'zh-Hant': '空列', en: 'Blank row' },
    message: {
      'zh-Hans': '表“{sheet}”有 {count} 个空行（包括只有序号或预填了组别、小区的行），已跳过。',
      'zh-Hant': '表「{sheet}」有 {count} 個空列（包括只有序號或預填了組別、小區的列），已跳過。',
      en: 'Sheet "{sheet}" has {count} blank rows (including rows with only a number or a pre-filled group or compound); they were skipped.',
    },
  },
  'unknown-sheet': {
    severity: 'info',
    title: { 'zh-Hans': '未识别的表', 'zh-Hant': '未識別的表', en: 'Sheet not recognized' },
    message: {
      'zh-Hans': '表“{sheet}”的前 10 行里找不到住户或捐赠表头，已跳过。如果它是登记表，请检查表头。',
      'zh-Hant': '表「{sheet}」的前 10 列裡找不到住戶或捐贈表頭，已跳過。如果它是登記表，請檢查表頭。',
      en: 'Sheet "{sheet}" has no household or donation header in its first 10 rows; it was skipped. If it is a register, check its header.',
    },
  },
  'too-large': {
    severity: 'error',
    title: { 'zh-Hans': '表太大', 'zh-Hant': '表太大', en: 'Sheet too large' },
    message: {
      'zh-Hans': '表“{sheet}”有 {count} 个单元格，超过一次能处理的 {limit} 个。请用命令行工具统计，或把表拆开。',
      'zh-Hant': '表「{sheet}」有 {count} 個儲存格，超過一次能處理的 {limit} 個。請用命令列工具統計，或把表拆開。',
      en: 'Sheet "{sheet}" has {count} cells, more than the {limit} one run can handle. Use the command-line tool, or split the sheet.',
    },
  },
} as const satisfies Record<string, ProblemSpec>;

export type ProblemCode = keyof typeof problems;
export const PROBLEM_CODES = Object.keys(problems) as ProblemCode[];
