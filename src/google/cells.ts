// Moving cell values across the API: what values.batchGet returns (UNFORMATTED_VALUE with
// SERIAL_NUMBER dates) into the core's cells, and generated cells into RAW values.
import type { Cell } from '../../lib/cells/result.ts';

// Sheets refuses a cell longer than this.
const MAX_CELL_TEXT = 50_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A value as the API returns it. Dates arrive as serial numbers, which the core's date parser reads
 * as days since 1899-12-30: no time zone is involved.
 */
function fromApi(v: unknown): Cell {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return null;
}

export const fromApiRows = (rows: readonly unknown[][] | null | undefined): Cell[][] =>
  (rows ?? []).map((r) => (Array.isArray(r) ? r.map(fromApi) : []));

/** A Date's calendar fields (read in UTC, as the file adapters build them) as a serial number. */
export const dateToSerial = (d: Date): number => (d.getTime() - SERIAL_EPOCH) / 86_400_000;

/** A generated cell as a RAW value: strings stay literal text, whatever they begin with. */
export function toApi(c: Cell): string | number | boolean {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : dateToSerial(c);
  if (typeof c === 'number') return Number.isFinite(c) ? c : String(c);
  if (typeof c === 'string') return c.length > MAX_CELL_TEXT ? `${c.slice(0, MAX_CELL_TEXT - 1)}…` : c;
  return c;
}
