// Seeding a document from plain data, and reading it back as plain data (Node-realm values), so
// tests can compare a spreadsheet before and after a run with toEqual.
import { cellA1, parseA1 } from './a1.ts';
import type { VisibilityName } from './enums.ts';
import { DocumentModel, FORMAT_LAYERS, SheetModel, type ChartModel, type ConditionalRuleModel, type Layer } from './model.ts';
import { isDate } from './realm.ts';
import { DateValue, coerceWrite, evaluateFormula, type Stored } from './values.ts';

export type SeedValue = string | number | boolean | Date | null | undefined;

/** A cell with more than a value. A formula without a value shows what values.ts evaluates. */
export interface SeedCell {
  readonly value?: SeedValue;
  readonly formula?: string;
  readonly note?: string;
  readonly numberFormat?: string;
  readonly fontWeight?: string;
  readonly background?: string;
}

export interface MetadataSeed {
  readonly key: string;
  readonly value?: string | null;
  readonly visibility?: VisibilityName;
}

export interface SheetSeed {
  readonly name: string;
  /** Stored as given ('0301' stays text) unless `typed`, which coerces each value as if a user typed it. */
  readonly values?: readonly (readonly (SeedValue | SeedCell)[])[];
  readonly typed?: boolean;
  readonly maxRows?: number;
  readonly maxColumns?: number;
  readonly frozenRows?: number;
  readonly frozenColumns?: number;
  readonly hidden?: boolean;
  readonly metadata?: readonly MetadataSeed[];
  /** Merged areas in A1 notation ('A2:A5'); seeding blanks every covered cell but the top-left one. */
  readonly merges?: readonly string[];
}

export interface SpreadsheetSeed {
  readonly name?: string;
  readonly id?: string;
  /** Spreadsheet locale, e.g. 'zh_CN', 'zh_TW', 'en_US'. */
  readonly locale?: string;
  readonly timeZone?: string;
  readonly sheets?: readonly SheetSeed[];
  readonly metadata?: readonly MetadataSeed[];
  readonly documentProperties?: Readonly<Record<string, string>>;
}

const isSeedCell = (v: unknown): v is SeedCell => typeof v === 'object' && v !== null && !isDate(v);

function storedOf(v: SeedValue): Stored {
  if (v === null || v === undefined) return '';
  return isDate(v) ? new DateValue(v.getTime()) : v;
}

export function buildDocument(seed: SpreadsheetSeed): DocumentModel {
  const doc = new DocumentModel(
    seed.id ?? 'emulated-spreadsheet-id',
    seed.name ?? 'Untitled spreadsheet',
    seed.locale ?? 'zh_CN',
    seed.timeZone ?? 'Asia/Shanghai',
  );
  const sheets = seed.sheets && seed.sheets.length > 0 ? seed.sheets : [{ name: doc.locale.startsWith('zh') ? '工作表1' : 'Sheet1' }];
  for (const s of sheets) {
    if (doc.sheetByName(s.name)) throw new Error(`emulator: two seeded sheets are named ${s.name}`);
    const sheet = new SheetModel(doc.newSheetId(), s.name);
    const rows = s.values ?? [];
    sheet.maxRows = Math.max(s.maxRows ?? 1000, rows.length);
    // reduce, not Math.max(...rows): a spread of 200,000 rows overflows the stack.
    sheet.maxColumns = rows.reduce((m, r) => Math.max(m, r.length), s.maxColumns ?? 26);
    sheet.frozenRows = s.frozenRows ?? 0;
    sheet.frozenColumns = s.frozenColumns ?? 0;
    sheet.hidden = s.hidden ?? false;
    rows.forEach((line, i) => line.forEach((entry, j) => seedCell(sheet, doc.timeZone, i + 1, j + 1, entry, s.typed ?? false)));
    for (const m of s.metadata ?? [])
      doc.metadata.push({
        id: doc.newMetadataId(),
        key: m.key,
        value: m.value ?? null,
        visibility: m.visibility ?? 'DOCUMENT',
        sheetId: sheet.sheetId,
      });
    for (const a1 of s.merges ?? []) {
      const ref = parseA1(a1);
      if (ref?.startRow === undefined || ref.startColumn === undefined || ref.endRow === undefined || ref.endColumn === undefined)
        throw new Error(`emulator: bad merge ${a1}`);
      sheet.merge({
        row: ref.startRow,
        column: ref.startColumn,
        numRows: ref.endRow - ref.startRow + 1,
        numColumns: ref.endColumn - ref.startColumn + 1,
      });
    }
    doc.sheets.push(sheet);
  }
  for (const m of seed.metadata ?? [])
    doc.metadata.push({
      id: doc.newMetadataId(),
      key: m.key,
      value: m.value ?? null,
      visibility: m.visibility ?? 'DOCUMENT',
      sheetId: undefined,
    });
  for (const [k, v] of Object.entries(seed.documentProperties ?? {})) doc.properties.set(k, v);
  doc.activeSheetId = doc.sheets[0]?.sheetId;
  return doc;
}

function seedCell(sheet: SheetModel, tz: string, r: number, c: number, entry: SeedValue | SeedCell, typed: boolean): void {
  const cell: SeedCell = isSeedCell(entry) ? entry : { value: entry };
  if (cell.formula !== undefined) {
    sheet.setValue(r, c, cell.value === undefined ? evaluateFormula(cell.formula) : storedOf(cell.value));
    sheet.setLayer('formula', r, c, cell.formula);
  } else if (typed) {
    const w = coerceWrite(cell.value, tz, cell.numberFormat === '@');
    sheet.setValue(r, c, w.value);
    sheet.setLayer('formula', r, c, w.formula);
    if (w.numberFormat !== undefined && cell.numberFormat === undefined) sheet.setLayer('numberFormat', r, c, w.numberFormat);
  } else sheet.setValue(r, c, storedOf(cell.value));
  for (const layer of ['note', 'numberFormat', 'fontWeight', 'background'] as const) {
    const v = cell[layer];
    if (v !== undefined) sheet.setLayer(layer, r, c, v);
  }
}

export type SnapshotValue = string | number | boolean | Date;
export type FormatLayer = Exclude<Layer, 'formula' | 'note'>;

export interface SheetSnapshot {
  readonly name: string;
  readonly sheetId: number;
  readonly index: number;
  readonly hidden: boolean;
  readonly maxRows: number;
  readonly maxColumns: number;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** The content area (getDataRange) as getValues returns it, Dates as Node Dates. */
  readonly values: SnapshotValue[][];
  /** Sparse layers keyed by A1 cell. */
  readonly formulas: Record<string, string>;
  readonly notes: Record<string, string>;
  readonly formats: Record<string, Partial<Record<FormatLayer, string>>>;
  readonly columnWidths: Record<number, number>;
  readonly charts: ChartModel[];
  readonly conditionalRules: ConditionalRuleModel[];
  readonly metadata: { key: string; value: string | null; visibility: VisibilityName }[];
}

export interface SpreadsheetSnapshot {
  readonly id: string;
  readonly name: string;
  readonly locale: string;
  readonly timeZone: string;
  readonly activeSheet: string;
  readonly metadata: { key: string; value: string | null; visibility: VisibilityName }[];
  readonly documentProperties: Record<string, string>;
  readonly sheets: SheetSnapshot[];
}

const metadataOf = (doc: DocumentModel, sheetId: number | undefined): SheetSnapshot['metadata'] =>
  doc.metadata.filter((m) => m.sheetId === sheetId).map(({ key, value, visibility }) => ({ key, value, visibility }));

export function snapshotSheet(doc: DocumentModel, sheet: SheetModel): SheetSnapshot {
  const lastRow = sheet.lastRow();
  const lastColumn = sheet.lastColumn();
  const values: SnapshotValue[][] = [];
  for (let r = 1; r <= lastRow; r += 1) {
    const line: SnapshotValue[] = [];
    for (let c = 1; c <= lastColumn; c += 1) {
      const v = sheet.value(r, c);
      line.push(v instanceof DateValue ? new Date(v.ms) : v);
    }
    values.push(line);
  }
  const formulas: Record<string, string> = {};
  const notes: Record<string, string> = {};
  const formats: Record<string, Partial<Record<FormatLayer, string>>> = {};
  sheet.rows.forEach((data, i) => {
    for (const [layer, cells] of Object.entries(data.layers) as [Layer, (string | undefined)[]][]) {
      cells.forEach((v, j) => {
        if (v === undefined) return;
        const a1 = cellA1(i + 1, j + 1);
        if (layer === 'formula') formulas[a1] = v;
        else if (layer === 'note') notes[a1] = v;
        else if ((FORMAT_LAYERS as readonly string[]).includes(layer)) (formats[a1] ??= {})[layer] = v;
      });
    }
  });
  return {
    name: sheet.name,
    sheetId: sheet.sheetId,
    index: doc.sheets.indexOf(sheet) + 1,
    hidden: sheet.hidden,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    values,
    formulas,
    notes,
    formats,
    columnWidths: Object.fromEntries(sheet.columnWidths),
    charts: structuredClone(sheet.charts),
    conditionalRules: structuredClone(sheet.conditionalRules),
    metadata: metadataOf(doc, sheet.sheetId),
  };
}

export function snapshotDocument(doc: DocumentModel): SpreadsheetSnapshot {
  return {
    id: doc.id,
    name: doc.name,
    locale: doc.locale,
    timeZone: doc.timeZone,
    activeSheet: doc.activeSheet().name,
    metadata: metadataOf(doc, undefined),
    documentProperties: Object.fromEntries(doc.properties),
    sheets: doc.sheets.map((s) => snapshotSheet(doc, s)),
  };
}
