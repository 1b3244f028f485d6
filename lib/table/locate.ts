import { isBlank, type Cell } from '../cells/result.ts';
import { cellText } from '../cells/text.ts';
import type { ColumnOverrides, Columns } from '../columns/column.ts';
import { columnLetter } from '../problems/problem.ts';
import { headerKey, readHeader, unitOf, unitOnly, unitRowUnit, type Unit } from './header-text.ts';
import type { Grid } from './sheet.ts';

/** Where a dataset's header is and which column holds which field. */
export type Located = {
  readonly dataset: string;
  /** 0-based index of the header row in the grid (the sheet row is one more). */
  readonly headerIndex: number;
  /** 0-based index of the first row under the header (after a unit sub-header row, if any). */
  readonly dataIndex: number;
  readonly columns: readonly MappedColumn[];
  readonly unknown: readonly { readonly index: number; readonly header: string }[];
  readonly missing: readonly string[];
};

export type MappedColumn = {
  readonly field: string;
  readonly index: number;
  readonly letter: string;
  readonly header: string;
  /** The column's own unit, else the sheet's unit row; undefined when neither says. */
  readonly unit: Unit | undefined;
};

/** What header search needs of a dataset: its id and columns. */
export type DatasetShape = {
  readonly id: string;
  readonly columns: Columns;
  /** A money field → the field its column becomes when the column is in a foreign currency. */
  readonly foreignFields?: Readonly<Partial<Record<string, string>>>;
};

/** How far down a header may sit: published ledgers put a title, a date and a unit row above it. */
export const HEADER_SEARCH_ROWS = 10;

const aliasIndexes = new WeakMap<Columns, { exact: Map<string, string>; byLength: (readonly [string, string])[] }>();

function aliasIndex(columns: Columns) {
  let idx = aliasIndexes.get(columns);
  if (!idx) {
    const exact = new Map<string, string>();
    for (const [field, spec] of Object.entries(columns)) {
      exact.set(field.toLowerCase(), field);
      for (const a of spec.aliases) exact.set(headerKey(a), field);
    }
    const byLength = [...exact.entries()].filter(([k]) => k.length >= 2).sort((a, b) => b[0].length - a[0].length);
    idx = { exact, byLength };
    aliasIndexes.set(columns, idx);
  }
  return idx;
}

/** The field a header names: exact alias first, else the longest alias the header contains. */
function matchHeader(name: string, columns: Columns, overrides?: ColumnOverrides): string | undefined {
  if (name === '') return undefined;
  if (overrides) {
    for (const [text, field] of Object.entries(overrides)) if (headerKey(text) === name && field in columns) return field;
  }
  const idx = aliasIndex(columns);
  const hit = idx.exact.get(name);
  if (hit) return hit;
  // A long header that merely mentions a word is a sentence, not a column name.
  if (name.length > 12) return undefined;
  for (const [alias, field] of idx.byLength) if (name.includes(alias)) return field;
  return undefined;
}

// 金额（美元） is its own field: a foreign amount is summed apart, never added into yuan.
const fieldFor = (shape: DatasetShape, field: string, unit: Unit | undefined): string =>
  (unit?.currency === 'foreign' ? shape.foreignFields?.[field] : undefined) ?? field;

function mapRow(row: readonly Cell[], shape: DatasetShape, sheetUnit: Unit | undefined, overrides?: ColumnOverrides) {
  const columns: MappedColumn[] = [];
  const unknown: { index: number; header: string }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < row.length; i++) {
    const raw = row[i];
    if (isBlank(raw)) continue;
    const h = readHeader(raw);
    const named = matchHeader(h.name, shape.columns, overrides);
    const unit = unitOf(h.unit) ?? sheetUnit;
    const field = named === undefined ? undefined : fieldFor(shape, named, unit);
    if (field === undefined || seen.has(field) || !(field in shape.columns)) {
      unknown.push({ index: i, header: cellText(raw) });
      continue;
    }
    seen.add(field);
    columns.push({ field, index: i, letter: columnLetter(i), header: cellText(raw), unit });
  }
  return { columns, unknown };
}

/**
 * A row of unit words under the header (金额 merged over 人民币 | 美元, or （元） under each amount): each
 * word sets the unit of its column, and a word under the blank right half of a merged header cell
 * makes a column of the field to its left. Undefined when the row is not such a row.
 */
function applySubHeader(header: readonly Cell[], sub: readonly Cell[] | undefined, mapped: readonly MappedColumn[], shape: DatasetShape) {
  if (!sub) return undefined;
  // 单位：万元 on the row under the header speaks for the whole sheet, wherever it sits.
  const sheetWide = unitOf(unitRowUnit(sub));
  if (sheetWide && sub.filter((c) => !isBlank(c)).length === 1) {
    return mapped.map((c) => (c.unit ? c : { ...c, field: fieldFor(shape, c.field, sheetWide), unit: sheetWide }));
  }
  const units = new Map<number, Unit>();
  for (let i = 0; i < sub.length; i++) {
    if (isBlank(sub[i])) continue;
    const unit = unitOf(unitOnly(sub[i]));
    if (!unit) return undefined;
    units.set(i, unit);
  }
  if (units.size === 0) return undefined;
  const columns: MappedColumn[] = [];
  const seen = new Set<string>();
  const byIndex = new Map(mapped.map((c) => [c.index, c]));
  for (let i = 0; i < Math.max(header.length, sub.length); i++) {
    const unit = units.get(i);
    let own = byIndex.get(i);
    if (!own && unit && isBlank(header[i])) {
      // The merged header cell is the nearest non-blank one to the left.
      let j = i - 1;
      while (j >= 0 && isBlank(header[j])) j--;
      const left = byIndex.get(j);
      if (left) own = { ...left, index: i, letter: columnLetter(i) };
    }
    if (!own) continue;
    const field = fieldFor(shape, own.field, unit ?? own.unit);
    const base = own.field === field ? own : { ...own, field };
    if (seen.has(field) || !(field in shape.columns)) continue;
    seen.add(field);
    columns.push(unit ? { ...base, unit } : base);
  }
  return columns;
}

/**
 * Finds the header row of the dataset the sheet holds, within the first rows. The row and dataset
 * with the most matched columns win (at least two); a sheet matching none is not a register.
 */
export function locateHeader(values: Grid, shapes: readonly DatasetShape[], overrides?: ColumnOverrides): Located | undefined {
  let best: { score: number; located: Located } | undefined;
  let sheetUnit: Unit | undefined;
  const last = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const row = values[r] ?? [];
    sheetUnit = unitOf(unitRowUnit(row)) ?? sheetUnit;
    for (const shape of shapes) {
      const { columns, unknown } = mapRow(row, shape, sheetUnit, overrides);
      const required = Object.entries(shape.columns)
        .filter(([, s]) => s.required)
        .map(([f]) => f);
      const missing = required.filter((f) => !columns.some((c) => c.field === f));
      // Matched columns count most; a required one found breaks ties between datasets.
      const score = columns.length * 10 + (required.length - missing.length);
      if (columns.length >= 2 && (!best || score > best.score)) {
        best = { score, located: { dataset: shape.id, headerIndex: r, dataIndex: r + 1, columns, unknown, missing } };
      }
    }
  }
  if (!best) return undefined;
  const l = best.located;
  const shape = shapes.find((s) => s.id === l.dataset)!;
  const header = values[l.headerIndex] ?? [];
  const sub = applySubHeader(header, values[l.headerIndex + 1], l.columns, shape);
  if (!sub) return l;
  const missing = l.missing.filter((f) => !sub.some((c) => c.field === f));
  return { ...l, dataIndex: l.headerIndex + 2, columns: sub, missing };
}
