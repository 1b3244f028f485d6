import type { Emitter, ProblemSink } from '../problems/collector.ts';
import type { RowsRead } from '../table/read-rows.ts';

// Rows under a header that are not data are skipped, and said so: a stated total row is not counted
// (its figures are checked by stated-totals.ts), blank rows (and template rows with only a 序号 or a
// pre-filled group) are one line for the sheet.

export const skippedRows = { id: 'skipped-rows', codes: ['total-row', 'blank-row'] } as const satisfies Emitter;

export function reportSkippedRows(sheet: string, read: RowsRead, problems: ProblemSink<(typeof skippedRows.codes)[number]>): void {
  for (const t of read.totals) problems.add({ sheet, row: t.row, column: '', field: '', code: 'total-row', value: '' });
  if (read.counts.blank > 0) {
    problems.add({ sheet, row: 0, column: '', field: '', code: 'blank-row', value: '', params: { count: read.counts.blank } });
  }
}
