import type { Disclose, DonationKind } from '../cells/donation-kind.ts';
import type { Quantity } from '../cells/quantity.ts';
import type { ProblemCollector } from '../problems/collector.ts';
import { fieldIndex, type FieldValues } from '../table/read-rows.ts';
import { plausibleAmount, type PlausibleContext } from './donation-plausibility.ts';
import { donationColumns, isAnonymousName, type DonationRecord } from './donations.ts';

export type DonationRuleContext = {
  readonly sheet: string;
  readonly asOf: string | undefined;
  readonly problems: ProblemCollector;
  /** Column letter of each mapped field; a field without a column is absent. */
  readonly letters: Readonly<Record<string, string>>;
  /** The day of a date row above the header, for ledgers without a date column; else ''. */
  readonly sheetDate: string;
  /** Currency code of the foreign-amount column. */
  readonly foreignCurrency: string;
  /** The last date read: a blank date cell under a merged one is the day above it. */
  lastDate: string;
  /** The most one donation may be, in cents, and the units of the amount and value columns (万元 → 10000). */
  readonly plausible: PlausibleContext;
};

const D = fieldIndex(donationColumns);

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
// Plain functions, not closures per row: a million rows would allocate a million of each.
const bad = (failed: readonly string[], f: string): boolean => failed.length > 0 && failed.includes(f);

/**
 * A parsed row → a donation record, with the cross-field rules checked. Every row that reaches here
 * is counted — its money is real even when a cell is wrong, and the wrong cell is already a problem —
 * but one whose amount nobody gives (a phone number, an ID, above the ceiling): undefined, it waits.
 */
export function toDonation(rec: FieldValues, row: number, failed: readonly string[], ctx: DonationRuleContext): DonationRecord | undefined {
  const donor = text(rec[D.donor]);
  const disclose = rec[D.disclose] as Disclose | undefined;
  const item = text(rec[D.item]);
  const q = rec[D.quantity] as Quantity | undefined;
  const amount = rec[D.amount] as number | undefined;
  const valueCell = rec[D.value] as number | undefined;
  const foreign = rec[D.foreignAmount] as number | undefined;
  // Without a 类别 column (or with it blank) a row that names goods is goods: published goods
  // ledgers have 品名 and a value column, cash ledgers only an amount.
  const kind: DonationKind =
    (rec[D.kind] as DonationKind | undefined) ?? (item !== '' || (amount === undefined && valueCell !== undefined) ? 'goods' : 'cash');
  const value = kind === 'goods' ? (valueCell ?? amount) : undefined;

  let date = ctx.sheetDate;
  if (ctx.letters['date'] !== undefined) {
    const d = rec[D.date] as string | undefined;
    if (d !== undefined) date = ctx.lastDate = d;
    else if (bad(failed, 'date')) date = '';
    else if (ctx.lastDate !== '') date = ctx.lastDate;
    else {
      date = '';
      ctx.problems.add({ code: 'required', sheet: ctx.sheet, row, column: ctx.letters['date'] ?? '', field: 'date', value: '' });
    }
  }

  const d: DonationRecord = {
    row,
    date,
    donor,
    anonymous: disclose === 'anonymous' || rec[D.anonymousFlag] === true || isAnonymousName(donor),
    donorType: text(rec[D.donorType]),
    sector: text(rec[D.sector]),
    kind,
    amount: kind === 'cash' ? (amount ?? 0) : 0,
    foreign: foreign !== undefined && foreign > 0 ? { currency: ctx.foreignCurrency, cents: foreign } : null,
    item,
    spec: text(rec[D.spec]),
    quantity: q?.quantity ?? null,
    unit: text(rec[D.goodsUnit]) || (q?.unit ?? ''),
    value: value !== undefined && value > 0 ? value : null,
    receipt: text(rec[D.receipt]),
    disclose: disclose !== 'no',
    destination: text(rec[D.destination]),
  };
  if (!plausibleAmount(d, ctx)) return undefined;
  if (d.kind === 'cash' ? d.amount === 0 && d.foreign === null : d.item === '' || d.quantity === null || d.value === null) {
    checkRules(d, ctx, failed, amount === 0);
  }
  if (ctx.asOf !== undefined && date !== '' && date > ctx.asOf) {
    const column = ctx.letters['date'] ?? '';
    ctx.problems.add({ sheet: ctx.sheet, row, code: 'rule', severity: 'warning', column, field: 'date', value: date, params: { rule: 'future-date', asOf: ctx.asOf } });
  }
  return d;
}

// Only rows that may break a rule get here.
function checkRules(d: DonationRecord, ctx: DonationRuleContext, failed: readonly string[], typedZero: boolean): void {
  const at = { sheet: ctx.sheet, row: d.row };
  const p = ctx.problems;
  const col = (f: string): string => ctx.letters[f] ?? '';
  if (d.kind === 'cash') {
    if (!bad(failed, 'amount') && !bad(failed, 'foreignAmount')) {
      // A typed 0 is out of range; a blank amount breaks the rule that cash has an amount.
      p.add(typedZero
        ? { ...at, code: 'range', column: col('amount'), field: 'amount', value: '0', params: { expected: 'positive' } }
        : { ...at, code: 'rule', column: col('amount'), field: 'amount', value: '', params: { rule: 'cash-amount' } });
    }
  } else {
    if (d.item === '') p.add({ ...at, code: 'rule', column: col('item'), field: 'item', value: '', params: { rule: 'goods-item' } });
    if (ctx.letters['quantity'] !== undefined && d.quantity === null && !bad(failed, 'quantity')) {
      p.add({ ...at, code: 'rule', column: col('quantity'), field: 'quantity', value: '', params: { rule: 'goods-item' } });
    }
    if (d.value === null && !bad(failed, 'value') && !bad(failed, 'amount')) {
      p.add({ ...at, code: 'rule', severity: 'warning', column: col('value'), field: 'value', value: '', params: { rule: 'goods-unvalued' } });
    }
  }
}
