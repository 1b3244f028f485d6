import { isBlank, type Cell } from '../cells/result.ts';
import { cellText } from '../cells/text.ts';
import type { Columns } from '../datasets/column.ts';
import { columnLetter } from '../problems/problem.ts';
import { headerKey, readHeader, unitOf, unitRowUnit, type Unit } from './header-text.ts';

/** Where a dataset's header is and which column holds which field. */
export type Located = {
  readonly dataset: string;
  /** 0-based index of the header row in the grid (the sheet row is one more). */
  readonly headerIndex: number;
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

export type DatasetShape = { readonly id: string; readonly columns: Columns };

/** User overrides: a header text (as typed) → a field key, per dataset or for all. */
export type ColumnOverrides = Readonly<Record<string, string>>;

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
export function matchHeader(name: string, columns: Columns, overrides?: ColumnOverrides): string | undefined {
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

function mapRow(row: readonly Cell[], shape: DatasetShape, sheetUnit: Unit | undefined, overrides?: ColumnOverrides) {
  const columns: MappedColumn[] = [];
  const unknown: { index: number; header: string }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < row.length; i++) {
    const raw = row[i];
    if (isBlank(raw)) continue;
    const h = readHeader(raw);
    const field = matchHeader(h.name, shape.columns, overrides);
    if (field === undefined || seen.has(field)) {
      unknown.push({ index: i, header: cellText(raw) });
      continue;
    }
    seen.add(field);
    columns.push({ field, index: i, letter: columnLetter(i), header: cellText(raw), unit: unitOf(h.unit) ?? sheetUnit });
  }
  return { columns, unknown };
}

/**
 * Finds the header row of the dataset the sheet holds, within the first rows. The row and dataset
 * with the most matched columns win (at least two); a sheet matching none is not a register.
 */
export function locateHeader(
  values: readonly (readonly Cell[])[],
  shapes: readonly DatasetShape[],
  overrides?: ColumnOverrides,
): Located | undefined {
  let best: { score: number; located: Located } | undefined;
  let sheetUnit: Unit | undefined;
  const last = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const row = values[r] ?? [];
    sheetUnit = unitOf(unitRowUnit(row)) ?? sheetUnit;
    for (const shape of shapes) {
      const { columns, unknown } = mapRow(row, shape, sheetUnit, overrides);
      const required = Object.entries(shape.columns).filter(([, s]) => s.required).map(([f]) => f);
      const missing = required.filter((f) => !columns.some((c) => c.field === f));
      // Matched columns count most; a required one found breaks ties between datasets.
      const score = columns.length * 10 + (required.length - missing.length);
      if (columns.length >= 2 && (!best || score > best.score)) {
        best = { score, located: { dataset: shape.id, headerIndex: r, columns, unknown, missing } };
      }
    }
  }
  return best?.located;
}
