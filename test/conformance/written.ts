// What an adapter wrote, in one shape every adapter can be read into, and the differences between two
// of them. Only what a person sees is compared: values, number formats, links and frozen rows.
import { columnLetter } from '../../lib/problems/problem.ts';

/** A cell as shown: text, a number, a boolean, a date as `yyyy-mm-dd`; '' when empty. */
export type Shown = string | number | boolean;

export type WrittenSheet = {
  readonly name: string;
  readonly frozenRows: number;
  /** Trailing empty cells and rows dropped: adapters size their grids differently. */
  readonly values: readonly (readonly Shown[])[];
  /** Number format by A1, for cells that hold a value and have a format other than the automatic one. */
  readonly formats: Readonly<Record<string, string>>;
  /** Link target by A1, as `SHEET!A1` (a cell of an input sheet). */
  readonly links: Readonly<Record<string, string>>;
};

/** One adapter's run: the result object (as JSON gives it) and the generated sheets in tab order. */
export type AdapterRun = { readonly result: unknown; readonly sheets: readonly WrittenSheet[] };

export const a1 = (row: number, column: number): string => `${columnLetter(column)}${row + 1}`;

const day = (d: Date): string => d.toISOString().slice(0, 10);

/** A read-back cell as shown; Dates by their UTC calendar fields (what the file adapters write). */
export function shown(v: unknown): Shown {
  if (v === null || v === undefined) return '';
  if (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]') return day(v as Date);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

export function trimGrid(rows: readonly (readonly Shown[])[]): Shown[][] {
  const out = rows.map((r) => {
    const row = [...r];
    while (row.length > 0 && row[row.length - 1] === '') row.pop();
    return row;
  });
  while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop();
  return out;
}

/** Every difference between two runs, one line each, naming the sheet and cell: [] when they agree. */
export function differences(want: AdapterRun, got: AdapterRun): string[] {
  const out: string[] = [];
  const json = (v: unknown): string => JSON.stringify(v);
  if (json(want.result) !== json(got.result)) out.push(`result: ${firstDifference(want.result, got.result, 'result')}`);
  const names = (r: AdapterRun) => r.sheets.map((s) => s.name);
  if (json(names(want)) !== json(names(got))) out.push(`sheets: ${json(names(want))} ≠ ${json(names(got))}`);
  for (const w of want.sheets) {
    const g = got.sheets.find((s) => s.name === w.name);
    if (!g) continue;
    if (w.frozenRows !== g.frozenRows) out.push(`${w.name}: frozen rows ${w.frozenRows} ≠ ${g.frozenRows}`);
    const rows = Math.max(w.values.length, g.values.length);
    for (let r = 0; r < rows; r++) {
      const cols = Math.max(w.values[r]?.length ?? 0, g.values[r]?.length ?? 0);
      for (let c = 0; c < cols; c++) {
        const a = w.values[r]?.[c] ?? '';
        const b = g.values[r]?.[c] ?? '';
        if (a !== b) out.push(`${w.name}!${a1(r, c)}: value ${json(a)} ≠ ${json(b)}`);
      }
    }
    for (const [what, x, y] of [
      ['format', w.formats, g.formats],
      ['link', w.links, g.links],
    ] as const) {
      for (const cell of new Set([...Object.keys(x), ...Object.keys(y)])) {
        if (x[cell] !== y[cell]) out.push(`${w.name}!${cell}: ${what} ${json(x[cell])} ≠ ${json(y[cell])}`);
      }
    }
  }
  return out;
}

/** Where two JSON values first differ, as a path, so a failing result names the field. */
function firstDifference(a: unknown, b: unknown, path: string): string {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const x = (a as Record<string, unknown>)[k];
    const y = (b as Record<string, unknown>)[k];
    if (JSON.stringify(x) !== JSON.stringify(y)) return firstDifference(x, y, Array.isArray(a) ? `${path}[${k}]` : `${path}.${k}`);
  }
  return `${path}: differs`;
}
