import { repairMojibake, type GbkEncoder } from '../cells/mojibake.ts';
import type { Cell } from '../cells/result.ts';
import { cleanText } from '../cells/text.ts';
import type { ColumnOverrides, Columns } from '../columns/column.ts';
import type { Emitter, ProblemSink } from '../problems/collector.ts';
import { columnLetter } from '../problems/problem.ts';
import { HEADER_SEARCH_ROWS, locateHeader, type DatasetShape, type Located, type MappedColumn } from '../table/locate.ts';
import type { Grid } from '../table/sheet.ts';

// Mojibake (UTF-8 text read as GBK, lib/cells/mojibake.ts tells it) in a register's names and texts:
// every garbled cell is an error with its repair as the suggestion. A register whose very header is
// garbled is found by repairing the first rows, and nothing of it is read.

export const mojibake = { id: 'mojibake', codes: ['mojibake', 'mojibake-repaired'] } as const satisfies Emitter<
  'mojibake' | 'mojibake-repaired'
>;

type MojibakeSink = ProblemSink<'mojibake' | 'mojibake-repaired'>;

/** Garbled texts (as cleaned) by field: a dataset keeps rows naming them out of its places. */
export type Garbled = ReadonlyMap<string, ReadonlySet<string>>;

// Past this many distinct texts in a column (names) a repair is not remembered: it is cheap to redo.
const REPAIR_CACHE_LIMIT = 65_536;

const params = (fixed: string) => (fixed === '' ? {} : { suggestion: fixed });

/** What the check found: garbled texts kept out of places, and repairs read as meant, by column index and cell text. */
export type MojibakeFound = {
  readonly garbled: Garbled | undefined;
  readonly repairs: ReadonlyMap<number, ReadonlyMap<string, string>> | undefined;
};

// Lost bytes show as '?' in a repair; '' is text lost whole.
const exact = (fixed: string): boolean => fixed !== '' && !fixed.includes('?');

/**
 * Mojibake in the sheet's name (key) and text columns, name columns first: each distinct text is
 * checked once. A garbled place or key whose repair is exact and is a value other rows of the column
 * hold (绮悮 → 粮食局 beside rows typed 粮食局) is read as that value, with a warning; any other
 * garbled cell is an error with its repair as the suggestion, and its text is listed in `garbled` so a
 * dataset keeps the row out of its places (no garbled compound is ever made).
 */
export function checkMojibake(
  sheet: string,
  values: Grid,
  located: Located,
  columns: Columns,
  encode: GbkEncoder,
  problems: MojibakeSink,
): MojibakeFound {
  const kind = (c: MappedColumn) => columns[c.field]?.kind;
  const checked = [...located.columns.filter((c) => kind(c) === 'key'), ...located.columns.filter((c) => kind(c) === 'text')];
  let garbled: Map<string, Set<string>> | undefined;
  let repaired: Map<number, Map<string, string>> | undefined;
  for (const col of checked) {
    const repairs = new Map<string, string | undefined>();
    const repairOf = (raw: string): string | undefined => {
      let fixed = repairs.get(raw);
      if (fixed === undefined && !repairs.has(raw)) {
        fixed = repairMojibake(cleanText(raw), encode);
        if (repairs.size < REPAIR_CACHE_LIMIT) repairs.set(raw, fixed);
      }
      return fixed;
    };
    // The column's own clean values, for a key column: what a garbled cell may be read as.
    const known = kind(col) === 'key' ? new Set<string>() : undefined;
    let any = false;
    for (let r = located.dataIndex; r < values.length; r++) {
      const raw = values[r]?.[col.index];
      if (typeof raw !== 'string' || raw === '') continue;
      if (repairOf(raw) !== undefined) any = true;
      else if (known && known.size < REPAIR_CACHE_LIMIT) known.add(cleanText(raw));
    }
    if (!any) continue;
    for (let r = located.dataIndex; r < values.length; r++) {
      const raw = values[r]?.[col.index];
      if (typeof raw !== 'string' || raw === '') continue;
      const fixed = repairOf(raw);
      if (fixed === undefined) continue;
      const value = cleanText(raw);
      const place = { sheet, row: r + 1, column: col.letter, field: col.field, value };
      if (known?.has(fixed) && exact(fixed)) {
        repaired ??= new Map();
        let m = repaired.get(col.index);
        if (!m) repaired.set(col.index, (m = new Map()));
        m.set(raw, fixed);
        problems.add({ code: 'mojibake-repaired', ...place, params: { repaired: fixed } });
        continue;
      }
      garbled ??= new Map();
      let texts = garbled.get(col.field);
      if (!texts) garbled.set(col.field, (texts = new Set()));
      texts.add(value);
      problems.add({ code: 'mojibake', ...place, params: params(fixed) });
    }
  }
  return { garbled, repairs: repaired };
}

/** The grid with each repaired cell (MojibakeFound.repairs) read as its repair; rows copied only where one changes. */
export function applyRepairs(values: Grid, repairs: MojibakeFound['repairs'], from: number): Grid {
  if (repairs === undefined) return values;
  const out = values.slice() as Cell[][];
  for (let r = from; r < out.length; r++) {
    let row: Cell[] | undefined;
    for (const [index, m] of repairs) {
      const raw = out[r]![index];
      const fixed = typeof raw === 'string' ? m.get(raw) : undefined;
      if (fixed === undefined) continue;
      row ??= [...out[r]!];
      row[index] = fixed;
    }
    if (row) out[r] = row;
  }
  return out;
}

/**
 * A header found only once the first rows' mojibake is repaired: each garbled header cell is an error
 * with its repair. Undefined when repairing finds no header either, or one that does no better than
 * `plain` (the header found as typed, when one was): fewer required columns missing.
 */
export function locateGarbledHeader(
  sheet: string,
  values: Grid,
  shapes: readonly DatasetShape[],
  encode: GbkEncoder,
  overrides: ColumnOverrides | undefined,
  problems: MojibakeSink,
  plain?: Located,
): Located | undefined {
  let any = false;
  const head = values.slice(0, HEADER_SEARCH_ROWS).map((row) =>
    row.map((c): Cell => {
      if (typeof c !== 'string') return c;
      const fixed = repairMojibake(cleanText(c), encode);
      if (fixed === undefined || fixed === '') return c;
      any = true;
      return fixed;
    }),
  );
  const located = any ? locateHeader(head, shapes, overrides) : undefined;
  if (!located || (plain && located.missing.length >= plain.missing.length)) return undefined;
  const fields = new Map(located.columns.map((c) => [c.index, c.field]));
  (values[located.headerIndex] ?? []).forEach((c, index) => {
    const fixed = head[located.headerIndex]?.[index];
    if (typeof c !== 'string' || fixed === c) return;
    problems.add({
      code: 'mojibake',
      sheet,
      row: located.headerIndex + 1,
      column: columnLetter(index),
      field: fields.get(index) ?? '',
      value: cleanText(c),
      params: params(String(fixed)),
    });
  });
  return located;
}
