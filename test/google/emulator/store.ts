// The emulator's spreadsheets: sheets of sparse cells, developer metadata and charts. Dates are
// serial numbers (days since 1899-12-30) carrying a DATE/DATE_TIME number format, as Sheets keeps them.
import type { sheets_v4 } from '@googleapis/sheets';
import { type Bounds, type GridBox, type QuoteStyle, formatRange, parseRange } from './a1.ts';
import { exceedsGrid, unparsableRange } from './errors.ts';

export type ErrorCode = '#NULL!' | '#DIV/0!' | '#VALUE!' | '#REF!' | '#NAME?' | '#NUM!' | '#N/A' | '#ERROR!';

/** What a cell holds once calculated. */
export type CellValue = string | number | boolean | { error: ErrorCode };

export type NumberFormat = { type: string; pattern?: string };

export type Cell = {
  /** The calculated value; for a formula cell the emulator knows it only when seeded or trivial. */
  value?: CellValue;
  /** Set when the user entered a formula (`=...`); `value` is then its result. */
  formula?: string;
  format?: NumberFormat;
  /** A cell-level link (`userEnteredFormat.textFormat.link.uri`); kept like a format when values change. */
  link?: string;
};

export type Sheet = {
  sheetId: number;
  title: string;
  rowCount: number;
  columnCount: number;
  frozenRowCount: number;
  frozenColumnCount: number;
  hidden: boolean;
  /** Sparse: `cells[row]?.[col]`. */
  cells: (Cell | undefined)[][];
  charts: sheets_v4.Schema$EmbeddedChart[];
  /** Merged areas (end indexes exclusive); only the top-left cell of each holds a value. */
  merges?: sheets_v4.Schema$GridRange[];
};

export type Spreadsheet = {
  id: string;
  title: string;
  timeZone: string;
  locale: string;
  sheets: Sheet[];
  developerMetadata: sheets_v4.Schema$DeveloperMetadata[];
};

export function cloneSpreadsheet(s: Spreadsheet): Spreadsheet {
  return structuredClone(s);
}

export function getCell(sheet: Sheet, row: number, col: number): Cell | undefined {
  return sheet.cells[row]?.[col];
}

export function setCell(sheet: Sheet, row: number, col: number, cell: Cell | undefined): void {
  const isEmpty = !cell || (cell.value === undefined && cell.formula === undefined && cell.format === undefined && cell.link === undefined);
  if (isEmpty) {
    const r = sheet.cells[row];
    if (r) delete r[col];
    return;
  }
  const r = (sheet.cells[row] ??= []);
  r[col] = cell;
}

export function findSheet(ss: Spreadsheet, title: string): Sheet | undefined {
  const lower = title.toLowerCase();
  return ss.sheets.find((s) => s.title.toLowerCase() === lower);
}

export function sheetById(ss: Spreadsheet, sheetId: number): Sheet | undefined {
  return ss.sheets.find((s) => s.sheetId === sheetId);
}

function firstVisibleSheet(ss: Spreadsheet): Sheet | undefined {
  return ss.sheets.find((s) => !s.hidden) ?? ss.sheets[0];
}

export type Resolved = { sheet: Sheet; box: GridBox; canonical: string };

/**
 * Resolve an A1 range against a spreadsheet. Unbounded sides stop at the grid's edge; an explicit
 * bound past the edge is an error, as the API answers "exceeds grid limits".
 */
export function resolveRange(ss: Spreadsheet, text: string, quote: QuoteStyle): Resolved {
  const parsed = parseRange(text);
  if (!parsed) throw unparsableRange(text);
  let sheet: Sheet | undefined;
  let cells: Bounds | undefined;
  if ('ambiguous' in parsed) {
    if (parsed.cells) {
      sheet = firstVisibleSheet(ss);
      cells = parsed.cells;
    } else {
      sheet = findSheet(ss, parsed.ambiguous);
    }
  } else {
    sheet = findSheet(ss, parsed.sheet ?? '');
    cells = parsed.cells;
  }
  if (!sheet) throw unparsableRange(text);
  const c = cells ?? { startRow: 0, startCol: 0, endRow: undefined, endCol: undefined };
  const box: GridBox = {
    startRow: c.startRow,
    startCol: c.startCol,
    endRow: c.endRow ?? sheet.rowCount,
    endCol: c.endCol ?? sheet.columnCount,
  };
  const canonical = formatRange(sheet.title, box, quote);
  const outside = box.endRow > sheet.rowCount || box.endCol > sheet.columnCount;
  if (outside || box.startRow >= box.endRow || box.startCol >= box.endCol) {
    throw exceedsGrid(canonical, sheet.rowCount, sheet.columnCount);
  }
  return { sheet, box, canonical };
}

export function newSheetId(ss: Spreadsheet, random: () => number): number {
  for (;;) {
    const id = Math.floor(random() * 2_000_000_000) + 1;
    if (!sheetById(ss, id)) return id;
  }
}

export function sheetProperties(sheet: Sheet, index: number): sheets_v4.Schema$SheetProperties {
  const grid: sheets_v4.Schema$GridProperties = { rowCount: sheet.rowCount, columnCount: sheet.columnCount };
  if (sheet.frozenRowCount) grid.frozenRowCount = sheet.frozenRowCount;
  if (sheet.frozenColumnCount) grid.frozenColumnCount = sheet.frozenColumnCount;
  const props: sheets_v4.Schema$SheetProperties = {
    sheetId: sheet.sheetId,
    title: sheet.title,
    index,
    sheetType: 'GRID',
    gridProperties: grid,
  };
  if (sheet.hidden) props.hidden = true;
  return props;
}
