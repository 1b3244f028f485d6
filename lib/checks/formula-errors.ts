import type { Emitter, ProblemSink } from '../problems/collector.ts';
import type { ProblemPlace } from '../problems/problem.ts';

// A cell showing #REF! or #N/A holds no value: its field is failed for the row's rules, and the cell is
// an error of its own, not a wrong value (lib/cells/formula-error.ts tells one). The row reader finds
// them with each column's parse, so a repeated error text is looked up once.

export const formulaErrors = { id: 'formula-errors', codes: ['formula-error'] } as const satisfies Emitter<'formula-error'>;

export type FormulaErrorSink = ProblemSink<(typeof formulaErrors.codes)[number]>;

/** A cell whose formula failed; `value` is the error text (#REF!). */
export function reportFormulaError(problems: FormulaErrorSink, at: ProblemPlace): void {
  problems.add({ ...at, code: 'formula-error' });
}
