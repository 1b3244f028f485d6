// Cell-by-cell work on a block of a sheet, shared by Range's methods: what a script reads from a
// cell, how a written value is stored, and the shape check every 2-D setter makes.
import { AUTOMATIC_FORMAT, autoDateFormat, displayValue } from './display.ts';
import type { Env } from './env.ts';
import type { Layer, SheetModel } from './model.ts';
import { DateValue, coerceWrite, type Stored } from './values.ts';

/** A rectangle of cells; 1-based like Apps Script. */
export interface Block {
  readonly sheet: SheetModel;
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

const STYLE_DEFAULTS: Readonly<Partial<Record<Layer, string>>> = {
  fontWeight: 'normal',
  fontColor: '#000000',
  background: '#ffffff',
  horizontalAlignment: 'general',
};

/** A stored value as getValues returns it: dates become Dates of the script's realm. */
export const scriptValue = (env: Env, v: Stored): unknown => (v instanceof DateValue ? env.date(v.ms) : v);

export const displayOf = (env: Env, sheet: SheetModel, r: number, c: number): string =>
  displayValue(sheet.value(r, c), sheet.layer('numberFormat', r, c), env.doc.timeZone);

/** The cell's own format, else the automatic one Sheets reports (a date format for date cells). */
export function numberFormatOf(env: Env, sheet: SheetModel, r: number, c: number): string {
  const explicit = sheet.layer('numberFormat', r, c);
  if (explicit !== undefined) return explicit;
  const v = sheet.value(r, c);
  return v instanceof DateValue ? autoDateFormat(v.ms, env.doc.timeZone) : AUTOMATIC_FORMAT;
}

export const styleOf = (sheet: SheetModel, layer: Layer, r: number, c: number): string =>
  sheet.layer(layer, r, c) ?? STYLE_DEFAULTS[layer] ?? '';

/** Stores a written value as Sheets would (values.ts); `formula` is set for setFormula(s). */
export function writeCell(env: Env, sheet: SheetModel, r: number, c: number, raw: unknown, formula: boolean): void {
  const asText = !formula && sheet.layer('numberFormat', r, c) === '@';
  let written: ReturnType<typeof coerceWrite>;
  try {
    written = coerceWrite(raw, env.doc.timeZone, asText);
  } catch (e) {
    throw env.fail((e as Error).message);
  }
  sheet.setValue(r, c, written.value);
  sheet.setLayer('formula', r, c, written.formula);
  if (written.numberFormat !== undefined && sheet.layer('numberFormat', r, c) === undefined) {
    sheet.setLayer('numberFormat', r, c, written.numberFormat);
  }
}

/** Apps Script's checks for a 2-D argument: an array of arrays matching the block exactly. */
export function checkShape(env: Env, block: Block, method: string, data: unknown): unknown[][] {
  if (!Array.isArray(data) || !data.every((line) => Array.isArray(line))) throw env.badArguments('Range', method, [data]);
  const grid = data as unknown[][];
  if (grid.length !== block.numRows) {
    throw env.fail(
      `The number of rows in the data does not match the number of rows in the range. The data has ${grid.length} but the range has ${block.numRows}.`,
    );
  }
  for (const line of grid) {
    if (line.length !== block.numColumns) {
      throw env.fail(
        `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${block.numColumns}.`,
      );
    }
  }
  return grid;
}

export function eachCell(block: Block, fn: (r: number, c: number) => void): void {
  for (let r = block.row; r < block.row + block.numRows; r += 1) {
    for (let c = block.column; c < block.column + block.numColumns; c += 1) fn(r, c);
  }
}

/** A 2-D array of the script's realm, so `instanceof Array` holds in script code. */
export function gridOf<T>(env: Env, block: Block, fn: (r: number, c: number) => T): T[][] {
  const out = env.arr<T[]>([]);
  for (let r = block.row; r < block.row + block.numRows; r += 1) {
    const line = env.arr<T>([]);
    for (let c = block.column; c < block.column + block.numColumns; c += 1) line.push(fn(r, c));
    out.push(line);
  }
  return out;
}
