import type { ColumnFormat, GeneratedSheet } from '../../../../workbook.ts';

// Rows sampled for column widths: enough to see the long names, cheap on a 100,000-row list.
const WIDTH_SAMPLE_ROWS = 2000;
/** The widest a column gets; longer text wraps within it. */
export const WRAP_WIDTH = 60;

/** Width of each column in Excel's units (about one Latin digit): CJK and full-width characters count two. */
export function columnWidths(sheet: GeneratedSheet, width: number): number[] {
  const out: number[] = [];
  for (let c = 0; c < width; c++) out.push(columnWidth(sheet, c, sheet.formats[c]));
  return out;
}

function columnWidth(sheet: GeneratedSheet, c: number, format: ColumnFormat | undefined): number {
  let widest = 0;
  const rows = Math.min(sheet.values.length, WIDTH_SAMPLE_ROWS + 1);
  for (let r = 0; r < rows; r++) {
    const row = sheet.values[r];
    const v = row?.[c];
    // A line alone in its row (a footnote under 公示-捐赠) runs on over the empty cells beside it: it
    // does not widen its column.
    if (r > 0 && typeof v === 'string' && row !== undefined && isLoneLine(row, c)) continue;
    const w = typeof v === 'string' ? textWidth(v) : v === null || v === undefined ? 0 : valueWidth(v, format);
    if (w > widest) widest = w;
  }
  return Math.min(WRAP_WIDTH, Math.max(8, widest + 2));
}

const isEmpty = (v: unknown): boolean => v === '' || v === null || v === undefined;

function isLoneLine(row: readonly unknown[], c: number): boolean {
  for (let i = 0; i < row.length; i++) if (i !== c && !isEmpty(row[i])) return false;
  return c < row.length - 1;
}

function valueWidth(v: number | boolean | Date, format: ColumnFormat | undefined): number {
  if (v instanceof Date || format === 'date') return 10;
  if (typeof v === 'boolean') return 5;
  if (format === 'percent') return 7;
  if (format === 'yuan') return v.toFixed(2).length + Math.floor(Math.abs(Math.trunc(v)).toString().length / 3);
  return String(v).length;
}

/** Display width of text: its widest line, wide characters counting two. */
export function textWidth(s: string): number {
  let widest = 0;
  for (const line of s.split('\n')) {
    let w = 0;
    for (const ch of line) w += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
    if (w > widest) widest = w;
  }
  return widest;
}

// East Asian Wide and Fullwidth ranges that occur in Chinese sheets (CJK, kana, Hangul, full-width forms).
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    cp >= 0x20000
  );
}
