import type { DonationKind } from '../../cells/donation-kind.ts';
import { fieldIndex, valueAt, type FieldValues } from '../../table/read-rows.ts';
import type { SheetContext } from '../define.ts';
import { donationColumns } from './columns.ts';
import type { DonationCode } from './dataset.ts';
import { plausibleAmount, type PlausibleContext } from './plausibility.ts';
import { isAnonymousName, type DonationRecord } from './record.ts';

export type DonationSheet = SheetContext<typeof donationColumns, DonationCode>;

/** A parsed row → a donation record with the cross-field rules checked. */
export type DonationRules = (
  rec: FieldValues<typeof donationColumns>,
  row: number,
  failed: readonly string[],
) => DonationRecord | undefined;

const D = fieldIndex(donationColumns);

// Plain functions, not closures per row: a million rows would allocate a million of each.
const bad = (failed: readonly string[], f: string): boolean => failed.length > 0 && failed.includes(f);

/**
 * The rules of one donation sheet. Every row is counted — its money is real even when a cell is wrong,
 * and the wrong cell is already a problem — but one whose amount nobody gives (a phone number, an ID,
 * above the ceiling): undefined, it waits (plausibility.ts).
 *
 * @param sheetDate the day of a date row above the header, for ledgers without a date column; else ''.
 */
export function donationRules(sheet: DonationSheet, sheetDate: string): DonationRules {
  const ctx: RuleContext = {
    sheet: sheet.name,
    asOf: sheet.options.asOf?.day,
    problems: sheet.problems,
    letter: sheet.letter,
    hasDate: sheet.letter('date') !== '',
    sheetDate,
    foreignCurrency: sheet.located.columns.find((c) => c.field === 'foreignAmount')?.unit?.code ?? '',
    lastDate: '',
    plausible: {
      maxCents: sheet.options.maxDonationCents,
      amountScale: sheet.located.columns.find((c) => c.field === 'amount')?.unit?.scale ?? 1,
      valueScale: sheet.located.columns.find((c) => c.field === 'value')?.unit?.scale ?? 1,
    },
  };
  return (rec, row, failed) => toDonation(rec, row, failed, ctx);
}

type RuleContext = {
  readonly sheet: string;
  readonly asOf: string | undefined;
  readonly problems: DonationSheet['problems'];
  readonly letter: DonationSheet['letter'];
  readonly hasDate: boolean;
  readonly sheetDate: string;
  /** Currency code of the foreign-amount column. */
  readonly foreignCurrency: string;
  /** The last date read: a blank date cell under a merged one is the day above it. */
  lastDate: string;
  /** The most one donation may be, in cents, and the units of the amount and value columns (万元 → 10000). */
  readonly plausible: PlausibleContext;
};

function toDonation(
  rec: FieldValues<typeof donationColumns>,
  row: number,
  failed: readonly string[],
  ctx: RuleContext,
): DonationRecord | undefined {
  const donor = valueAt(rec, D.donor) ?? '';
  const disclose = valueAt(rec, D.disclose);
  const item = valueAt(rec, D.item) ?? '';
  const q = valueAt(rec, D.quantity);
  const amount = valueAt(rec, D.amount);
  const valueCell = valueAt(rec, D.value);
  const foreign = valueAt(rec, D.foreignAmount);
  // Without a 类别 column (or with it blank) a row that names goods is goods: published goods
  // ledgers have 品名 and a value column, cash ledgers only an amount.
  const kind: DonationKind = valueAt(rec, D.kind) ?? (item !== '' || (amount === undefined && valueCell !== undefined) ? 'goods' : 'cash');
  const value = kind === 'goods' ? (valueCell ?? amount) : undefined;

  let date = ctx.sheetDate;
  if (ctx.hasDate) {
    const d = valueAt(rec, D.date);
    if (d !== undefined) date = ctx.lastDate = d;
    else if (bad(failed, 'date')) date = '';
    else if (ctx.lastDate !== '') date = ctx.lastDate;
    else {
      date = '';
      ctx.problems.add({ code: 'required', sheet: ctx.sheet, row, column: ctx.letter('date'), field: 'date', value: '' });
    }
  }

  const d: DonationRecord = {
    row,
    date,
    donor,
    anonymous: disclose === 'anonymous' || valueAt(rec, D.anonymousFlag) === true || isAnonymousName(donor),
    donorType: valueAt(rec, D.donorType) ?? '',
    sector: valueAt(rec, D.sector) ?? '',
    kind,
    amount: kind === 'cash' ? (amount ?? 0) : 0,
    foreign: foreign !== undefined && foreign > 0 ? { currency: ctx.foreignCurrency, cents: foreign } : null,
    item,
    spec: valueAt(rec, D.spec) ?? '',
    quantity: q?.quantity ?? null,
    unit: valueAt(rec, D.goodsUnit) || (q?.unit ?? ''),
    value: value !== undefined && value > 0 ? value : null,
    receipt: valueAt(rec, D.receipt) ?? '',
    disclose: disclose !== 'no',
    destination: valueAt(rec, D.destination) ?? '',
  };
  if (!plausibleAmount(d, ctx)) return undefined;
  if (d.kind === 'cash' ? d.amount === 0 && d.foreign === null : d.item === '' || d.quantity === null || d.value === null) {
    checkRules(d, ctx, failed, amount === 0);
  }
  if (ctx.asOf !== undefined && date !== '' && date > ctx.asOf) {
    ctx.problems.add({
      sheet: ctx.sheet,
      row,
      code: 'rule',
      severity: 'warning',
      column: ctx.letter('date'),
      field: 'date',
      value: date,
      params: { rule: 'future-date', asOf: ctx.asOf },
    });
  }
  return d;
}

// Only rows that may break a rule get here.
function checkRules(d: DonationRecord, ctx: RuleContext, failed: readonly string[], typedZero: boolean): void {
  const at = { sheet: ctx.sheet, row: d.row };
  const p = ctx.problems;
  const col = ctx.letter;
  if (d.kind === 'cash') {
    if (!bad(failed, 'amount') && !bad(failed, 'foreignAmount')) {
      // A typed 0 is out of range; a blank amount breaks the rule that cash has an amount.
      p.add(
        typedZero
          ? { ...at, code: 'range', column: col('amount'), field: 'amount', value: '0', params: { expected: 'positive' } }
          : { ...at, code: 'rule', column: col('amount'), field: 'amount', value: '', params: { rule: 'cash-amount' } },
      );
    }
  } else {
    if (d.item === '') p.add({ ...at, code: 'rule', column: col('item'), field: 'item', value: '', params: { rule: 'goods-item' } });
    if (ctx.letter('quantity') !== '' && d.quantity === null && !bad(failed, 'quantity')) {
      p.add({ ...at, code: 'rule', column: col('quantity'), field: 'quantity', value: '', params: { rule: 'goods-item' } });
    }
    if (d.value === null && !bad(failed, 'value') && !bad(failed, 'amount')) {
      p.add({
        ...at,
        code: 'rule',
        severity: 'warning',
        column: col('value'),
        field: 'value',
        value: '',
        params: { rule: 'goods-unvalued' },
      });
    }
  }
}
