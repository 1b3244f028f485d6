import { INVISIBLE_ONLY, surelyVisible } from './invisible.ts';

/** What a spreadsheet cell can hold, as `Range.getValues()` returns it (plus undefined for ragged rows). */
export type Cell = string | number | boolean | Date | null | undefined;

/** Codes a cell parser may report; each is a key of the problem catalogue. (Formula errors and
 * mojibake are found by checks around the parsers, lib/checks/.) */
export type CellProblemCode = 'type' | 'format' | 'range' | 'enum' | 'status-guess' | 'precision-loss' | 'control-character';

export type CellFailure = {
  readonly ok: false;
  readonly code: CellProblemCode;
  /** Catalogue key of what the cell should hold, e.g. `phone`, `money`; rendered per locale. */
  readonly expected: string;
  /** A repaired or likely value to offer the volunteer, never applied silently. */
  readonly suggestion?: string;
};

export type Parsed<T> = { readonly ok: true; readonly value: T } | CellFailure;

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

export const fail = (code: CellProblemCode, expected: string, suggestion?: string): CellFailure =>
  suggestion === undefined ? { ok: false, code, expected } : { ok: false, code, expected, suggestion };

/** A cell a volunteer left empty: null, undefined, '' or only padding. */
export const isBlank = (raw: Cell): boolean => {
  if (raw === null || raw === undefined) return true;
  if (typeof raw !== 'string') return false;
  if (raw === '') return true;
  // Most cells start with a visible character: no regex needed.
  if (surelyVisible(raw.charCodeAt(0))) return false;
  return INVISIBLE_ONLY.test(raw);
};
