// batchUpdate requests on sheets themselves: addSheet, deleteSheet, updateSheetProperties,
// appendDimension, updateSpreadsheetProperties.
import type { sheets_v4 } from '@googleapis/sheets';
import { badRequest } from './errors.ts';
import { parseFields } from './fields.ts';
import { noGrid } from './grid-requests.ts';
import { type Sheet, type Spreadsheet, findSheet, newSheetId, sheetById, sheetProperties } from './store.ts';

// seen: Invalid requests[0].addSheet: A sheet with the name "Finance" already exists. Please enter another name.
const duplicateTitle = (title: string): Error => badRequest(`A sheet with the name "${title}" already exists. Please enter another name.`);

export function emptySheet(sheetId: number, title: string, rowCount = 1000, columnCount = 26): Sheet {
  const frozen = { frozenRowCount: 0, frozenColumnCount: 0 };
  return { sheetId, title, rowCount, columnCount, ...frozen, hidden: false, cells: [], charts: [] };
}

export function addSheet(ss: Spreadsheet, req: sheets_v4.Schema$AddSheetRequest, random: () => number): sheets_v4.Schema$Response {
  const p = req.properties ?? {};
  let title = p.title ?? undefined;
  if (title === undefined) {
    for (let n = ss.sheets.length + 1; ; n++) {
      if (!findSheet(ss, `Sheet${n}`)) {
        title = `Sheet${n}`;
        break;
      }
    }
  }
  if (findSheet(ss, title)) throw duplicateTitle(title);
  if (p.sheetId != null && sheetById(ss, p.sheetId)) {
    throw badRequest(`Invalid sheetId: a sheet with id ${p.sheetId} already exists.`);
  }
  const grid = p.gridProperties ?? {};
  const sheet = emptySheet(p.sheetId ?? newSheetId(ss, random), title, grid.rowCount ?? 1000, grid.columnCount ?? 26);
  sheet.frozenRowCount = p.gridProperties?.frozenRowCount ?? 0;
  sheet.frozenColumnCount = p.gridProperties?.frozenColumnCount ?? 0;
  sheet.hidden = p.hidden ?? false;
  const index = Math.min(Math.max(p.index ?? ss.sheets.length, 0), ss.sheets.length);
  ss.sheets.splice(index, 0, sheet);
  return { addSheet: { properties: sheetProperties(sheet, index) } };
}

export function deleteSheet(ss: Spreadsheet, req: sheets_v4.Schema$DeleteSheetRequest): void {
  const sheet = sheetById(ss, req.sheetId ?? 0);
  if (!sheet) throw noGrid(req.sheetId);
  if (ss.sheets.length === 1) throw badRequest("You can't remove all the sheets in a document.");
  ss.sheets = ss.sheets.filter((s) => s !== sheet);
  ss.developerMetadata = ss.developerMetadata.filter((m) => m.location?.sheetId !== sheet.sheetId);
}

/** Dotted paths of a FieldMask (`gridProperties.frozenRowCount`, `title,index`, `*`). */
function maskPaths(fields: string | null | undefined): string[] {
  if (!fields) throw badRequest('At least one field must be specified in the field mask.');
  const out: string[] = [];
  const walk = (mask: ReturnType<typeof parseFields>, prefix: string): void => {
    for (const [k, v] of mask) {
      if (v === true) out.push(prefix + k);
      else walk(v, `${prefix}${k}.`);
    }
  };
  walk(parseFields(fields), '');
  return out;
}

function resize(sheet: Sheet, rows: number, cols: number): void {
  if (rows < 1 || cols < 1) throw badRequest('Invalid grid size: a sheet must have at least one row and one column.');
  sheet.cells.length = Math.min(sheet.cells.length, rows);
  for (const row of sheet.cells) if (row && row.length > cols) row.length = cols;
  sheet.rowCount = rows;
  sheet.columnCount = cols;
}

export function updateSheetProperties(ss: Spreadsheet, req: sheets_v4.Schema$UpdateSheetPropertiesRequest): void {
  const p = req.properties ?? {};
  const sheet = sheetById(ss, p.sheetId ?? 0);
  if (!sheet) throw noGrid(p.sheetId);
  const all = maskPaths(req.fields).includes('*');
  const paths = new Set(all ? ['title', 'index', 'hidden', 'gridProperties'] : maskPaths(req.fields));
  const has = (path: string): boolean => paths.has(path) || (path.startsWith('gridProperties.') && paths.has('gridProperties'));
  const g = p.gridProperties ?? {};
  if (has('title')) {
    const title = p.title ?? '';
    const other = findSheet(ss, title);
    if (other && other !== sheet) throw duplicateTitle(title);
    sheet.title = title;
  }
  if (has('hidden')) sheet.hidden = p.hidden ?? false;
  if (has('gridProperties.rowCount') || has('gridProperties.columnCount')) {
    const rows = has('gridProperties.rowCount') ? (g.rowCount ?? 0) : sheet.rowCount;
    resize(sheet, rows, has('gridProperties.columnCount') ? (g.columnCount ?? 0) : sheet.columnCount);
  }
  if (has('gridProperties.frozenRowCount')) sheet.frozenRowCount = g.frozenRowCount ?? 0;
  if (has('gridProperties.frozenColumnCount')) sheet.frozenColumnCount = g.frozenColumnCount ?? 0;
  if (has('index')) {
    ss.sheets = ss.sheets.filter((s) => s !== sheet);
    ss.sheets.splice(Math.min(Math.max(p.index ?? 0, 0), ss.sheets.length), 0, sheet);
  }
}

export function appendDimension(ss: Spreadsheet, req: sheets_v4.Schema$AppendDimensionRequest): void {
  const sheet = sheetById(ss, req.sheetId ?? 0);
  if (!sheet) throw noGrid(req.sheetId);
  const n = req.length ?? 0;
  if (n < 1) throw badRequest('length must be at least 1.');
  if (req.dimension === 'ROWS') sheet.rowCount += n;
  else if (req.dimension === 'COLUMNS') sheet.columnCount += n;
  else throw badRequest('dimension must be ROWS or COLUMNS.');
}

export function updateSpreadsheetProperties(ss: Spreadsheet, req: sheets_v4.Schema$UpdateSpreadsheetPropertiesRequest): void {
  const p = req.properties ?? {};
  const paths = maskPaths(req.fields);
  const all = paths.includes('*');
  if ((all || paths.includes('title')) && p.title != null) ss.title = p.title;
  if ((all || paths.includes('locale')) && p.locale != null) ss.locale = p.locale;
  if ((all || paths.includes('timeZone')) && p.timeZone != null) ss.timeZone = p.timeZone;
}
