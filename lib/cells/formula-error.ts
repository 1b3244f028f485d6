import type { Cell } from './result.ts';

// What Sheets and Excel show for a formula that failed; getValues() returns these as strings.
const FORMULA_ERRORS = new Set([
  '#REF!',
  '#N/A',
  '#NAME?',
  '#VALUE!',
  '#DIV/0!',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  '#FIELD!',
  '#BLOCKED!',
  '#UNKNOWN!',
  '#CONNECT!',
  '#BUSY!',
]);

/** The error text when a cell holds a formula error, else undefined. */
export function formulaError(raw: Cell): string | undefined {
  if (typeof raw !== 'string' || raw.charCodeAt(0) !== 35 /* # */) return undefined;
  const t = raw.trim().toUpperCase();
  return FORMULA_ERRORS.has(t) ? t : undefined;
}
