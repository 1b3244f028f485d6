import type { Emitter, ProblemSink } from '../problems/collector.ts';

/**
 * A problem of the file a sheet was read from, found by the adapter that read it (a CSV quote never
 * closed): 1-based row, column letter, the text read there. It travels with the sheet and is listed
 * with the sheet's other problems.
 */
export type SheetReadProblem = { readonly code: 'unclosed-quote'; readonly row: number; readonly column: string; readonly value: string };

export const fileReading = { id: 'file-reading', codes: ['unclosed-quote'] } as const satisfies Emitter;

/** Adds a sheet's reading problems to the run's. */
export function addReadProblems(
  sheet: { readonly name: string; readonly problems?: readonly SheetReadProblem[] },
  problems: ProblemSink<(typeof fileReading.codes)[number]>,
): void {
  for (const p of sheet.problems ?? [])
    problems.add({ code: p.code, sheet: sheet.name, row: p.row, column: p.column, field: '', value: p.value });
}
