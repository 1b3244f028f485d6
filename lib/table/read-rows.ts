import { formulaError } from '../cells/formula-error.ts';
import { isBlank, type Cell, type CellFailure, type CellProblemCode, type Parsed } from '../cells/result.ts';
import { cellText } from '../cells/text.ts';
import { reportFormulaError, type FormulaErrorSink } from '../checks/formula-errors.ts';
import type { Columns, ColumnSpec, RowValues, ValueOf } from '../columns/column.ts';
import { kinds, type ParseContext } from '../columns/kinds.ts';
import type { Emitter, ProblemSink } from '../problems/collector.ts';
import type { ProblemInput } from '../problems/problem.ts';
import { maskValue } from '../privacy/mask.ts';
import type { Located, MappedColumn } from './locate.ts';
import { classifyRow } from './rows.ts';
import type { Grid } from './sheet.ts';

/** The problems of reading cells: a required cell blank, a cell its parser cannot read. */
export const cellReading = {
  id: 'cells',
  codes: ['required', 'type', 'format', 'range', 'enum', 'status-guess', 'precision-loss', 'control-character'],
} as const satisfies Emitter<'required' | CellProblemCode>;

/**
 * A data row's parsed values, undefined where the cell is blank or bad: by position on the hot path
 * (`valueAt(rec, fieldIndex(columns).compound)`, an array slot) and by name elsewhere (`rec.compound`,
 * a getter). Valid only during `onRecord`: the next row reuses it, so a million rows allocate none.
 */
export type FieldValues<C extends Columns = Columns> = readonly unknown[] & RowValues<C>;

declare const SLOT: unique symbol;

/** A field's position in FieldValues, carrying the type of its value. */
export type Slot<T> = number & { readonly [SLOT]?: T };

export type Slots<C extends Columns> = { readonly [F in keyof C]: Slot<ValueOf<C[F]>> };

/** The value in a row's slot: undefined when the cell is blank or bad, or the sheet has no such column. */
export const valueAt = <T>(rec: readonly unknown[], slot: Slot<T>): T | undefined => rec[slot] as T | undefined;

const indexes = new WeakMap<Columns, Readonly<Record<string, number>>>();

/** Each field's slot in a dataset's FieldValues: its position among the dataset's columns. */
export function fieldIndex<C extends Columns>(columns: C): Slots<C> {
  let idx = indexes.get(columns);
  if (!idx) {
    idx = Object.fromEntries(Object.keys(columns).map((field, i) => [field, i]));
    indexes.set(columns, idx);
  }
  return idx as Slots<C>;
}

// One array a sheet, written by position; its getters let code off the hot path read it by name.
function fieldValues<C extends Columns>(columns: C): { slots: unknown[]; rec: FieldValues<C> } {
  const slots: unknown[] = Object.keys(columns).map(() => undefined);
  for (const [field, i] of Object.entries(fieldIndex(columns))) Object.defineProperty(slots, field, { get: () => slots[i] });
  return { slots, rec: slots as unknown as FieldValues<C> };
}

export type RowCounts = { data: number; blank: number; total: number; note: number };

export type TotalRow = { readonly row: number; readonly cells: readonly Cell[] };

/** What reading a sheet's rows found besides its records: how many rows of each kind, and the total rows. */
export type RowsRead = { readonly counts: RowCounts; readonly totals: readonly TotalRow[] };

type CellReadingCode = (typeof cellReading.codes)[number];

export type ReadOptions<C extends Columns> = {
  readonly sheet: string;
  readonly located: Located;
  readonly columns: C;
  readonly year: number | undefined;
  readonly tzOffsetMinutes: number;
  readonly epochOffsetMinutes?: number | undefined;
  readonly problems: ProblemSink<CellReadingCode>;
  readonly formulas: FormulaErrorSink;
  /** Fields of which a row must fill one to be data; a row with none of them (only a 序号) is blank. */
  readonly rowFields?: readonly string[] | undefined;
  /** Called for each total row in place, so a stated total is checked against the rows above it. */
  readonly onTotal?: ((row: number, cells: readonly Cell[]) => void) | undefined;
};

// Distinct values per column are few (compounds, buildings, statuses): parse each once. A column with
// more distinct values than this (names, phones) stops caching; once most of a sample of lookups after
// that miss, it stops looking too and parses every cell.
const CACHE_LIMIT = 4096;
const MISS_SAMPLE = 1024;

// What a cell reads as: its parse, BLANK, or the text of a formula error. Cached together, so a cell
// whose text was seen before needs neither the blank test nor the formula test again.
type Blank = { readonly ok: false; readonly blank: true };
type FormulaError = { readonly ok: false; readonly formula: string };
type Reading = Parsed<unknown> | Blank | FormulaError;
const BLANK: Blank = { ok: false, blank: true };
const blank = (r: Reading): r is Blank => r === BLANK;

// What the row loop needs of a column, flat: read for every cell of a million rows.
type ColumnReader = {
  readonly index: number;
  readonly field: string;
  /** The field's position in FieldValues. */
  readonly slot: number;
  readonly letter: string;
  readonly required: boolean;
  readonly spec: ColumnSpec;
  readonly read: (raw: Cell) => Reading;
};

function reader(col: MappedColumn, spec: ColumnSpec, slot: number, ctx: ParseContext): ColumnReader {
  const parseKind = kinds[spec.kind] as (raw: Cell, ctx: ParseContext) => Parsed<unknown>;
  const fresh = (raw: string | number): Reading => {
    if (isBlank(raw)) return BLANK;
    const formula = formulaError(raw);
    return formula === undefined ? parseKind(raw, ctx) : { ok: false, formula };
  };
  const cache = new Map<string | number, Reading>();
  // Date cells by their time: every parser reads a Date only through getTime() (or not at all), and
  // the days of a date column repeat down it.
  const dates = new Map<number, Parsed<unknown>>();
  let lookupsWhenFull = 0;
  let missesWhenFull = 0;
  let lookup = true;
  // A value often repeats the cell above it (one compound, one group down a block of rows): comparing
  // with that is cheaper than hashing the text again.
  let lastRaw: string | number | undefined;
  let lastReading: Reading | undefined;
  const read = (raw: Cell): Reading => {
    if (typeof raw === 'string' || typeof raw === 'number') {
      if (raw === lastRaw && lastReading !== undefined) return lastReading;
      if (!lookup) return fresh(raw);
      let hit = cache.get(raw);
      if (cache.size >= CACHE_LIMIT) {
        lookupsWhenFull++;
        if (hit === undefined) missesWhenFull++;
        if (lookupsWhenFull === MISS_SAMPLE) lookup = missesWhenFull * 2 < MISS_SAMPLE;
      }
      if (hit === undefined) {
        hit = fresh(raw);
        if (cache.size < CACHE_LIMIT) cache.set(raw, hit);
      }
      lastRaw = raw;
      lastReading = hit;
      return hit;
    }
    if (raw === null || raw === undefined) return BLANK;
    if (!(raw instanceof Date)) return parseKind(raw, ctx);
    const time = raw.getTime();
    let hit = dates.get(time);
    if (hit === undefined) {
      hit = parseKind(raw, ctx);
      if (dates.size < CACHE_LIMIT) dates.set(time, hit);
    }
    return hit;
  };
  return { index: col.index, field: col.field, slot, letter: col.letter, required: spec.required === true, spec, read };
}

/**
 * Reads every row under the header: blank, total and note rows are set apart; each data row's mapped
 * cells are parsed, each bad cell becomes a problem, and the row's values go to `onRecord` with the
 * fields that failed. Cells are never changed: values are read, never written back.
 */
export function readRows<C extends Columns>(
  values: Grid,
  o: ReadOptions<C>,
  onRecord: (rec: FieldValues<C>, row: number, failed: readonly string[]) => void,
): RowsRead {
  const index = fieldIndex(o.columns);
  const readers = o.located.columns.flatMap((col) => {
    const spec = o.columns[col.field];
    const slot: number | undefined = index[col.field];
    if (!spec || slot === undefined) return [];
    const scale = col.unit?.scale ?? 1;
    return [
      reader(col, spec, slot, {
        year: o.year,
        tzOffsetMinutes: o.tzOffsetMinutes,
        epochOffsetMinutes: o.epochOffsetMinutes,
        unitScale: scale,
      }),
    ];
  });
  const { slots, rec } = fieldValues(o.columns);
  const counts: RowCounts = { data: 0, blank: 0, total: 0, note: 0 };
  const totals: TotalRow[] = [];
  const p = o.problems;
  const keyIndexes = o.rowFields ? o.located.columns.filter((c) => o.rowFields!.includes(c.field)).map((c) => c.index) : undefined;
  for (let r = o.located.dataIndex; r < values.length; r++) {
    const row = values[r] ?? [];
    const kind = classifyRow(row);
    if (kind !== 'data') {
      counts[kind]++;
      if (kind === 'total') {
        totals.push({ row: r + 1, cells: row });
        o.onTotal?.(r + 1, row);
      }
      continue;
    }
    if (keyIndexes && !fillsAny(row, keyIndexes)) {
      counts.blank++;
      continue;
    }
    counts.data++;
    let failed: string[] | undefined;
    for (let i = 0; i < readers.length; i++) {
      const rd = readers[i]!;
      const raw = row[rd.index];
      let value: unknown;
      const res = rd.read(raw);
      if (res.ok) value = res.value;
      else if (blank(res)) {
        if (rd.required) {
          (failed ??= []).push(rd.field);
          p.add({ code: 'required', sheet: o.sheet, row: r + 1, column: rd.letter, field: rd.field, value: '' });
        }
      } else {
        (failed ??= []).push(rd.field);
        if ('formula' in res)
          reportFormulaError(o.formulas, { sheet: o.sheet, row: r + 1, column: rd.letter, field: rd.field, value: res.formula });
        else cellProblem(p, o.sheet, r + 1, rd, raw, res, o.tzOffsetMinutes);
      }
      slots[rd.slot] = value;
    }
    onRecord(rec, r + 1, failed ?? NONE);
  }
  return { counts, totals };
}

function cellProblem(
  p: ProblemSink<CellReadingCode>,
  sheet: string,
  row: number,
  rd: ColumnReader,
  raw: Cell,
  res: CellFailure,
  tzOffsetMinutes: number,
): void {
  const spec = rd.spec;
  // Once the list is full the problem is only counted, so its text (and masking, and params) would be
  // built for nothing. On problem-heavy sheets this is most rows.
  if (!p.listing) return p.count(res.code, spec.severity);
  const text = cellText(raw, tzOffsetMinutes);
  const value = spec.pii ? maskValue(spec.kind, text) : text;
  const params =
    res.suggestion === undefined
      ? { expected: res.expected }
      : { expected: res.expected, suggestion: spec.pii ? maskValue(spec.kind, res.suggestion) : res.suggestion };
  const problem: ProblemInput<CellProblemCode> = spec.severity
    ? { code: res.code, severity: spec.severity, sheet, row, column: rd.letter, field: rd.field, value, params }
    : { code: res.code, sheet, row, column: rd.letter, field: rd.field, value, params };
  p.add(problem);
}

const NONE: readonly string[] = [];

function fillsAny(row: readonly Cell[], indexes: readonly number[]): boolean {
  for (const i of indexes) if (!isBlank(row[i])) return true;
  return false;
}
