import { formulaError } from '../cells/formula-error.ts';
import { isBlank, type Cell, type Parsed } from '../cells/result.ts';
import { cellText } from '../cells/text.ts';
import type { Columns, ColumnSpec } from '../datasets/column.ts';
import { kinds, type ParseContext } from '../datasets/kinds.ts';
import type { ProblemCollector } from '../problems/collector.ts';
import { maskValue } from '../privacy/mask.ts';
import type { Located, MappedColumn } from './locate.ts';
import { classifyRow } from './rows.ts';

export type FieldValues = Record<string, unknown>;

export type RowCounts = { data: number; blank: number; total: number; note: number };

export type TotalRow = { readonly row: number; readonly cells: readonly Cell[] };

export type ReadOptions = {
  readonly sheet: string;
  readonly located: Located;
  readonly columns: Columns;
  readonly year: number | undefined;
  readonly tzOffsetMinutes: number;
  readonly problems: ProblemCollector;
  /** Fields of which a row must fill one to be data; a row with none of them (only a 序号) is blank. */
  readonly rowFields?: readonly string[];
  /** Called for each total row in place, so a stated total is checked against the rows above it. */
  readonly onTotal?: (row: number, cells: readonly Cell[]) => void;
};

// Distinct values per column are few (compounds, buildings, statuses): parse each once. A column with
// more distinct values than this (names, phones) stops caching and parses every cell.
const CACHE_LIMIT = 4096;

type ColumnReader = {
  readonly col: MappedColumn;
  readonly spec: ColumnSpec;
  readonly parse: (raw: Cell) => Parsed<unknown>;
};

function reader(col: MappedColumn, spec: ColumnSpec, ctx: ParseContext): ColumnReader {
  const parseKind = kinds[spec.kind] as (raw: Cell, ctx: ParseContext) => Parsed<unknown>;
  const cache = new Map<string | number, Parsed<unknown>>();
  const parse = (raw: Cell): Parsed<unknown> => {
    if (typeof raw !== 'string' && typeof raw !== 'number') return parseKind(raw, ctx);
    let hit = cache.get(raw);
    if (hit === undefined) {
      hit = parseKind(raw, ctx);
      if (cache.size < CACHE_LIMIT) cache.set(raw, hit);
    }
    return hit;
  };
  return { col, spec, parse };
}

/**
 * Reads every row under the header: blank, total and note rows are set apart; each data row's mapped
 * cells are parsed, each bad cell becomes a problem, and the row's values go to `onRecord` with the
 * fields that failed. Cells are never changed: values are read, never written back.
 */
export function readRows(
  values: readonly (readonly Cell[])[],
  o: ReadOptions,
  onRecord: (rec: FieldValues, row: number, failed: readonly string[]) => void,
): { counts: RowCounts; totals: TotalRow[] } {
  const readers = o.located.columns.flatMap((col) => {
    const spec = o.columns[col.field];
    if (!spec) return [];
    const scale = col.unit?.scale ?? 1;
    return [reader(col, spec, { year: o.year, tzOffsetMinutes: o.tzOffsetMinutes, unitScale: scale })];
  });
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
    const rec: FieldValues = {};
    let failed: string[] | undefined;
    for (let i = 0; i < readers.length; i++) {
      const { col, spec, parse } = readers[i]!;
      const raw = row[col.index];
      if (isBlank(raw)) {
        if (spec.required) {
          (failed ??= []).push(col.field);
          p.add({ code: 'required', sheet: o.sheet, row: r + 1, column: col.letter, field: col.field, value: '' });
        }
        continue;
      }
      const err = formulaError(raw);
      if (err !== undefined) {
        (failed ??= []).push(col.field);
        p.add({ code: 'formula-error', sheet: o.sheet, row: r + 1, column: col.letter, field: col.field, value: err });
        continue;
      }
      const res = parse(raw);
      if (res.ok) {
        rec[col.field] = res.value;
        continue;
      }
      (failed ??= []).push(col.field);
      const params: Record<string, string | number> = { expected: res.expected };
      if (res.suggestion !== undefined) params['suggestion'] = spec.pii ? maskValue(spec.kind, res.suggestion) : res.suggestion;
      const text = cellText(raw);
      p.add({
        code: res.code,
        ...(spec.severity && res.code !== 'formula-error' ? { severity: spec.severity } : {}),
        sheet: o.sheet,
        row: r + 1,
        column: col.letter,
        field: col.field,
        value: spec.pii ? maskValue(spec.kind, text) : text,
        params,
      });
    }
    onRecord(rec, r + 1, failed ?? NONE);
  }
  return { counts, totals };
}

const NONE: readonly string[] = [];

function fillsAny(row: readonly Cell[], indexes: readonly number[]): boolean {
  for (const i of indexes) if (!isBlank(row[i])) return true;
  return false;
}
