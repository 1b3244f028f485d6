// Sheet: one tab of the spreadsheet.
// https://developers.google.com/apps-script/reference/spreadsheet/sheet
import { parseA1 } from './a1.ts';
import { addChart, chartsOf, makeChartBuilder, removeChart } from './charts.ts';
import { makeRule, ruleModelOf } from './conditional.ts';
import type { Env } from './env.ts';
import { addMetadata, makeFinder, metadataOn } from './metadata.ts';
import { MAX_CELLS, type SheetModel } from './model.ts';
import { makeRange, rawRange } from './range.ts';
import { makeSpreadsheet, renameCheck } from './spreadsheet.ts';

export function makeSheet(env: Env, sheet: SheetModel): SheetFacade {
  return env.wrap('Sheet', new SheetFacade(env, sheet));
}

const DEFAULT_COLUMN_WIDTH = 100;

export class SheetFacade {
  readonly #env: Env;
  readonly #sheet: SheetModel;

  constructor(env: Env, sheet: SheetModel) {
    this.#env = env;
    this.#sheet = sheet;
  }

  static model(sheet: SheetFacade): SheetModel {
    return sheet.#sheet;
  }

  getName(): string {
    return this.#sheet.name;
  }
  setName(name: unknown): this {
    if (typeof name !== 'string') throw this.#env.badArguments('Sheet', 'setName', [name]);
    renameCheck(this.#env, name, this.#sheet);
    this.#sheet.name = name;
    return this;
  }
  getSheetId(): number {
    return this.#sheet.sheetId;
  }
  getIndex(): number {
    return this.#env.doc.sheets.indexOf(this.#sheet) + 1;
  }
  getParent(): unknown {
    return makeSpreadsheet(this.#env);
  }
  getLastRow(): number {
    return this.#sheet.lastRow();
  }
  getLastColumn(): number {
    return this.#sheet.lastColumn();
  }
  getMaxRows(): number {
    return this.#sheet.maxRows;
  }
  getMaxColumns(): number {
    return this.#sheet.maxColumns;
  }

  /** getRange(row, column), (row, column, numRows), (row, column, numRows, numColumns), (a1Notation). */
  getRange(...args: unknown[]): unknown {
    const sheet = this.#sheet;
    if (args.length === 1 && typeof args[0] === 'string') {
      const ref = parseA1(args[0]);
      if (!ref) throw this.#env.fail('Range not found');
      const row = ref.startRow ?? 1;
      const column = ref.startColumn ?? 1;
      const endRow = ref.endRow ?? sheet.maxRows;
      const endColumn = ref.endColumn ?? sheet.maxColumns;
      return makeRange(this.#env, sheet, row, column, endRow - row + 1, endColumn - column + 1);
    }
    if (args.length < 2 || args.length > 4 || !args.every((a) => typeof a === 'number' && Number.isFinite(a))) {
      throw this.#env.badArguments('Sheet', 'getRange', args);
    }
    const [row, column, numRows = 1, numColumns = 1] = (args as number[]).map(Math.trunc);
    return makeRange(this.#env, sheet, row ?? 0, column ?? 0, numRows, numColumns);
  }

  /** The cells with content, from A1; A1 alone on an empty sheet. */
  getDataRange(): unknown {
    return makeRange(this.#env, this.#sheet, 1, 1, Math.max(1, this.#sheet.lastRow()), Math.max(1, this.#sheet.lastColumn()));
  }

  getSheetValues(row: number, column: number, numRows: number, numColumns: number): unknown {
    return rawRange(this.#env, this.#sheet, row, column, numRows, numColumns).getValues();
  }

  appendRow(rowContents: unknown): this {
    if (!Array.isArray(rowContents)) throw this.#env.badArguments('Sheet', 'appendRow', [rowContents]);
    const row = this.#sheet.lastRow() + 1;
    const s = this.#sheet;
    const moreRows = Math.max(0, row - s.maxRows);
    const moreColumns = Math.max(0, rowContents.length - s.maxColumns);
    this.#checkGrowth(moreRows, moreColumns);
    s.maxRows += moreRows;
    s.maxColumns += moreColumns;
    if (rowContents.length > 0) rawRange(this.#env, this.#sheet, row, 1, 1, rowContents.length).setValues([rowContents]);
    return this;
  }

  clear(options?: unknown): this {
    this.#whole().clear(options);
    return this;
  }
  clearContents(): this {
    this.#whole().clearContent();
    return this;
  }
  clearFormats(): this {
    this.#whole().clearFormat();
    return this;
  }
  clearNotes(): this {
    this.#whole().clearNote();
    return this;
  }

  setFrozenRows(rows: unknown): this {
    this.#sheet.frozenRows = this.#count('setFrozenRows', rows, this.#sheet.maxRows);
    return this;
  }
  getFrozenRows(): number {
    return this.#sheet.frozenRows;
  }
  setFrozenColumns(columns: unknown): this {
    this.#sheet.frozenColumns = this.#count('setFrozenColumns', columns, this.#sheet.maxColumns);
    return this;
  }
  getFrozenColumns(): number {
    return this.#sheet.frozenColumns;
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.#checkGrowth(howMany, 0);
    this.#sheet.insertRows(afterPosition + 1, howMany);
    return this;
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    return this.insertRowsAfter(beforePosition - 1, howMany);
  }
  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowBefore(beforePosition: number): this {
    return this.insertRowsAfter(beforePosition - 1, 1);
  }
  deleteRows(rowPosition: number, howMany: number): this {
    if (howMany >= this.#sheet.maxRows) throw this.#env.fail("You can't delete all the rows on the sheet.");
    this.#sheet.deleteRows(rowPosition, howMany);
    return this;
  }
  deleteRow(rowPosition: number): this {
    return this.deleteRows(rowPosition, 1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.#checkGrowth(0, howMany);
    this.#sheet.insertColumns(afterPosition + 1, howMany);
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    return this.insertColumnsAfter(beforePosition - 1, howMany);
  }
  deleteColumns(columnPosition: number, howMany: number): this {
    if (howMany >= this.#sheet.maxColumns) throw this.#env.fail("You can't delete all the columns on the sheet.");
    this.#sheet.deleteColumns(columnPosition, howMany);
    return this;
  }

  setColumnWidth(column: number, width: number): this {
    this.#sheet.columnWidths.set(column, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c += 1) this.#sheet.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(column: number): number {
    return this.#sheet.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  }
  /** Fits columns to their longest shown text, counting CJK characters double as Sheets renders them. */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    const whole = rawRange(this.#env, this.#sheet, 1, startColumn, Math.max(1, this.#sheet.lastRow()), numColumns).getDisplayValues();
    for (let j = 0; j < numColumns; j += 1) {
      const widest = Math.max(0, ...whole.map((line) => displayWidth(line[j] ?? '')));
      this.#sheet.columnWidths.set(startColumn + j, Math.max(21, widest * 7 + 12));
    }
    return this;
  }
  autoResizeColumn(columnPosition: number): this {
    return this.autoResizeColumns(columnPosition, 1);
  }

  activate(): this {
    this.#env.doc.activeSheetId = this.#sheet.sheetId;
    this.#sheet.hidden = false;
    return this;
  }
  hideSheet(): this {
    if (this.#env.doc.sheets.every((s) => s === this.#sheet || s.hidden))
      throw this.#env.fail("You can't hide all the sheets in a document.");
    this.#sheet.hidden = true;
    return this;
  }
  showSheet(): this {
    this.#sheet.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.#sheet.hidden;
  }

  newChart(): unknown {
    return makeChartBuilder(this.#env, undefined);
  }
  insertChart(chart: unknown): void {
    addChart(this.#env, this.#sheet, chart, 'insertChart');
  }
  updateChart(chart: unknown): void {
    addChart(this.#env, this.#sheet, chart, 'updateChart');
  }
  removeChart(chart: unknown): void {
    removeChart(this.#env, this.#sheet, chart);
  }
  getCharts(): unknown[] {
    return chartsOf(this.#env, this.#sheet);
  }

  addDeveloperMetadata(...args: unknown[]): this {
    addMetadata(this.#env, 'Sheet', this.#sheet.sheetId, args);
    return this;
  }
  getDeveloperMetadata(): unknown[] {
    return metadataOn(this.#env, this.#sheet.sheetId);
  }
  createDeveloperMetadataFinder(): unknown {
    return makeFinder(this.#env, this.#sheet.sheetId);
  }

  /** getRangeList(a1Notations): one RangeList over several ranges of this sheet. */
  getRangeList(a1Notations: unknown): unknown {
    if (!Array.isArray(a1Notations) || a1Notations.some((a) => typeof a !== 'string'))
      throw this.#env.badArguments('Sheet', 'getRangeList', [a1Notations]);
    const ranges = a1Notations.map((a1: string) => {
      const ref = parseA1(a1);
      if (!ref) throw this.#env.fail('Range not found');
      const row = ref.startRow ?? 1;
      const column = ref.startColumn ?? 1;
      const numRows = (ref.endRow ?? this.#sheet.maxRows) - row + 1;
      const numColumns = (ref.endColumn ?? this.#sheet.maxColumns) - column + 1;
      return makeRange(this.#env, this.#sheet, row, column, numRows, numColumns);
    });
    return this.#env.wrap('RangeList', { getRanges: () => this.#env.arr(ranges), toString: () => 'RangeList' });
  }

  getConditionalFormatRules(): unknown[] {
    return this.#env.arr(this.#sheet.conditionalRules.map((rule) => makeRule(this.#env, this.#sheet, rule)));
  }
  setConditionalFormatRules(rules: unknown): void {
    if (!Array.isArray(rules)) throw this.#env.badArguments('Sheet', 'setConditionalFormatRules', [rules]);
    this.#sheet.conditionalRules = rules.map((r) => ruleModelOf(this.#env, r, 'setConditionalFormatRules'));
  }
  clearConditionalFormatRules(): void {
    this.#sheet.conditionalRules = [];
  }

  toString(): string {
    return 'Sheet';
  }

  #whole(): ReturnType<typeof rawRange> {
    return rawRange(this.#env, this.#sheet, 1, 1, this.#sheet.maxRows, this.#sheet.maxColumns);
  }

  #count(method: string, n: unknown, max: number): number {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > max) throw this.#env.badArguments('Sheet', method, [n]);
    return n;
  }

  #checkGrowth(rows: number, columns: number): void {
    const s = this.#sheet;
    const added = rows * s.maxColumns + columns * (s.maxRows + rows);
    if (this.#env.doc.cellCount() + added > MAX_CELLS) {
      throw this.#env.fail(`This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`);
    }
  }
}

const displayWidth = (text: string): number => {
  let n = 0;
  for (const ch of text) n += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return n;
};
