// What a written value becomes in a cell: values.* with RAW or USER_ENTERED, and the
// ExtendedValue of updateCells/repeatCell.
import type { sheets_v4 } from '@googleapis/sheets';
import { badRequest } from './errors.ts';
import { toSerial } from './render.ts';
import type { Cell, CellValue, ErrorCode, NumberFormat } from './store.ts';

export type InputOption = 'RAW' | 'USER_ENTERED';

/** Sheets stores doubles: a long digit string typed in becomes a number that has lost digits. */
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function parseNumber(text: string): number | undefined {
  if (!/\d/.test(text) || !NUMBER.test(text)) return undefined;
  return Number(text.replaceAll(',', ''));
}

function validDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** A string typed into a cell by a user, parsed the way Sheets does for the common cases. */
function parseUserEntered(text: string, locale: string): Cell | undefined {
  if (text === '') return undefined;
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { formula: text, ...evaluate(text) };
  const upper = text.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { value: upper === 'TRUE' };
  const n = parseNumber(text);
  if (n !== undefined) {
    if (!text.includes(',')) return { value: n };
    // Typed with thousands separators, the cell also takes a matching number format.
    const decimals = (text.split('.')[1] ?? '').length;
    return { value: n, format: { type: 'NUMBER', pattern: decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0' } };
  }
  if (text.endsWith('%')) {
    const p = parseNumber(text.slice(0, -1));
    if (p !== undefined) {
      const decimals = text.includes('.') ? (text.split('.')[1] ?? '').length - 1 : 0;
      return { value: p / 100, format: { type: 'PERCENT', pattern: decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%' } };
    }
  }
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [y, m, d, hh, mi, ss] = iso.slice(1).map((s) => (s === undefined ? undefined : Number(s)));
    if (y !== undefined && m !== undefined && d !== undefined && validDate(y, m, d)) {
      const sep = text[4] === '/' ? '/' : '-';
      if (hh === undefined) return { value: toSerial(y, m, d), format: { type: 'DATE', pattern: `yyyy${sep}mm${sep}dd` } };
      return {
        value: toSerial(y, m, d, hh, mi ?? 0, ss ?? 0),
        format: { type: 'DATE_TIME', pattern: `yyyy${sep}mm${sep}dd hh:mm:ss` },
      };
    }
  }
  const us = locale === 'en_US' ? US_DATE.exec(text) : null;
  if (us) {
    const [m, d, y] = us.slice(1).map(Number);
    if (y !== undefined && m !== undefined && d !== undefined && validDate(y, m, d)) {
      return { value: toSerial(y, m, d), format: { type: 'DATE', pattern: 'M/d/yyyy' } };
    }
  }
  return { value: text };
}

/**
 * The emulator is not a calculation engine: a formula's value is known only for HYPERLINK (its
 * label) and a bare literal; anything else reads back empty, like a formula still loading.
 */
function evaluate(formula: string): { value?: CellValue } {
  const link = /^=HYPERLINK\(\s*"(?:[^"]|"")*"\s*[,;]\s*"((?:[^"]|"")*)"\s*\)$/i.exec(formula);
  if (link) return { value: (link[1] ?? '').replaceAll('""', '"') };
  const lit = /^="((?:[^"]|"")*)"$/.exec(formula);
  if (lit) return { value: (lit[1] ?? '').replaceAll('""', '"') };
  const n = parseNumber(formula.slice(1));
  if (n !== undefined) return { value: n };
  return {};
}

/** One value of a values.* write. `null` leaves the cell as it is (the API skips nulls). */
export function cellFromInput(
  input: unknown,
  option: InputOption,
  locale: string,
  keepFormat: NumberFormat | undefined,
  where: string,
): Cell | undefined | 'skip' {
  if (input === null || input === undefined) return 'skip';
  let cell: Cell | undefined;
  if (typeof input === 'number' || typeof input === 'boolean') cell = { value: input };
  else if (typeof input === 'string') {
    cell = option === 'RAW' ? (input === '' ? undefined : { value: input }) : parseUserEntered(input, locale);
  } else {
    throw badRequest(`Invalid ${where}: ${JSON.stringify(input)}`);
  }
  // A written value keeps the cell's existing format unless parsing chose one (a typed date).
  if (cell && !cell.format && keepFormat) cell.format = keepFormat;
  if (!cell && keepFormat) cell = { format: keepFormat };
  return cell;
}

const ERROR_TEXT: Record<string, ErrorCode> = {
  NULL_VALUE: '#NULL!',
  DIVIDE_BY_ZERO: '#DIV/0!',
  VALUE: '#VALUE!',
  REF: '#REF!',
  NAME: '#NAME?',
  NUM: '#NUM!',
  N_A: '#N/A',
  ERROR: '#ERROR!',
  LOADING: '#ERROR!',
};

/** The userEnteredValue of updateCells/repeatCell: already typed, never parsed. */
export function cellFromExtended(v: sheets_v4.Schema$ExtendedValue | undefined): Pick<Cell, 'value' | 'formula'> {
  if (!v) return {};
  if (v.formulaValue != null) return { formula: v.formulaValue, ...evaluate(v.formulaValue) };
  if (v.stringValue != null) return v.stringValue === '' ? {} : { value: v.stringValue };
  if (v.numberValue != null) return { value: v.numberValue };
  if (v.boolValue != null) return { value: v.boolValue };
  if (v.errorValue?.type) return { value: { error: ERROR_TEXT[v.errorValue.type] ?? '#ERROR!' } };
  return {};
}

export function extendedFromCell(cell: Cell): sheets_v4.Schema$ExtendedValue | undefined {
  if (cell.formula !== undefined) return { formulaValue: cell.formula };
  const v = cell.value;
  if (v === undefined) return undefined;
  if (typeof v === 'string') return { stringValue: v };
  if (typeof v === 'number') return { numberValue: v };
  if (typeof v === 'boolean') return { boolValue: v };
  return { errorValue: { type: 'ERROR', message: v.error } };
}
