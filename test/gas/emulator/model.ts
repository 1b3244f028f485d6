// The in-memory document behind the emulated services: sheets of cells with their layers (formula,
// note, formats), developer metadata, charts and document-scoped state (properties, lock). Facades
// in range.ts/sheet.ts/spreadsheet.ts read and change it; tests seed and snapshot it.
import type { VisibilityName } from './enums.ts';
import { hasContent, type Stored } from './values.ts';

export type Layer = 'formula' | 'note' | 'numberFormat' | 'fontWeight' | 'fontColor' | 'background' | 'horizontalAlignment' | 'wrap';
export const FORMAT_LAYERS: readonly Layer[] = ['numberFormat', 'fontWeight', 'fontColor', 'background', 'horizontalAlignment', 'wrap'];

/** One sheet row: dense values, sparse layers. Rows are objects so row inserts and deletes splice. */
export class RowData {
  values: Stored[] = [];
  layers: Partial<Record<Layer, (string | undefined)[]>> = {};
}

export interface ChartModel {
  /** Null until the chart is inserted into a sheet, as EmbeddedChart.getChartId() reports. */
  chartId: number | null;
  type: string;
  ranges: { sheetId: number; row: number; column: number; numRows: number; numColumns: number }[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
  numHeaders: number;
}

export interface ConditionalRuleModel {
  condition: { type: string; values: unknown[] };
  format: Record<string, unknown>;
  ranges: { row: number; column: number; numRows: number; numColumns: number }[];
}

export interface MetadataModel {
  readonly id: number;
  key: string;
  value: string | null;
  visibility: VisibilityName;
  /** Undefined for metadata on the spreadsheet itself. */
  sheetId: number | undefined;
}

/** https://support.google.com/drive/answer/37603 — a spreadsheet holds at most 10 million cells. */
export const MAX_CELLS = 10_000_000;

export type MergeModel = { row: number; column: number; numRows: number; numColumns: number };

export class SheetModel {
  rows: RowData[] = [];
  maxRows = 1000;
  maxColumns = 26;
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  columnWidths = new Map<number, number>();
  charts: ChartModel[] = [];
  conditionalRules: ConditionalRuleModel[] = [];
  /** Data validation rules as set on ranges: list criteria, stored as data for tests. */
  dataValidations: { a1: string; criteria: string; values: unknown[]; allowInvalid: boolean }[] = [];
  /** Merged areas, 1-based: only the top-left cell of each holds a value, as in Sheets. */
  merges: MergeModel[] = [];

  constructor(
    readonly sheetId: number,
    public name: string,
  ) {}

  value(row: number, column: number): Stored {
    return this.rows[row - 1]?.values[column - 1] ?? '';
  }

  layer(layer: Layer, row: number, column: number): string | undefined {
    return this.rows[row - 1]?.layers[layer]?.[column - 1];
  }

  #row(row: number): RowData {
    for (let i = this.rows.length; i < row; i += 1) this.rows.push(new RowData());
    return this.rows[row - 1] as RowData;
  }

  setValue(row: number, column: number, value: Stored): void {
    if (value === '' && this.rows[row - 1] === undefined) return;
    const values = this.#row(row).values;
    for (let i = values.length; i < column - 1; i += 1) values.push('');
    values[column - 1] = value;
  }

  setLayer(layer: Layer, row: number, column: number, value: string | undefined): void {
    if (value === undefined && this.rows[row - 1]?.layers[layer] === undefined) return;
    const data = this.#row(row);
    const cells = (data.layers[layer] ??= []);
    cells[column - 1] = value;
  }

  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r -= 1) if (this.#rowHasContent(r)) return r;
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const data of this.rows) {
      for (let c = Math.max(data.values.length, data.layers.formula?.length ?? 0); c > last; c -= 1) {
        if (hasContent(data.values[c - 1], data.layers.formula?.[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  #rowHasContent(r: number): boolean {
    const data = this.rows[r - 1];
    if (!data) return false;
    if (data.values.some((v) => v !== '')) return true;
    return (data.layers.formula ?? []).some((f) => f !== undefined && f !== '');
  }

  /** Clears the given layers (and values when `values`) in a block. */
  clear(row: number, column: number, numRows: number, numColumns: number, values: boolean, layers: readonly Layer[]): void {
    const end = Math.min(row + numRows - 1, this.rows.length);
    for (let r = row; r <= end; r += 1) {
      const data = this.rows[r - 1] as RowData;
      for (let c = column; c < column + numColumns; c += 1) {
        if (values && c <= data.values.length) data.values[c - 1] = '';
        for (const l of layers)
          if (data.layers[l] && c <= (data.layers[l]?.length ?? 0)) (data.layers[l] as (string | undefined)[])[c - 1] = undefined;
      }
    }
  }

  insertRows(before: number, count: number): void {
    if (before - 1 < this.rows.length) this.rows.splice(before - 1, 0, ...Array.from({ length: count }, () => new RowData()));
    this.maxRows += count;
  }

  deleteRows(start: number, count: number): void {
    this.rows.splice(start - 1, count);
    this.maxRows -= count;
  }

  insertColumns(before: number, count: number): void {
    const blanks = (): undefined[] => Array.from({ length: count }, () => undefined);
    for (const data of this.rows) {
      if (before - 1 < data.values.length) data.values.splice(before - 1, 0, ...Array.from({ length: count }, (): Stored => ''));
      for (const cells of Object.values(data.layers)) if (before - 1 < cells.length) cells.splice(before - 1, 0, ...blanks());
    }
    this.maxColumns += count;
  }

  deleteColumns(start: number, count: number): void {
    for (const data of this.rows) {
      data.values.splice(start - 1, count);
      for (const cells of Object.values(data.layers)) cells.splice(start - 1, count);
    }
    this.maxColumns -= count;
  }

  /** Range.merge(): the area replaces any merge it overlaps and keeps the top-left value only. */
  merge(m: MergeModel): void {
    const overlaps = (o: MergeModel): boolean =>
      o.row < m.row + m.numRows && m.row < o.row + o.numRows && o.column < m.column + m.numColumns && m.column < o.column + o.numColumns;
    this.merges = this.merges.filter((o) => !overlaps(o));
    if (m.numRows * m.numColumns > 1) this.merges.push({ ...m });
    for (let r = m.row; r < m.row + m.numRows; r++) {
      for (let c = m.column; c < m.column + m.numColumns; c++) if (r !== m.row || c !== m.column) this.setValue(r, c, '');
    }
  }

  cellCount(): number {
    return this.maxRows * this.maxColumns;
  }

  /** An independent sheet with the same id, content, formats, charts, rules and validations. */
  copy(): SheetModel {
    const s = new SheetModel(this.sheetId, this.name);
    s.rows = this.rows.map((r) => {
      const data = new RowData();
      data.values = [...r.values]; // DateValue is immutable: shared safely
      data.layers = Object.fromEntries(Object.entries(r.layers).map(([k, v]) => [k, [...v]]));
      return data;
    });
    Object.assign(s, {
      maxRows: this.maxRows,
      maxColumns: this.maxColumns,
      frozenRows: this.frozenRows,
      frozenColumns: this.frozenColumns,
      hidden: this.hidden,
    });
    s.columnWidths = new Map(this.columnWidths);
    s.charts = structuredClone(this.charts);
    s.conditionalRules = structuredClone(this.conditionalRules);
    s.dataValidations = structuredClone(this.dataValidations);
    s.merges = this.merges.map((m) => ({ ...m }));
    return s;
  }
}

export type LockOwner = number | 'other';

export class DocumentModel {
  sheets: SheetModel[] = [];
  activeSheetId: number | undefined;
  activeRange: { sheetId: number; row: number; column: number; numRows: number; numColumns: number } | undefined;
  metadata: MetadataModel[] = [];
  readonly properties = new Map<string, string>();
  /** Who holds the document lock: an execution id, or 'other' for a simulated concurrent run. */
  lockOwner: LockOwner | undefined;
  #nextSheetId = 0;
  #nextMetadataId = 1;
  #nextChartId = 1;

  constructor(
    public id: string,
    public name: string,
    public locale: string,
    public timeZone: string,
  ) {}

  newSheetId(): number {
    const id = this.#nextSheetId;
    // Sheets gives the first sheet gid 0 and later ones large random ids; deterministic here.
    this.#nextSheetId = id === 0 ? 1_000_001 : id + 1;
    return id;
  }

  newMetadataId(): number {
    return this.#nextMetadataId++;
  }

  newChartId(): number {
    return this.#nextChartId++;
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.sheetId === id);
  }

  /** Sheet names are unique regardless of case, and lookups ignore case, as in Sheets. */
  sheetByName(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  activeSheet(): SheetModel {
    const sheet = (this.activeSheetId === undefined ? undefined : this.sheetById(this.activeSheetId)) ?? this.sheets[0];
    if (!sheet) throw new Error('emulator: a spreadsheet always has a sheet');
    return sheet;
  }

  cellCount(): number {
    return this.sheets.reduce((n, s) => n + s.cellCount(), 0);
  }

  /**
   * File → Make a copy (or a …/copy link): the sheets with their ids, content and formats, and the
   * developer metadata. Document properties and locks stay behind.
   */
  copy(id: string, name: string): DocumentModel {
    const d = new DocumentModel(id, name, this.locale, this.timeZone);
    d.sheets = this.sheets.map((s) => s.copy());
    d.metadata = structuredClone(this.metadata);
    d.activeSheetId = this.sheets[0]?.sheetId;
    d.#nextSheetId = this.#nextSheetId;
    d.#nextMetadataId = this.#nextMetadataId;
    d.#nextChartId = this.#nextChartId;
    return d;
  }
}
