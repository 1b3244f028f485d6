// batchUpdate requests that change cells: updateCells and repeatCell (values to clear or set,
// number formats), over GridRanges.
import type { sheets_v4 } from '@googleapis/sheets';
import { type GridBox, type QuoteStyle, formatRange } from './a1.ts';
import { badRequest, exceedsGrid } from './errors.ts';
import { type Mask, parseFields } from './fields.ts';
import { cellFromExtended } from './input.ts';
import { type Cell, type Sheet, type Spreadsheet, getCell, setCell, sheetById } from './store.ts';

export const noGrid = (id: unknown): Error => badRequest(`No grid with id: ${String(id ?? 0)}`);

/** A GridRange: a missing sheetId is sheet 0, missing bounds are the sheet's edges. */
function resolveGridRange(ss: Spreadsheet, r: sheets_v4.Schema$GridRange, quote: QuoteStyle): { sheet: Sheet; box: GridBox } {
  const sheet = sheetById(ss, r.sheetId ?? 0);
  if (!sheet) throw noGrid(r.sheetId);
  const box: GridBox = {
    startRow: r.startRowIndex ?? 0,
    startCol: r.startColumnIndex ?? 0,
    endRow: r.endRowIndex ?? sheet.rowCount,
    endCol: r.endColumnIndex ?? sheet.columnCount,
  };
  if (box.startRow < 0 || box.startCol < 0 || box.endRow < box.startRow || box.endCol < box.startCol) {
    throw badRequest('Invalid range: start index must not be after end index.');
  }
  if (box.endRow > sheet.rowCount || box.endCol > sheet.columnCount) {
    throw exceedsGrid(formatRange(sheet.title, box, quote), sheet.rowCount, sheet.columnCount);
  }
  return { sheet, box };
}

type CellFields = { value: boolean; numberFormat: boolean; link: boolean };

/** Whether a mask selects `path` (or a field above it, or `*` on the way). */
const selects = (mask: Mask | true | undefined, path: readonly string[]): boolean => {
  if (mask === true) return true;
  if (mask === undefined || mask.has('*')) return mask !== undefined;
  const [head, ...rest] = path;
  return head !== undefined && selects(mask.get(head), rest);
};

/**
 * Which parts of CellData a `fields` mask touches: the value, the number format and the cell-level
 * link; other formats are accepted and not kept.
 */
function cellFields(fields: string | null | undefined): CellFields {
  if (!fields) throw badRequest('At least one field must be specified in the field mask.');
  const mask: Mask = parseFields(fields);
  return {
    value: selects(mask, ['userEnteredValue']),
    numberFormat: selects(mask, ['userEnteredFormat', 'numberFormat']),
    link: selects(mask, ['userEnteredFormat', 'textFormat', 'link']),
  };
}

function apply(sheet: Sheet, r: number, c: number, data: sheets_v4.Schema$CellData | undefined, f: CellFields): void {
  const old: Cell = { ...getCell(sheet, r, c) };
  const next: Cell = {};
  if (f.value) Object.assign(next, cellFromExtended(data?.userEnteredValue));
  else {
    if (old.value !== undefined) next.value = old.value;
    if (old.formula !== undefined) next.formula = old.formula;
  }
  const nf = f.numberFormat ? data?.userEnteredFormat?.numberFormat : old.format;
  if (nf?.type) next.format = nf.pattern ? { type: nf.type, pattern: nf.pattern } : { type: nf.type };
  const link = f.link ? data?.userEnteredFormat?.textFormat?.link?.uri : old.link;
  if (link) next.link = link;
  setCell(sheet, r, c, next);
}

export function updateCells(ss: Spreadsheet, req: sheets_v4.Schema$UpdateCellsRequest, quote: QuoteStyle): void {
  const f = cellFields(req.fields);
  const rows = req.rows ?? [];
  if (req.range && req.start) throw badRequest('Only one of range or start may be set.');
  if (req.range) {
    const { sheet, box } = resolveGridRange(ss, req.range, quote);
    if (rows.length > box.endRow - box.startRow) {
      const last = box.startRow + rows.length - 1;
      throw badRequest(`Attempting to write row: ${last}, beyond the last requested row of: ${box.endRow - 1}`);
    }
    for (let r = box.startRow; r < box.endRow; r++) {
      const values = rows[r - box.startRow]?.values ?? [];
      if (values.length > box.endCol - box.startCol) {
        const last = box.startCol + values.length - 1;
        throw badRequest(`Attempting to write column: ${last}, beyond the last requested column of: ${box.endCol - 1}`);
      }
      for (let c = box.startCol; c < box.endCol; c++) apply(sheet, r, c, values[c - box.startCol], f);
    }
    return;
  }
  const start = req.start ?? {};
  const sheet = sheetById(ss, start.sheetId ?? 0);
  if (!sheet) throw noGrid(start.sheetId);
  const r0 = start.rowIndex ?? 0;
  const c0 = start.columnIndex ?? 0;
  const width = Math.max(0, ...rows.map((row) => row.values?.length ?? 0));
  const area = { startRowIndex: r0, endRowIndex: r0 + rows.length, startColumnIndex: c0, endColumnIndex: c0 + width };
  resolveGridRange(ss, { sheetId: sheet.sheetId, ...area }, quote);
  rows.forEach((row, i) => (row.values ?? []).forEach((cell, j) => apply(sheet, r0 + i, c0 + j, cell, f)));
}

export function repeatCell(ss: Spreadsheet, req: sheets_v4.Schema$RepeatCellRequest, quote: QuoteStyle): void {
  const f = cellFields(req.fields);
  const { sheet, box } = resolveGridRange(ss, req.range ?? {}, quote);
  for (let r = box.startRow; r < box.endRow; r++) {
    for (let c = box.startCol; c < box.endCol; c++) apply(sheet, r, c, req.cell ?? {}, f);
  }
}
