import type { ProblemCode, Severity } from './catalogue.ts';
import type { ProblemParams } from './params.ts';

/** Where a problem is, as a volunteer finds it. */
export type ProblemPlace = {
  readonly sheet: string;
  /** 1-based sheet row as the volunteer sees it; 0 for a problem of the whole sheet. */
  readonly row: number;
  /** Column letter (A, B, …); '' for a whole row or sheet. */
  readonly column: string;
  /** Canonical field key (e.g. `compound`), '' when none. */
  readonly field: string;
  /** The cell's value as the volunteer typed it, as text (personal values masked). */
  readonly value: string;
};

/** A problem with code C as data. Words come last: `problemMessage` renders it in a locale. */
export type ProblemOf<C extends ProblemCode> = ProblemPlace & {
  readonly code: C;
  readonly severity: Severity;
  readonly params: ProblemParams<C>;
};

/** Any problem: a union discriminated by `code`, so `params` is typed once the code is known. */
export type Problem = { [C in ProblemCode]: ProblemOf<C> }[ProblemCode];

/**
 * A problem as a result lists it: its data, its message in the result's locale, and its params, so
 * `renderProblems` can say it again in another locale.
 */
export type ProblemItem = {
  [C in ProblemCode]: ProblemPlace & {
    readonly code: C;
    readonly severity: Severity;
    readonly message: string;
    readonly params: ProblemParams<C>;
  };
}[ProblemCode];

type ParamsField<C extends ProblemCode> =
  // biome-ignore lint/complexity/noBannedTypes: `{} extends P` asks whether every parameter of P is optional.
  {} extends ProblemParams<C> ? { readonly params?: ProblemParams<C> } : { readonly params: ProblemParams<C> };

/** A problem as a check adds it: the severity defaults to the catalogue's, params only where the code has some. */
export type ProblemInput<C extends ProblemCode = ProblemCode> = {
  [K in C]: ProblemPlace & { readonly code: K; readonly severity?: Severity } & ParamsField<K>;
}[C];

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
