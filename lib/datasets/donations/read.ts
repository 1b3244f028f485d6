import { parseDate } from '../../cells/date.ts';
import { reportMissingColumns } from '../../checks/header.ts';
import { SheetTotals } from '../../checks/stated-totals.ts';
import type { ResolvedOptions } from '../../options.ts';
import type { RowsRead } from '../../table/read-rows.ts';
import type { Grid } from '../../table/sheet.ts';
import { readRecords } from '../read-records.ts';
import { donationColumns } from './columns.ts';
import { receipt } from './record.ts';
import { donationRules, type DonationSheet } from './rules.ts';
import { SUMMED, type DonationTallier } from './tally.ts';

// A ledger needs something to add up: money, a value, or goods.
const ANY_OF = ['amount', 'value', 'item', 'foreignAmount'] as const;

/**
 * Reads one donation sheet: validates each row, counts each donation once (a repeated receipt number
 * is a double entry: one row counts, see `receipt`), and checks every stated total row against the
 * rows above it. Undefined when the sheet lacks a column to add up (a problem says which).
 */
export function readDonationSheet(sheet: DonationSheet, tally: DonationTallier): RowsRead | undefined {
  if (!ANY_OF.some((f) => sheet.letter(f) !== '')) {
    reportMissingColumns(sheet.name, sheet.located, ['amount'], donationColumns, sheet.problems);
    return undefined;
  }
  const hasDate = sheet.letter('date') !== '';
  const toDonation = donationRules(sheet, hasDate ? '' : sheetDate(sheet.values, sheet.located.headerIndex, sheet.options));
  const totals = new SheetTotals(SUMMED, donationColumns, sheet.located, sheet.name, sheet.problems, (c) => tally.addCheck(c));
  const read = readRecords(sheet, tally, {
    toRecord: toDonation,
    identity: { ...receipt, field: 'receipt', index: tally.receipts, applies: (d) => d.receipt !== '' },
    // Column sums as the publisher's SUM saw them: every row, whatever its kind.
    onRow: (rec) => totals.addRow(rec),
    onTotal: (row, cells) => totals.totalRow(row, cells),
  });
  totals.finish();
  return read;
}

/** The day of a date row above the header (published goods ledgers put it there), else ''. */
function sheetDate(values: Grid, headerIndex: number, o: ResolvedOptions): string {
  const ctx = o.year === undefined ? { tzOffsetMinutes: o.tzOffsetMinutes } : { year: o.year, tzOffsetMinutes: o.tzOffsetMinutes };
  for (let r = 0; r < headerIndex; r++) {
    for (const c of values[r] ?? []) {
      if (!(c instanceof Date) && typeof c !== 'string') continue;
      if (typeof c === 'string' && (c.length < 6 || c.length > 20)) continue;
      const d = parseDate(c, ctx);
      if (d.ok) return d.value;
    }
  }
  return '';
}
