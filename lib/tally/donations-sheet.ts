import { parseDate } from '../cells/date.ts';
import { groupKey } from '../cells/keys.ts';
import type { Cell } from '../cells/result.ts';
import { donationColumns, DONATION_ROW_FIELDS } from '../datasets/donations.ts';
import { toDonation, type DonationRuleContext } from '../datasets/donations-rules.ts';
import type { ProblemCollector } from '../problems/collector.ts';
import type { Located } from '../table/locate.ts';
import { fieldIndex, readRows, type RowCounts, type TotalRow } from '../table/read-rows.ts';
import type { DonationRecord } from '../datasets/donations.ts';
import type { DonationTallier } from './donations.ts';
import { checkTotalRow, zeroSums } from './donations-totals.ts';
import type { InputSheet, ResolvedOptions } from './workbook.ts';

/** A receipt number's first row (for duplicate reports) and the donation that counts for it. */
type Receipt = { readonly sheet: string; readonly row: number; record: DonationRecord; recordSheet: string };

/** What donation sheets of one workbook share: the tally and the receipt numbers seen so far. */
export type DonationBook = {
  readonly tallier: DonationTallier;
  readonly receipts: Map<string, Receipt>;
};

// Figures first, then texts folded like grouping keys: the choice is the same in either script.
const canonical = (d: DonationRecord): string =>
  [d.date, d.kind, d.amount, d.value ?? '', d.quantity ?? '', ...[d.donor, d.item, d.unit, d.destination].map(groupKey)].join('\u0001');

/**
 * Of two rows with one receipt number, the one that counts: chosen by content, never by position, so
 * the tally does not depend on row order. Which is right only the team knows: the duplicate is an error.
 */
export const preferredDonation = (a: DonationRecord, b: DonationRecord): DonationRecord => (canonical(a) <= canonical(b) ? a : b);

/** Counts the donations that carry a receipt number, once all sheets are read. */
export function finishDonations(book: DonationBook): void {
  for (const r of book.receipts.values()) book.tallier.add(r.record, r.recordSheet);
}

const D = fieldIndex(donationColumns);

// A ledger needs something to add up: money, a value, or goods.
const ANY_OF = ['amount', 'value', 'item', 'foreignAmount'] as const;

/**
 * Reads one donation sheet: validates each row, counts each donation once (a repeated receipt number
 * is a double entry: one row counts, see preferredDonation; receipted rows are added by finishDonations), and checks every stated total row against the rows
 * above it. Returns undefined when the sheet lacks a column to add up (a problem says which).
 */
export function readDonationSheet(
  sheet: InputSheet,
  located: Located,
  o: ResolvedOptions,
  problems: ProblemCollector,
  book: DonationBook,
  report: { rows: number; counted: number; rejected: number },
): { counts: RowCounts; totals: TotalRow[] } | undefined {
  const letters: Record<string, string> = {};
  for (const c of located.columns) letters[c.field] = c.letter;
  if (!ANY_OF.some((f) => letters[f] !== undefined)) {
    const aliases = donationColumns.amount.aliases.slice(0, 4).join(' / ');
    problems.add({ sheet: sheet.name, row: located.headerIndex + 1, column: '', field: 'amount', code: 'missing-column', value: '', params: { aliases } });
    return undefined;
  }
  const ctx: DonationRuleContext = {
    sheet: sheet.name,
    asOf: o.asOf,
    problems,
    letters,
    sheetDate: letters['date'] === undefined ? sheetDate(sheet.values, located.headerIndex, o) : '',
    foreignCurrency: located.columns.find((c) => c.field === 'foreignAmount')?.unit?.code ?? '',
    lastDate: '',
    plausible: {
      maxCents: o.maxDonationCents,
      amountScale: located.columns.find((c) => c.field === 'amount')?.unit?.scale ?? 1,
      valueScale: located.columns.find((c) => c.field === 'value')?.unit?.scale ?? 1,
    },
  };
  const receiptColumn = letters['receipt'] ?? '';
  const totalCtx = { sheet: sheet.name, columns: located.columns, problems, tallier: book.tallier };
  const all = zeroSums();
  let section = zeroSums();
  // A total row above every donation (published 总计 first) speaks for the whole sheet: checked at the end.
  const leading: { row: number; cells: readonly Cell[] }[] = [];
  const read = readRows(
    sheet.values,
    {
      sheet: sheet.name, located, columns: donationColumns, year: o.year, tzOffsetMinutes: o.tzOffsetMinutes, problems,
      rowFields: DONATION_ROW_FIELDS,
      onTotal: (row, cells) => {
        if (all.count === 0) leading.push({ row, cells });
        else checkTotalRow(row, cells, all, section, totalCtx);
        section = zeroSums();
      },
    },
    (rec, row, failed) => {
      report.rows++;
      // Column sums, as the publisher's SUM saw them: every row, whatever its kind.
      const amount = (rec[D.amount] as number | undefined) ?? 0;
      const value = (rec[D.value] as number | undefined) ?? 0;
      const foreign = (rec[D.foreignAmount] as number | undefined) ?? 0;
      all.count++; all.amount += amount; all.value += value; all.foreignAmount += foreign;
      section.count++; section.amount += amount; section.value += value; section.foreignAmount += foreign;

      const d = toDonation(rec, row, failed, ctx);
      if (d === undefined) {
        report.rejected++;
        return;
      }
      if (d.receipt !== '') {
        const key = d.receipt.toLowerCase();
        const first = book.receipts.get(key);
        if (first) {
          problems.add({
            sheet: sheet.name, row, column: receiptColumn, field: 'receipt', code: 'duplicate', value: d.receipt,
            params: { firstRow: first.row, firstSheet: first.sheet, what: 'receipt' },
          });
          if (preferredDonation(d, first.record) === d) {
            first.record = d;
            first.recordSheet = sheet.name;
          }
          return;
        }
        book.receipts.set(key, { sheet: sheet.name, row, record: d, recordSheet: sheet.name });
        report.counted++;
        return;
      }
      book.tallier.add(d, sheet.name);
      report.counted++;
    },
  );
  for (const t of leading) checkTotalRow(t.row, t.cells, all, all, totalCtx);
  return read;
}

/** The day of a date row above the header (published goods ledgers put it there), else ''. */
function sheetDate(values: readonly (readonly Cell[])[], headerIndex: number, o: ResolvedOptions): string {
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
