import type { Cell } from '../../lib/cells/result.ts';
import { pickLocale } from '../../lib/i18n/locale.ts';
import { generatedSheetNames } from '../../lib/render/sheet-names.ts';
import { HEADER_SEARCH_ROWS } from '../../lib/table/locate.ts';
import { analyzeSheets } from '../../lib/workbook/analyze.ts';
import { problemSummary } from '../../lib/result.ts';
import type { MergedArea } from '../workbook.ts';
import { spreadsheetClock } from './locale.ts';
import { mergedAreas } from './merges.ts';

// A toast shows a few lines; the rest is in 问题清单 after 检查数据.
const MAX_SHOWN = 3;

/**
 * Simple-trigger live check: reads only the header rows and the edited rows (two getValues calls, and
 * one for the merged areas crossing them),
 * checks those rows and shows their problems in a toast — a status read by a guess with the word to
 * type (入户等记: 是否应为“入户登记”？). The cell itself is never changed. Duplicates across rows need the whole sheet:
 * 检查数据 finds those.
 */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e.range;
  const sheet = range.getSheet();
  const name = sheet.getName();
  if (generatedSheetNames().includes(name)) return;
  const first = range.getRow();
  const last = first + range.getNumRows() - 1;
  const lastCol = sheet.getLastColumn();
  if (lastCol < 1) return;
  const headRows = Math.min(HEADER_SEARCH_ROWS, sheet.getLastRow());
  let values: Cell[][];
  let read: GoogleAppsScript.Spreadsheet.Range;
  if (first <= headRows + 1) {
    read = sheet.getRange(1, 1, Math.max(last, headRows), lastCol);
    values = read.getValues() as Cell[][];
  } else {
    const head = sheet.getRange(1, 1, headRows, lastCol).getValues() as Cell[][];
    read = sheet.getRange(first, 1, last - first + 1, lastCol);
    const edited = read.getValues() as Cell[][];
    // Blank rows in between keep row numbers true and are skipped by the core.
    values = [...head, ...Array.from({ length: first - 1 - headRows }, (): Cell[] => []), ...edited];
  }
  // 0-based: rows headRows … first - 2 are the blank ones in between.
  const merges = mergesOf(read, values, (r) => r >= headRows && r < first - 1);
  const ss = e.source;
  const locale = pickLocale(ss.getSpreadsheetLocale());
  // The spreadsheet's clock, as 统计汇总 reads it: a typed date is a Date at midnight in its zone, and a
  // day after today is said while it is typed.
  const options = { ...spreadsheetClock(ss), locale, exclude: () => false };
  const analysis = analyzeSheets([merges.length > 0 ? { name, values, merges } : { name, values }], options);
  // Infos wait for 检查数据, except a status's: a tick or 已核实 is best given its way while it is typed.
  const items = problemSummary(analysis).items.filter(
    (p) => p.row >= first && p.row <= last && (p.severity !== 'info' || p.field === 'status'),
  );
  if (items.length === 0) return;
  // A message does not say its place: the toast puts the cell before it.
  const shown = items.slice(0, MAX_SHOWN).map((p) => `${p.column}${p.row} ${p.message}`);
  if (items.length > MAX_SHOWN) shown.push(`(+${items.length - MAX_SHOWN})`);
  ss.toast(shown.join('\n'), 'paicha', 10);
}

/**
 * The merged areas crossing the rows read, for the core to fill a merged 小区 or 楼号 down as 统计汇总
 * does (a row typed under one is not missing it). An area starting in a row not read (between the
 * header rows and the edited ones) gets its top-left value put there: one getValue each, only for those.
 */
function mergesOf(read: GoogleAppsScript.Spreadsheet.Range, values: Cell[][], unread: (row: number) => boolean): MergedArea[] {
  return mergedAreas(read).map(({ area, range }) => {
    const row = values[area.top];
    if (row !== undefined && unread(area.top)) {
      while (row.length < area.left) row.push('');
      row[area.left] = range.getValue() as Cell;
    }
    return area;
  });
}
