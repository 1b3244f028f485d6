/** What a spreadsheet cell can hold, as `Range.getValues()` returns it (plus undefined for ragged rows). */
export type Cell = string | number | boolean | Date | null | undefined;

/** Codes a cell parser may report; each is a key of the problem catalogue. */
export type CellProblemCode =
  | 'type'
  | 'format'
  | 'range'
  | 'enum'
  | 'formula-error'
  | 'precision-loss'
  | 'mojibake';

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
  const c = raw.charCodeAt(0);
  if (c > 0x20 && c !== 0xa0 && c !== 0x3000 && c !== 0xfeff && (c < 0x200b || c > 0x2060)) return false;
  return PADDING_ONLY.test(raw);
};

const PADDING_ONLY = /^[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff]*$/;
