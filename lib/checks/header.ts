import type { Columns } from '../columns/column.ts';
import type { Emitter, ProblemSink } from '../problems/collector.ts';
import { columnLetter } from '../problems/problem.ts';
import type { Located } from '../table/locate.ts';
import type { Grid } from '../table/sheet.ts';

// What a sheet's header says: a sheet with no register header, columns paicha does not know, and
// required columns the header lacks (the sheet is then not read: no row could be counted right).

export const header = { id: 'header', codes: ['unknown-sheet', 'unknown-column', 'missing-column'] } as const satisfies Emitter;

/** A sheet where no register header was found: said only when it holds anything at all. */
export function reportUnknownSheet(sheet: string, values: Grid, problems: ProblemSink<'unknown-sheet'>): void {
  if (values.some((r) => r.some((c) => c !== '' && c !== null && c !== undefined))) {
    problems.add({ code: 'unknown-sheet', sheet, row: 0, column: '', field: '', value: '' });
  }
}

export function reportUnknownColumns(sheet: string, located: Located, problems: ProblemSink<'unknown-column'>): void {
  for (const u of located.unknown) {
    problems.add({
      sheet,
      row: located.headerIndex + 1,
      code: 'unknown-column',
      column: columnLetter(u.index),
      field: '',
      value: u.header,
    });
  }
}

/** Required columns the header lacks, each with the names it may also go by. */
export function reportMissingColumns(
  sheet: string,
  located: Located,
  fields: readonly string[],
  columns: Columns,
  problems: ProblemSink<'missing-column'>,
): void {
  for (const f of fields) {
    const aliases = columns[f]?.aliases.slice(0, 4).join(' / ') ?? '';
    problems.add({ sheet, row: located.headerIndex + 1, code: 'missing-column', column: '', field: f, value: '', params: { aliases } });
  }
}
