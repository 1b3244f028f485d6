// Building spreadsheets for a test, and reading them back without going through the API.
import { parseMergeRef } from '../../../lib/table/a1.ts';
import { dateToSerial } from './render.ts';
import { emptySheet } from './sheet-requests.ts';
import type { Cell, ErrorCode, NumberFormat, Sheet, Spreadsheet } from './store.ts';

/** A cell as a test seeds it. Strings are literal text (as RAW writes them), never parsed. */
export type SeedCell = {
  readonly value?: string | number | boolean | null;
  readonly formula?: string;
  readonly error?: ErrorCode;
  readonly numberFormat?: NumberFormat;
};

/** A `Date` is stored as a serial number read from its UTC fields, formatted DATE or DATE_TIME. */
export type SeedValue = string | number | boolean | null | Date | SeedCell;

export type SeedSheet = {
  readonly title: string;
  readonly values?: readonly (readonly SeedValue[])[];
  readonly sheetId?: number;
  /** Default: at least 1000 rows and 26 columns, like a new sheet, and large enough for `values`. */
  readonly rowCount?: number;
  readonly columnCount?: number;
  readonly frozenRowCount?: number;
  readonly hidden?: boolean;
  readonly developerMetadata?: readonly { key: string; value?: string; visibility?: 'DOCUMENT' | 'PROJECT' }[];
  /** Merged areas in A1 notation ('A2:A5'); seeding blanks every covered cell but the top-left one. */
  readonly merges?: readonly string[];
};

export type SeedSpreadsheet = {
  readonly id?: string;
  readonly title?: string;
  readonly timeZone?: string;
  readonly locale?: string;
  readonly sheets: readonly SeedSheet[];
};

function seedCell(v: SeedValue): Cell | undefined {
  if (v === null || v === '') return undefined;
  if (v instanceof Date) {
    const serial = dateToSerial(v);
    const type = Number.isInteger(serial) ? 'DATE' : 'DATE_TIME';
    return { value: serial, format: { type, pattern: type === 'DATE' ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss' } };
  }
  if (typeof v !== 'object') return { value: v };
  const cell: Cell = {};
  if (v.formula !== undefined) cell.formula = v.formula;
  if (v.error !== undefined) cell.value = { error: v.error };
  else if (v.value !== undefined && v.value !== null) cell.value = v.value;
  if (v.numberFormat) cell.format = { ...v.numberFormat };
  return cell;
}

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function randomSpreadsheetId(random: () => number): string {
  let id = '1';
  while (id.length < 44) id += ID_CHARS[Math.floor(random() * ID_CHARS.length)] ?? 'x';
  return id;
}

export function buildSpreadsheet(spec: SeedSpreadsheet, id: string, random: () => number): Spreadsheet {
  const ss: Spreadsheet = {
    id,
    title: spec.title ?? 'Untitled spreadsheet',
    timeZone: spec.timeZone ?? 'Asia/Shanghai',
    locale: spec.locale ?? 'zh_CN',
    sheets: [],
    developerMetadata: [],
  };
  const used = new Set<number>();
  for (const [i, s] of spec.sheets.entries()) {
    let sheetId = s.sheetId ?? (i === 0 ? 0 : Math.floor(random() * 2_000_000_000) + 1);
    while (s.sheetId === undefined && used.has(sheetId)) sheetId = Math.floor(random() * 2_000_000_000) + 1;
    if (used.has(sheetId)) throw new Error(`seed: duplicate sheetId ${sheetId}`);
    const lower = s.title.toLowerCase();
    if (ss.sheets.some((x) => x.title.toLowerCase() === lower)) throw new Error(`seed: duplicate sheet ${s.title}`);
    used.add(sheetId);
    const rows = s.values ?? [];
    const width = Math.max(0, ...rows.map((r) => r.length));
    const rowCount = s.rowCount ?? Math.max(1000, rows.length);
    const sheet: Sheet = emptySheet(sheetId, s.title, rowCount, s.columnCount ?? Math.max(26, width));
    sheet.frozenRowCount = s.frozenRowCount ?? 0;
    sheet.hidden = s.hidden ?? false;
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = seedCell(v);
        if (cell) (sheet.cells[r] ??= [])[c] = cell;
      }),
    );
    for (const a1 of s.merges ?? []) {
      const m = parseMergeRef(a1);
      if (!m) throw new Error(`seed: bad merge ${a1}`);
      (sheet.merges ??= []).push({
        sheetId,
        startRowIndex: m.top,
        endRowIndex: m.bottom + 1,
        startColumnIndex: m.left,
        endColumnIndex: m.right + 1,
      });
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) delete sheet.cells[r]?.[c];
    }
    for (const m of s.developerMetadata ?? []) {
      ss.developerMetadata.push({
        metadataId: Math.floor(random() * 2_000_000_000) + 1,
        metadataKey: m.key,
        ...(m.value === undefined ? {} : { metadataValue: m.value }),
        location: { locationType: 'SHEET', sheetId },
        visibility: m.visibility ?? 'DOCUMENT',
      });
    }
    ss.sheets.push(sheet);
  }
  return ss;
}

export type PlainValue = string | number | boolean | null;

/** The sheet's used area, one entry per cell, through `pick`; empty cells are `null`. */
export function usedGrid<T>(sheet: Sheet, pick: (cell: Cell) => T | null): (T | null)[][] {
  const out: (T | null)[][] = [];
  let width = 0;
  sheet.cells.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (cell && (cell.value !== undefined || cell.formula !== undefined)) {
        width = Math.max(width, c + 1);
        while (out.length <= r) out.push([]);
      }
    });
  });
  return out.map((_, r) =>
    Array.from({ length: width }, (_, c) => {
      const cell = sheet.cells[r]?.[c];
      return cell ? pick(cell) : null;
    }),
  );
}

export const plainValue = (cell: Cell): PlainValue => {
  const v = cell.value;
  if (v === undefined) return null;
  return typeof v === 'object' ? v.error : v;
};
