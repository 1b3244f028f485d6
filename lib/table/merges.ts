import { isBlank, type Cell } from '../cells/result.ts';
import type { CellKind } from '../columns/kinds.ts';
import type { Columns } from '../columns/column.ts';
import type { Located } from './locate.ts';
import type { Grid, MergedArea } from './sheet.ts';

/**
 * Kinds of column whose merged value belongs to every row the merge covers: a place (小区, 楼号,
 * 单元, 工作组 and the other key words) or a day shared by the rows beside it. A merged 金额, 数量, name,
 * phone or 门牌号 is one value for the group, not one per row: copying it would count money twice
 * or make duplicates, so those cells keep their top-left-only reading (docs/decisions.md).
 */
const FILLED_KINDS: ReadonlySet<CellKind> = new Set<CellKind>(['key', 'building', 'unit', 'date', 'donation-kind', 'disclose']);

/**
 * The sheet's values with each vertically merged area under the header filled down from its top-left
 * cell, in the area's first column when that column is a place, key or date column. A covered row with
 * nothing else in it stays blank (a merge drawn past the last household adds no household). Rows are
 * copied only where a cell changes; without merges the grid itself is returned.
 */
export function fillMerges(values: Grid, merges: readonly MergedArea[] | undefined, located: Located, columns: Columns): Grid {
  if (merges === undefined || merges.length === 0) return values;
  const filledColumns = new Set(located.columns.filter((c) => FILLED_KINDS.has(columns[c.field]!.kind)).map((c) => c.index));
  let out: Cell[][] | undefined;
  for (const m of merges) {
    if (m.bottom === m.top || m.top < located.dataIndex || !filledColumns.has(m.left)) continue;
    const value = values[m.top]?.[m.left];
    if (value === undefined || isBlank(value)) continue;
    for (let r = m.top + 1; r <= m.bottom && r < values.length; r++) {
      const own = values[r]!;
      if (!isBlank(own[m.left]) || !own.some((c, i) => i !== m.left && !isBlank(c))) continue;
      const row = (out ?? values)[r]!;
      out ??= values.slice() as Cell[][];
      const copy = out[r] === values[r] ? [...row] : (row as Cell[]);
      while (copy.length <= m.left) copy.push('');
      copy[m.left] = value;
      out[r] = copy;
    }
  }
  return out ?? values;
}
