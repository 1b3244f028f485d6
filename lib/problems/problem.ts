import type { ProblemCode, Severity } from './catalogue.ts';

/** A problem as data. Words come last: `renderProblem` turns it into a message in a locale. */
export type Problem = {
  readonly code: ProblemCode;
  readonly severity: Severity;
  readonly sheet: string;
  /** 1-based sheet row as the volunteer sees it; 0 for a problem of the whole sheet. */
  readonly row: number;
  /** Column letter (A, B, …); '' for a whole row or sheet. */
  readonly column: string;
  /** Canonical field key (e.g. `compound`), '' when none. */
  readonly field: string;
  /** The cell's value as the volunteer typed it, as text. */
  readonly value: string;
  readonly params: Readonly<Record<string, string | number>>;
};

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
