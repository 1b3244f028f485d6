// The Spreadsheet resource as spreadsheets.get returns it, with grid data when asked for.
import type { sheets_v4 } from '@googleapis/sheets';
import type { GridBox, QuoteStyle } from './a1.ts';
import { badRequest } from './errors.ts';
import { extendedFromCell } from './input.ts';
import { formatValue } from './render.ts';
import { type Sheet, type Spreadsheet, getCell, resolveRange, sheetProperties } from './store.ts';

function cellData(sheet: Sheet, r: number, c: number): sheets_v4.Schema$CellData {
  const cell = getCell(sheet, r, c);
  if (!cell) return {};
  const out: sheets_v4.Schema$CellData = {};
  const entered = extendedFromCell(cell);
  if (entered) out.userEnteredValue = entered;
  const v = cell.value;
  if (v !== undefined) {
    out.effectiveValue = extendedFromCell({ value: v }) ?? {};
    out.formattedValue = typeof v === 'object' ? v.error : formatValue(v, cell.format);
  }
  if (cell.format) out.userEnteredFormat = { numberFormat: { ...cell.format } };
  if (cell.link) {
    out.userEnteredFormat = { ...out.userEnteredFormat, textFormat: { link: { uri: cell.link } } };
    out.hyperlink = cell.link;
  }
  return out;
}

function gridData(sheet: Sheet, box: GridBox): sheets_v4.Schema$GridData {
  const rowData: sheets_v4.Schema$RowData[] = [];
  for (let r = box.startRow; r < box.endRow; r++) {
    const values: sheets_v4.Schema$CellData[] = [];
    for (let c = box.startCol; c < box.endCol; c++) values.push(cellData(sheet, r, c));
    while (values.length > 0 && Object.keys(values[values.length - 1] ?? {}).length === 0) values.pop();
    rowData.push(values.length > 0 ? { values } : {});
  }
  while (rowData.length > 0 && Object.keys(rowData[rowData.length - 1] ?? {}).length === 0) rowData.pop();
  const out: sheets_v4.Schema$GridData = {};
  if (box.startRow > 0) out.startRow = box.startRow;
  if (box.startCol > 0) out.startColumn = box.startCol;
  if (rowData.length > 0) out.rowData = rowData;
  return out;
}

export type GetOptions = { includeGridData: boolean; ranges: readonly string[]; quote: QuoteStyle };

export function spreadsheetResource(ss: Spreadsheet, opts: GetOptions): sheets_v4.Schema$Spreadsheet {
  // With `ranges`, only the sheets they name are returned, each with the data of its ranges.
  const boxes = new Map<Sheet, GridBox[]>();
  for (const text of opts.ranges) {
    const { sheet, box } = resolveRange(ss, text, opts.quote);
    boxes.set(sheet, [...(boxes.get(sheet) ?? []), box]);
  }
  const sheets = ss.sheets.flatMap((sheet, index): sheets_v4.Schema$Sheet[] => {
    if (opts.ranges.length > 0 && !boxes.has(sheet)) return [];
    const out: sheets_v4.Schema$Sheet = { properties: sheetProperties(sheet, index) };
    if (opts.includeGridData) {
      const whole: GridBox = { startRow: 0, startCol: 0, endRow: sheet.rowCount, endCol: sheet.columnCount };
      out.data = (boxes.get(sheet) ?? [whole]).map((b) => gridData(sheet, b));
    }
    if (sheet.charts.length > 0) out.charts = structuredClone(sheet.charts);
    if (sheet.merges && sheet.merges.length > 0) out.merges = structuredClone(sheet.merges);
    const meta = ss.developerMetadata.filter((m) => m.location?.sheetId === sheet.sheetId);
    if (meta.length > 0) out.developerMetadata = structuredClone(meta);
    return [out];
  });
  const resource: sheets_v4.Schema$Spreadsheet = {
    spreadsheetId: ss.id,
    properties: {
      title: ss.title,
      locale: ss.locale,
      autoRecalc: 'ON_CHANGE',
      timeZone: ss.timeZone,
      defaultFormat: {
        backgroundColor: { red: 1, green: 1, blue: 1 },
        verticalAlignment: 'BOTTOM',
        wrapStrategy: 'OVERFLOW_CELL',
      },
    },
    sheets,
    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${ss.id}/edit`,
  };
  const top = ss.developerMetadata.filter((m) => m.location?.locationType === 'SPREADSHEET');
  if (top.length > 0) resource.developerMetadata = structuredClone(top);
  return resource;
}

export function boolParam(value: string | null, name: string): boolean {
  if (value === null || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw badRequest(`Invalid value at '${name}' (TYPE_BOOL), "${value}"`);
}
