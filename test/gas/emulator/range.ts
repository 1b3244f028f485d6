// Range: a block of cells on a sheet. 1-based like Apps Script, with its exceptions for bad
// coordinates and for data whose shape does not match the range.
// https://developers.google.com/apps-script/reference/spreadsheet/range
import { rangeA1 } from './a1.ts';
import { checkShape, displayOf, eachCell, gridOf, numberFormatOf, scriptValue, styleOf, writeCell, type Block } from './cells.ts';
import type { Env } from './env.ts';
import { FORMAT_LAYERS, type Layer, type SheetModel } from './model.ts';
import { isPlainObject } from './realm.ts';
import { makeSheet } from './sheet.ts';

/** The Range script code sees: counted and checked by env.wrap. */
export function makeRange(env: Env, sheet: SheetModel, row: number, column: number, numRows: number, numColumns: number): RangeFacade {
  return env.wrap('Range', rawRange(env, sheet, row, column, numRows, numColumns));
}

/**
 * A Range for the emulator's own use (Sheet.appendRow, Sheet.clear …): calls on it are not counted,
 * because the script made one call. Throws Apps Script's errors for bad coordinates.
 */
export function rawRange(env: Env, sheet: SheetModel, row: number, column: number, numRows: number, numColumns: number): RangeFacade {
  if (row < 1) throw env.fail('The starting row of the range is too small.');
  if (column < 1) throw env.fail('The starting column of the range is too small.');
  if (numRows < 1) throw env.fail('The number of rows in the range must be at least 1.');
  if (numColumns < 1) throw env.fail('The number of columns in the range must be at least 1.');
  if (row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns) {
    throw env.fail('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return new RangeFacade(env, { sheet, row, column, numRows, numColumns });
}

const blank = (v: unknown): boolean => v === null || v === undefined || v === '';

export class RangeFacade {
  readonly #env: Env;
  readonly #b: Block;

  constructor(env: Env, block: Block) {
    this.#env = env;
    this.#b = block;
  }

  /** For facades that take a Range argument (charts, rules, triggers); static, so scripts cannot reach it. */
  static geometry(range: RangeFacade): Block {
    return range.#b;
  }

  getRow(): number {
    return this.#b.row;
  }
  getColumn(): number {
    return this.#b.column;
  }
  getNumRows(): number {
    return this.#b.numRows;
  }
  getNumColumns(): number {
    return this.#b.numColumns;
  }
  getHeight(): number {
    return this.#b.numRows;
  }
  getWidth(): number {
    return this.#b.numColumns;
  }
  getLastRow(): number {
    return this.#b.row + this.#b.numRows - 1;
  }
  getLastColumn(): number {
    return this.#b.column + this.#b.numColumns - 1;
  }
  getGridId(): number {
    return this.#b.sheet.sheetId;
  }
  setDataValidation(rule: unknown): this {
    const v = this.#env.unwrap<{ __validation: { criteria: string; values: unknown[]; allowInvalid: boolean } }>('DataValidation', rule);
    if (!v && rule !== null) throw this.#env.badArguments('Range', 'setDataValidation', [rule]);
    const a1 = this.getA1Notation();
    this.#b.sheet.dataValidations = this.#b.sheet.dataValidations.filter((d) => d.a1 !== a1);
    if (v) this.#b.sheet.dataValidations.push({ a1, ...v.__validation });
    return this;
  }
  /** Merges the range; Sheets keeps the top-left value. */
  merge(): this {
    const { row, column, numRows, numColumns } = this.#b;
    this.#b.sheet.merge({ row, column, numRows, numColumns });
    return this;
  }
  /** The merged areas that overlap the range, each whole. */
  getMergedRanges(): RangeFacade[] {
    const b = this.#b;
    return b.sheet.merges
      .filter(
        (m) =>
          m.row < b.row + b.numRows &&
          b.row < m.row + m.numRows &&
          m.column < b.column + b.numColumns &&
          b.column < m.column + m.numColumns,
      )
      .map((m) => makeRange(this.#env, b.sheet, m.row, m.column, m.numRows, m.numColumns));
  }
  getA1Notation(): string {
    return rangeA1(this.#b.row, this.#b.column, this.#b.numRows, this.#b.numColumns);
  }
  getSheet(): unknown {
    return makeSheet(this.#env, this.#b.sheet);
  }

  // Values -------------------------------------------------------------------------------------

  getValues(): unknown[][] {
    this.#env.meter.cells(this.#b.numRows * this.#b.numColumns, 'read');
    return gridOf(this.#env, this.#b, (r, c) => scriptValue(this.#env, this.#b.sheet.value(r, c)));
  }
  getValue(): unknown {
    return scriptValue(this.#env, this.#b.sheet.value(this.#b.row, this.#b.column));
  }
  getDisplayValues(): string[][] {
    this.#env.meter.cells(this.#b.numRows * this.#b.numColumns, 'read');
    return gridOf(this.#env, this.#b, (r, c) => displayOf(this.#env, this.#b.sheet, r, c));
  }
  getDisplayValue(): string {
    return displayOf(this.#env, this.#b.sheet, this.#b.row, this.#b.column);
  }
  setValues(values: unknown): this {
    const data = checkShape(this.#env, this.#b, 'setValues', values);
    this.#env.meter.cells(this.#b.numRows * this.#b.numColumns, 'write');
    data.forEach((line, i) => line.forEach((v, j) => writeCell(this.#env, this.#b.sheet, this.#b.row + i, this.#b.column + j, v, false)));
    return this;
  }
  /** Sets every cell of the range. */
  setValue(value: unknown): this {
    if (Array.isArray(value)) throw this.#env.badArguments('Range', 'setValue', [value]);
    eachCell(this.#b, (r, c) => writeCell(this.#env, this.#b.sheet, r, c, value, false));
    return this;
  }
  isBlank(): boolean {
    let empty = true;
    eachCell(this.#b, (r, c) => {
      if (this.#b.sheet.value(r, c) !== '' || this.#b.sheet.layer('formula', r, c)) empty = false;
    });
    return empty;
  }

  getFormulas(): string[][] {
    return gridOf(this.#env, this.#b, (r, c) => this.#b.sheet.layer('formula', r, c) ?? '');
  }
  getFormula(): string {
    return this.#b.sheet.layer('formula', this.#b.row, this.#b.column) ?? '';
  }
  setFormula(formula: unknown): this {
    if (typeof formula !== 'string') throw this.#env.badArguments('Range', 'setFormula', [formula]);
    eachCell(this.#b, (r, c) => writeCell(this.#env, this.#b.sheet, r, c, formula, true));
    return this;
  }
  setFormulas(formulas: unknown): this {
    const data = checkShape(this.#env, this.#b, 'setFormulas', formulas);
    data.forEach((line, i) => line.forEach((f, j) => writeCell(this.#env, this.#b.sheet, this.#b.row + i, this.#b.column + j, f, true)));
    return this;
  }

  // Formats and notes --------------------------------------------------------------------------

  getNumberFormats(): string[][] {
    return gridOf(this.#env, this.#b, (r, c) => numberFormatOf(this.#env, this.#b.sheet, r, c));
  }
  getNumberFormat(): string {
    return numberFormatOf(this.#env, this.#b.sheet, this.#b.row, this.#b.column);
  }
  setNumberFormat(format: unknown): this {
    return this.#setAll('setNumberFormat', 'numberFormat', format);
  }
  setNumberFormats(formats: unknown): this {
    return this.#setGrid('setNumberFormats', 'numberFormat', formats);
  }

  getNotes(): string[][] {
    return gridOf(this.#env, this.#b, (r, c) => this.#b.sheet.layer('note', r, c) ?? '');
  }
  getNote(): string {
    return this.#b.sheet.layer('note', this.#b.row, this.#b.column) ?? '';
  }
  setNote(note: unknown): this {
    return this.#setAll('setNote', 'note', note);
  }
  setNotes(notes: unknown): this {
    return this.#setGrid('setNotes', 'note', notes);
  }
  clearNote(): this {
    return this.#clear(false, ['note']);
  }

  setFontWeight(weight: unknown): this {
    return this.#setAll('setFontWeight', 'fontWeight', weight);
  }
  setFontWeights(weights: unknown): this {
    return this.#setGrid('setFontWeights', 'fontWeight', weights);
  }
  getFontWeight(): string {
    return styleOf(this.#b.sheet, 'fontWeight', this.#b.row, this.#b.column);
  }
  getFontWeights(): string[][] {
    return gridOf(this.#env, this.#b, (r, c) => styleOf(this.#b.sheet, 'fontWeight', r, c));
  }
  setFontColor(color: unknown): this {
    return this.#setAll('setFontColor', 'fontColor', color);
  }
  getFontColor(): string {
    return styleOf(this.#b.sheet, 'fontColor', this.#b.row, this.#b.column);
  }
  setBackground(color: unknown): this {
    return this.#setAll('setBackground', 'background', color);
  }
  setBackgrounds(colors: unknown): this {
    return this.#setGrid('setBackgrounds', 'background', colors);
  }
  getBackground(): string {
    return styleOf(this.#b.sheet, 'background', this.#b.row, this.#b.column);
  }
  getBackgrounds(): string[][] {
    return gridOf(this.#env, this.#b, (r, c) => styleOf(this.#b.sheet, 'background', r, c));
  }
  setHorizontalAlignment(alignment: unknown): this {
    return this.#setAll('setHorizontalAlignment', 'horizontalAlignment', alignment);
  }
  setWrap(wrap: unknown): this {
    if (typeof wrap !== 'boolean') throw this.#env.badArguments('Range', 'setWrap', [wrap]);
    return this.#setAll('setWrap', 'wrap', String(wrap));
  }

  /** Contents and formats; with options, only the kinds named (commentsOnly clears notes). */
  clear(options?: unknown): this {
    const o = (isPlainObject(options) ? options : {}) as Record<string, unknown>;
    const some = Boolean(o['contentsOnly'] || o['formatOnly'] || o['commentsOnly'] || o['validationsOnly']);
    const contents = !some || Boolean(o['contentsOnly']);
    const formats = !some || Boolean(o['formatOnly']);
    const layers: Layer[] = [
      ...(contents ? (['formula'] as const) : []),
      ...(formats ? FORMAT_LAYERS : []),
      ...(o['commentsOnly'] ? (['note'] as const) : []),
    ];
    return this.#clear(contents, layers);
  }
  clearContent(): this {
    return this.#clear(true, ['formula']);
  }
  clearFormat(): this {
    return this.#clear(false, FORMAT_LAYERS);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): unknown {
    const b = this.#b;
    return makeRange(this.#env, b.sheet, b.row + rowOffset, b.column + columnOffset, numRows ?? b.numRows, numColumns ?? b.numColumns);
  }
  getCell(row: number, column: number): unknown {
    if (row > this.#b.numRows || column > this.#b.numColumns) throw this.#env.fail('Cell reference out of range');
    return makeRange(this.#env, this.#b.sheet, this.#b.row + row - 1, this.#b.column + column - 1, 1, 1);
  }
  activate(): this {
    const { sheet, row, column, numRows, numColumns } = this.#b;
    this.#env.doc.activeSheetId = sheet.sheetId;
    this.#env.doc.activeRange = { sheetId: sheet.sheetId, row, column, numRows, numColumns };
    return this;
  }
  toString(): string {
    return 'Range';
  }

  #clear(values: boolean, layers: readonly Layer[]): this {
    const { sheet, row, column, numRows, numColumns } = this.#b;
    sheet.clear(row, column, numRows, numColumns, values, layers);
    return this;
  }

  #setAll(method: string, layer: Layer, value: unknown): this {
    if (!blank(value) && typeof value !== 'string') throw this.#env.badArguments('Range', method, [value]);
    const v = blank(value) ? undefined : (value as string);
    eachCell(this.#b, (r, c) => this.#b.sheet.setLayer(layer, r, c, v));
    return this;
  }

  #setGrid(method: string, layer: Layer, values: unknown): this {
    const data = checkShape(this.#env, this.#b, method, values);
    data.forEach((line, i) =>
      line.forEach((v, j) => this.#b.sheet.setLayer(layer, this.#b.row + i, this.#b.column + j, blank(v) ? undefined : String(v))),
    );
    return this;
  }
}
