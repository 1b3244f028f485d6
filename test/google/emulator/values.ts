// spreadsheets.values: batchGet, get, batchUpdate, update, batchClear, clear.
import type { sheets_v4 } from '@googleapis/sheets';
import { type GridBox, type QuoteStyle, columnLetters, formatRange } from './a1.ts';
import { ApiError, badRequest, exceedsGrid } from './errors.ts';
import { type InputOption, cellFromInput } from './input.ts';
import { type DateRender, type Rendered, type ValueRender, renderCell } from './render.ts';
import { type Sheet, type Spreadsheet, getCell, resolveRange, setCell } from './store.ts';

type Dimension = 'ROWS' | 'COLUMNS';

/** Query and body enums are checked the way the API's JSON/query transcoder does. */
function enumValue<T extends string>(value: unknown, field: string, type: string, allowed: readonly T[], fallback: T): T {
  if (value === undefined || value === null || value === '') return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  if (value === 'DIMENSION_UNSPECIFIED' || String(value).endsWith('_UNSPECIFIED')) return fallback;
  throw badRequest(`Invalid value at '${field}' (type.googleapis.com/google.apps.sheets.v4.${type}), "${String(value)}"`);
}

const valueRenderOf = (v: unknown, field = 'value_render_option'): ValueRender =>
  enumValue(v, field, 'ValueRenderOption', ['FORMATTED_VALUE', 'UNFORMATTED_VALUE', 'FORMULA'], 'FORMATTED_VALUE');
const dateRenderOf = (v: unknown, field = 'date_time_render_option'): DateRender =>
  enumValue(v, field, 'DateTimeRenderOption', ['SERIAL_NUMBER', 'FORMATTED_STRING'], 'SERIAL_NUMBER');
const dimensionOf = (v: unknown, field = 'major_dimension'): Dimension => enumValue(v, field, 'Dimension', ['ROWS', 'COLUMNS'], 'ROWS');

export type ReadOptions = { value: ValueRender; date: DateRender; dimension: Dimension; quote: QuoteStyle };

/** Trailing empty rows and trailing empty cells of each row are left out; `values` goes when empty. */
function readBox(sheet: Sheet, box: GridBox, opts: ReadOptions): sheets_v4.Schema$ValueRange {
  const outer = opts.dimension === 'ROWS' ? [box.startRow, box.endRow] : [box.startCol, box.endCol];
  const inner = opts.dimension === 'ROWS' ? [box.startCol, box.endCol] : [box.startRow, box.endRow];
  const values: Rendered[][] = [];
  let lastNonEmpty = -1;
  for (let o = outer[0] ?? 0; o < (outer[1] ?? 0); o++) {
    const line: (Rendered | undefined)[] = [];
    for (let i = inner[0] ?? 0; i < (inner[1] ?? 0); i++) {
      const [r, c] = opts.dimension === 'ROWS' ? [o, i] : [i, o];
      line.push(renderCell(getCell(sheet, r, c), opts.value, opts.date));
    }
    while (line.length > 0 && line[line.length - 1] === undefined) line.pop();
    values.push(line.map((v) => v ?? ''));
    if (line.length > 0) lastNonEmpty = values.length - 1;
  }
  const range = formatRange(sheet.title, box, opts.quote);
  const out: sheets_v4.Schema$ValueRange = { range, majorDimension: opts.dimension };
  if (lastNonEmpty >= 0) out.values = values.slice(0, lastNonEmpty + 1);
  return out;
}

export function batchGet(ss: Spreadsheet, q: URLSearchParams, quote: QuoteStyle): sheets_v4.Schema$BatchGetValuesResponse {
  const opts: ReadOptions = {
    value: valueRenderOf(q.get('valueRenderOption')),
    date: dateRenderOf(q.get('dateTimeRenderOption')),
    dimension: dimensionOf(q.get('majorDimension')),
    quote,
  };
  const valueRanges = q.getAll('ranges').map((text) => {
    const { sheet, box } = resolveRange(ss, text, quote);
    return readBox(sheet, box, opts);
  });
  return valueRanges.length > 0 ? { spreadsheetId: ss.id, valueRanges } : { spreadsheetId: ss.id };
}

type Written = { sheetId: number; rows: Set<number>; cols: Set<number>; cells: number };

/** Write one ValueRange. A single-cell range is an anchor; a larger one bounds what may be written. */
function writeOne(
  ss: Spreadsheet,
  data: sheets_v4.Schema$ValueRange,
  option: InputOption,
  quote: QuoteStyle,
  readBack: ReadOptions | undefined,
): { response: sheets_v4.Schema$UpdateValuesResponse; written: Written } {
  const { sheet, box, canonical } = resolveRange(ss, data.range ?? '', quote);
  const dimension = dimensionOf(data.majorDimension, 'data.major_dimension');
  const lines: unknown[][] = (data.values ?? []).map((line, o) => {
    if (!Array.isArray(line)) throw badRequest(`Invalid values[${o}]: ${JSON.stringify(line)}`);
    return line as unknown[];
  });
  const across = Math.max(0, ...lines.map((l) => l.length));
  const [height, width] = dimension === 'ROWS' ? [lines.length, across] : [across, lines.length];
  const area: GridBox = {
    startRow: box.startRow,
    startCol: box.startCol,
    endRow: box.startRow + Math.max(height, 1),
    endCol: box.startCol + Math.max(width, 1),
  };
  const anchorOnly = box.endRow - box.startRow === 1 && box.endCol - box.startCol === 1;
  if (!anchorOnly && area.endRow > box.endRow) {
    throw badRequest(`Requested writing within range [${canonical}], but tried writing to row [${area.endRow}]`);
  }
  if (!anchorOnly && area.endCol > box.endCol) {
    const column = columnLetters(area.endCol - 1);
    throw badRequest(`Requested writing within range [${canonical}], but tried writing to column [${column}]`);
  }
  if (area.endRow > sheet.rowCount || area.endCol > sheet.columnCount) {
    throw exceedsGrid(formatRange(sheet.title, area, quote), sheet.rowCount, sheet.columnCount);
  }
  const written: Written = { sheetId: sheet.sheetId, rows: new Set(), cols: new Set(), cells: 0 };
  lines.forEach((line, o) => {
    line.forEach((input, i) => {
      const [r, c] = dimension === 'ROWS' ? [box.startRow + o, box.startCol + i] : [box.startRow + i, box.startCol + o];
      const before = getCell(sheet, r, c);
      const cell = cellFromInput(input, option, ss.locale, before?.format, `values[${o}][${i}]`);
      if (cell === 'skip') return;
      // A value write leaves formats alone, the cell-level link among them.
      setCell(sheet, r, c, before?.link ? { ...cell, link: before.link } : cell);
      written.rows.add(r);
      written.cols.add(c);
      written.cells += 1;
    });
  });
  const response: sheets_v4.Schema$UpdateValuesResponse = {
    spreadsheetId: ss.id,
    updatedRange: lines.length > 0 ? formatRange(sheet.title, area, quote) : canonical,
    updatedRows: written.rows.size,
    updatedColumns: written.cols.size,
    updatedCells: written.cells,
  };
  if (readBack) response.updatedData = readBox(sheet, area, readBack);
  return { response, written };
}

function inputOptionOf(v: unknown): InputOption {
  if (v === undefined || v === null || v === 'INPUT_VALUE_OPTION_UNSPECIFIED') {
    throw badRequest("'valueInputOption' is required but not specified");
  }
  return enumValue(v, 'value_input_option', 'ValueInputOption', ['RAW', 'USER_ENTERED'], 'RAW');
}

function readBackOf(include: unknown, value: unknown, date: unknown, quote: QuoteStyle): ReadOptions | undefined {
  if (include !== true && include !== 'true') return undefined;
  return {
    value: valueRenderOf(value, 'response_value_render_option'),
    date: dateRenderOf(date, 'response_date_time_render_option'),
    dimension: 'ROWS',
    quote,
  };
}

export function batchUpdate(
  ss: Spreadsheet,
  body: sheets_v4.Schema$BatchUpdateValuesRequest,
  quote: QuoteStyle,
): sheets_v4.Schema$BatchUpdateValuesResponse {
  const option = inputOptionOf(body.valueInputOption);
  const b = body;
  const readBack = readBackOf(b.includeValuesInResponse, b.responseValueRenderOption, b.responseDateTimeRenderOption, quote);
  const rows = new Set<string>();
  const cols = new Set<string>();
  const sheets = new Set<number>();
  let cells = 0;
  const responses = (body.data ?? []).map((d, i) => {
    try {
      const { response, written } = writeOne(ss, d, option, quote, readBack);
      for (const r of written.rows) rows.add(`${written.sheetId}:${r}`);
      for (const c of written.cols) cols.add(`${written.sheetId}:${c}`);
      if (written.cells > 0) sheets.add(written.sheetId);
      cells += written.cells;
      return response;
    } catch (e) {
      throw e instanceof ApiError ? e.prefixed(`Invalid data[${i}]: `) : e;
    }
  });
  if (responses.length === 0) return { spreadsheetId: ss.id };
  return {
    spreadsheetId: ss.id,
    totalUpdatedRows: rows.size,
    totalUpdatedColumns: cols.size,
    totalUpdatedCells: cells,
    totalUpdatedSheets: sheets.size,
    responses,
  };
}

/** values.update: the range is in the path, the input option in the query. */
export function updateOne(
  ss: Spreadsheet,
  range: string,
  q: URLSearchParams,
  body: sheets_v4.Schema$ValueRange,
  quote: QuoteStyle,
): sheets_v4.Schema$UpdateValuesResponse {
  const option = inputOptionOf(q.get('valueInputOption') ?? undefined);
  const readBack = readBackOf(
    q.get('includeValuesInResponse'),
    q.get('responseValueRenderOption'),
    q.get('responseDateTimeRenderOption'),
    quote,
  );
  return writeOne(ss, { ...body, range }, option, quote, readBack).response;
}

/** Clearing removes values and formulas; formats stay, as in the API. */
export function clearRange(ss: Spreadsheet, text: string, quote: QuoteStyle): string {
  const { sheet, box, canonical } = resolveRange(ss, text, quote);
  for (let r = box.startRow; r < box.endRow; r++) {
    for (let c = box.startCol; c < box.endCol; c++) {
      const cell = getCell(sheet, r, c);
      if (cell) setCell(sheet, r, c, { ...(cell.format ? { format: cell.format } : {}), ...(cell.link ? { link: cell.link } : {}) });
    }
  }
  return canonical;
}

export function batchClear(
  ss: Spreadsheet,
  body: sheets_v4.Schema$BatchClearValuesRequest,
  quote: QuoteStyle,
): sheets_v4.Schema$BatchClearValuesResponse {
  const clearedRanges = (body.ranges ?? []).map((r) => clearRange(ss, r, quote));
  return clearedRanges.length > 0 ? { spreadsheetId: ss.id, clearedRanges } : { spreadsheetId: ss.id };
}

export function getOne(ss: Spreadsheet, range: string, q: URLSearchParams, quote: QuoteStyle): sheets_v4.Schema$ValueRange {
  const copy = new URLSearchParams(q);
  copy.delete('ranges');
  copy.append('ranges', range);
  const got = batchGet(ss, copy, quote).valueRanges?.[0];
  if (!got) throw badRequest(`Unable to parse range: ${range}`);
  return got;
}
