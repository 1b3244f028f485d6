import { centsToYuan, formatYuan, parseMoney } from '../cells/money.ts';
import { isBlank, type Cell } from '../cells/result.ts';
import { cellText } from '../cells/text.ts';
import type { ProblemCollector } from '../problems/collector.ts';
import type { MappedColumn } from '../table/locate.ts';
import type { DonationTallier, StatedTotalCheck } from './donations.ts';

type What = StatedTotalCheck['what'];

/** What the rows above a total row add up to, column by column (cents) and in rows. */
export type Sums = { count: number; amount: number; value: number; foreignAmount: number };
export const zeroSums = (): Sums => ({ count: 0, amount: 0, value: 0, foreignAmount: 0 });

type Figure = { what: What; column: string; stated: number };

// Only total rows are read this way, so a regular expression per cell costs nothing per data row.
const COUNT = /(\d[\d,]*)\s*(?:人次|笔|筆|人|次|项|項|条|條|宗|单|單|位|家|户|戶)/;
const LABELLED = /(?:总金额|總金額|金额|金額|总额|總額|合计|合計|总计|總計|共计|共計|total|sum)\s*[:：]?\s*((?:人民币|rmb|[¥￥])?\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|萬元|万|萬|元)?)/i;
const MONEY_FIELDS: readonly string[] = ['amount', 'value', 'foreignAmount'];

/** The figures a total row states: amounts under money columns or after a label, and a count (N人次, N笔). */
export function statedFigures(cells: readonly Cell[], columns: readonly MappedColumn[]): Figure[] {
  const figures: Figure[] = [];
  const put = (f: Figure) => {
    if (!figures.some((g) => g.what === f.what)) figures.push(f);
  };
  const byIndex = new Map(columns.map((c) => [c.index, c]));
  const labelled = columns.find((c) => c.field === 'amount') ?? columns.find((c) => c.field === 'value');
  for (let i = 0; i < cells.length; i++) {
    const raw = cells[i];
    if (isBlank(raw)) continue;
    const col = byIndex.get(i);
    const money = col !== undefined && MONEY_FIELDS.includes(col.field) ? col : undefined;
    const scale = (c: MappedColumn | undefined) => (c?.field === 'foreignAmount' ? 1 : (c?.unit?.scale ?? 1));
    const letter = col?.letter ?? '';
    if (typeof raw === 'number') {
      const m = money ? parseMoney(raw, scale(money)) : undefined;
      if (money && m?.ok) put({ what: money.field as What, column: letter, stated: m.value });
      continue;
    }
    let t = cellText(raw);
    const c = COUNT.exec(t);
    if (c) {
      put({ what: 'count', column: letter, stated: Number((c[1] ?? '').split(',').join('')) });
      t = t.slice(0, c.index) + t.slice(c.index + c[0].length);
    }
    if (money) {
      const digit = t.search(/[\d¥￥]/);
      const m = digit < 0 ? undefined : parseMoney(t.slice(digit), scale(money));
      if (m?.ok) put({ what: money.field as What, column: letter, stated: m.value });
    } else if (labelled) {
      const l = LABELLED.exec(t);
      const m = l ? parseMoney(l[1] ?? '', scale(labelled)) : undefined;
      if (m?.ok) put({ what: labelled.field as What, column: letter, stated: m.value });
    }
  }
  return figures;
}

/** A 小计 row checks the rows since the last total row; 合计/总计/共计 the whole sheet above it. */
export function isSubtotal(cells: readonly Cell[]): boolean {
  return cells.some((c) => typeof c === 'string' && /^\s*小[计計]/.test(c));
}

export type TotalCheckContext = {
  readonly sheet: string;
  readonly columns: readonly MappedColumn[];
  readonly problems: ProblemCollector;
  readonly tallier: DonationTallier;
};

const FIELD: Record<What, string> = { amount: 'amount', value: 'value', foreignAmount: 'foreignAmount', count: '' };

/**
 * Checks each figure of a total row against the rows: in cents for money (a published 3482232.1100000003
 * is Excel's float SUM), in rows for a count. A figure matching either the whole sheet or the section
 * since the last total row is right; otherwise the mismatch states both numbers.
 */
export function checkTotalRow(row: number, cells: readonly Cell[], all: Sums, section: Sums, ctx: TotalCheckContext): void {
  const sub = isSubtotal(cells);
  const foreignCode = ctx.columns.find((c) => c.field === 'foreignAmount')?.unit?.code ?? '';
  for (const f of statedFigures(cells, ctx.columns)) {
    const whole = all[f.what];
    const part = section[f.what];
    const matches = f.stated === whole || f.stated === part;
    const computed = matches ? f.stated : sub ? part : whole;
    const money = f.what !== 'count';
    const currency = f.what === 'count' ? '' : f.what === 'foreignAmount' ? foreignCode : 'CNY';
    const show = (n: number): string => (money ? formatYuan(n) + (currency === 'CNY' ? '' : ` ${currency}`) : String(n));
    ctx.tallier.addCheck({
      sheet: ctx.sheet, row, column: f.column, what: f.what, currency,
      stated: money ? centsToYuan(f.stated) : f.stated, computed: money ? centsToYuan(computed) : computed, matches,
    });
    const what = f.what === 'foreignAmount' ? 'foreignAmount' : f.what;
    const params = { what, stated: show(f.stated), computed: show(computed) };
    ctx.problems.add(
      matches
        ? { code: 'total-match', sheet: ctx.sheet, row, column: f.column, field: FIELD[f.what], value: show(f.stated), params }
        : {
            code: 'total-mismatch', sheet: ctx.sheet, row, column: f.column, field: FIELD[f.what], value: show(f.stated),
            params: { ...params, difference: show(Math.abs(f.stated - computed)) },
          },
    );
  }
}
