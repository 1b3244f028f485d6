import { createRequire } from 'node:module';
import { attr, tags } from './xml.ts';

// ExcelJS's table of built-in number formats (data only), so both readers call the same ids dates.
// Ids whose code depends on the locale (27–36, 50–58: 2020年1月29日, 1月29日 in Chinese Excel) take the
// zh-CN code, as fixExcelJs makes ExcelJS do.
const require = createRequire(import.meta.url);
const BUILT_IN = require('exceljs/lib/xlsx/defaultnumformats.js') as Record<number, Record<string, string | undefined> | undefined>;

function builtInCode(id: number): string | undefined {
  const formats = BUILT_IN[id];
  if (formats === undefined) return undefined;
  return formats['f'] ?? formats['zh-cn'] ?? Object.values(formats)[0];
}

/**
 * Whether a number format shows a date or time, by ExcelJS's rule (utils.isDateFmt): after dropping
 * `[…]` sections (colours, locales, elapsed-time brackets) and quoted text, any of y m d h M s b is left.
 */
function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** For each cell style index (`s`), whether its number format is a date: read from styles.xml once. */
export function dateStyles(stylesXml: string): boolean[] {
  const custom = new Map<number, string>();
  const dates: boolean[] = [];
  let inCellXfs = false;
  for (const t of tags(stylesXml)) {
    if (t.name === 'cellXfs') {
      inCellXfs = !t.close && !t.empty;
      continue;
    }
    if (t.close) continue;
    if (t.name === 'numFmt') {
      const id = Number.parseInt(attr(stylesXml, t.start, t.end, 'numFmtId') ?? '', 10);
      // ExcelJS drops the backslash of every escaped character before judging the format.
      const code = attr(stylesXml, t.start, t.end, 'formatCode')?.replace(/[\\](.)/g, '$1');
      if (!Number.isNaN(id) && code !== undefined) custom.set(id, code);
    } else if (t.name === 'xf' && inCellXfs) {
      const id = Number.parseInt(attr(stylesXml, t.start, t.end, 'numFmtId') ?? '', 10);
      dates.push(id ? isDateFormat(custom.get(id) ?? builtInCode(id)) : false);
    }
  }
  return dates;
}
