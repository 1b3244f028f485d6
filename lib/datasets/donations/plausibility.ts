// Amounts nobody gives: a phone number typed into 金额 (13800138000 read as 138 亿元), an ID number, or a
// single donation above a ceiling. Such a row is an error naming the cell and waits, out of the totals
// and out of 公示, until it is corrected (or the ceiling raised).
import { formatYuan } from '../../cells/money.ts';
import { kindOfDigits } from '../../privacy/personal-numbers.ts';
import type { ProblemSink } from '../../problems/collector.ts';
import type { DonationRecord } from './record.ts';

/**
 * The default ceiling of one donation, in yuan: 1亿. The largest single donations in the published 2020
 * ledgers are 10,000,000 yuan (three rows of the Wuhan Red Cross's bank account in its busiest week);
 * a community ledger is far below. Ten times that still catches a phone (≥ 130亿) or an ID (≥ 10¹⁴)
 * typed as an amount, and a 万元 figure typed into a yuan column from 1万元 up.
 */
export const DEFAULT_MAX_DONATION_YUAN = 100_000_000;

export type ImplausibleAmount = 'amount-phone' | 'amount-id' | 'amount-ceiling';

/**
 * Why an amount cannot be taken as a donation, or undefined when it can. `cents` is the amount read;
 * `unitScale` the column's unit (万元 → 10000), so the shape judged is the number as typed.
 */
export function implausibleAmount(cents: number, unitScale: number, maxCents: number): ImplausibleAmount | undefined {
  // Past 2⁵³ cents the division is not exact: a number that long is whole as typed.
  const typed = cents / 100 / unitScale;
  const whole = cents > Number.MAX_SAFE_INTEGER ? Math.round(typed) : typed;
  if (Number.isInteger(whole) && whole < 1e21) {
    const kind = kindOfDigits(String(whole));
    if (kind === 'mobile') return 'amount-phone';
    if (kind === 'id') return 'amount-id';
  }
  return cents > maxCents ? 'amount-ceiling' : undefined;
}

/** The amount as typed, as text: what the problem shows (masked there when it is phone- or ID-shaped). */
const typedAmount = (cents: number, unitScale: number): string => {
  const typed = cents / 100 / unitScale;
  return Number.isInteger(typed) ? String(typed) : typed.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
};

export type PlausibleContext = {
  readonly maxCents: number;
  readonly amountScale: number;
  readonly valueScale: number;
};

type At = {
  readonly sheet: string;
  readonly problems: ProblemSink<'rule'>;
  readonly letter: (field: 'amount' | 'value') => string;
  readonly plausible: PlausibleContext;
};

/**
 * The plausibility rule on one donation: its cash amount or goods value read as a phone number, an ID
 * number, or above the ceiling is an error at that cell, and the record waits (false): out of the
 * totals and out of 公示 until corrected.
 */
export function plausibleAmount(d: DonationRecord, ctx: At): boolean {
  const { maxCents, amountScale, valueScale } = ctx.plausible;
  const cash = d.kind === 'cash' && d.amount > 0;
  const cents = cash ? d.amount : (d.value ?? 0);
  if (cents === 0) return true;
  // A goods value may come from the amount column when there is no value column.
  const field = cash || ctx.letter('value') === '' ? 'amount' : 'value';
  const scale = field === 'amount' ? amountScale : valueScale;
  const why = implausibleAmount(cents, scale, maxCents);
  if (why === undefined) return true;
  // lib's own grouping (no Intl: the same text in every runtime), whole yuan without .00.
  const max = formatYuan(maxCents).replace(/\.00$/, '');
  ctx.problems.add({
    code: 'rule',
    sheet: ctx.sheet,
    row: d.row,
    column: ctx.letter(field),
    field,
    value: typedAmount(cents, scale),
    params: { rule: why, max },
  });
  return false;
}
