import { centsToYuan, formatYuan, parseMoney } from '../cells/money.ts';
import { isBlank, type Cell } from '../cells/result.ts';
import { cellText } from '../cells/text.ts';
import type { Columns } from '../columns/column.ts';
import type { WhatId } from '../i18n/words.ts';
import type { Emitter, ProblemSink } from '../problems/collector.ts';
import type { Located, MappedColumn } from '../table/locate.ts';

// Published ledgers state their totals (合计 3482232.11, 共计746人次, 总金额X元). Each figure of a total
// row is checked against the rows above it: in cents for money (a published 3482232.1100000003 is
// Excel's float SUM), in rows for a count. A figure matching the whole sheet or the section since the
// last total row is right; otherwise a `total-mismatch` states both numbers.

export const statedTotals = { id: 'stated-totals', codes: ['total-match', 'total-mismatch'] } as const satisfies Emitter;

type StatedTotalCode = (typeof statedTotals.codes)[number];

/** A figure of a stated total row against what the rows add up to. F: the summed fields. */
export type StatedTotalCheck<F extends WhatId = WhatId> = {
  sheet: string;
  row: number;
  column: string;
  what: F | 'count';
  /** CNY for yuan figures, the column's currency for foreign ones, '' for counts. */
  currency: string;
  stated: number;
  computed: number;
  matches: boolean;
};

type Figure<F> = { what: F | 'count'; column: string; stated: number };

// Only total rows are read this way, so a regular expression per cell costs nothing per data row.
const COUNT = /(\d[\d,]*)\s*(?:人次|笔|筆|人|次|项|項|条|條|宗|单|單|位|家|户|戶)/;
const LABELLED =
  /(?:总金额|總金額|金额|金額|总额|總額|合计|合計|总计|總計|共计|共計|total|sum)\s*[:：]?\s*((?:人民币|rmb|[¥￥])?\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|萬元|万|萬|元)?)/i;

/** A 小计 row checks the rows since the last total row; 合计/总计/共计 the whole sheet above it. */
function isSubtotal(cells: readonly Cell[]): boolean {
  return cells.some((c) => typeof c === 'string' && /^\s*小[计計]/.test(c));
}

/**
 * The stated totals of one sheet. The reader adds every data row's summed fields (money columns, in
 * cents: `money` in yuan, `foreign-money` in its own currency) and hands over each total row in place.
 */
export class SheetTotals<F extends WhatId & string> {
  private readonly slots: number[];
  private readonly foreign: boolean[];
  // [rows, then one sum a field]: the whole sheet so far, and the section since the last total row.
  private all: number[];
  private section: number[];
  // A total row above every row (published 总计 first) speaks for the whole sheet: checked at the end.
  private readonly leading: { row: number; cells: readonly Cell[] }[] = [];

  constructor(
    private readonly fields: readonly F[],
    columns: Columns,
    private readonly located: Located,
    private readonly sheet: string,
    private readonly problems: ProblemSink<StatedTotalCode>,
    private readonly onCheck: (c: StatedTotalCheck<F>) => void,
  ) {
    const keys = Object.keys(columns);
    this.slots = fields.map((f) => keys.indexOf(f));
    this.foreign = fields.map((f) => columns[f]?.kind === 'foreign-money');
    this.all = this.zero();
    this.section = this.zero();
  }

  private zero(): number[] {
    return Array<number>(this.fields.length + 1).fill(0);
  }

  /** Adds a data row, as the publisher's SUM saw it: every row, whatever else is wrong with it. */
  addRow(rec: readonly unknown[]): void {
    this.all[0]!++;
    this.section[0]!++;
    for (let i = 0; i < this.slots.length; i++) {
      const v = rec[this.slots[i]!];
      if (typeof v !== 'number') continue;
      this.all[i + 1]! += v;
      this.section[i + 1]! += v;
    }
  }

  /** A total row, in place: checked against the rows above it. */
  totalRow(row: number, cells: readonly Cell[]): void {
    if (this.all[0] === 0) this.leading.push({ row, cells });
    else this.check(row, cells, this.all, this.section);
    this.section = this.zero();
  }

  /** Checks the total rows that came before any data row, against the whole sheet. */
  finish(): void {
    for (const t of this.leading) this.check(t.row, t.cells, this.all, this.all);
  }

  private check(row: number, cells: readonly Cell[], all: readonly number[], section: readonly number[]): void {
    const sub = isSubtotal(cells);
    for (const f of this.figures(cells)) {
      const i = f.what === 'count' ? 0 : this.fields.indexOf(f.what) + 1;
      const whole = all[i]!;
      const part = section[i]!;
      const matches = f.stated === whole || f.stated === part;
      const computed = matches ? f.stated : sub ? part : whole;
      const money = f.what !== 'count';
      const currency = !money ? '' : this.foreign[i - 1] ? this.foreignCode(f.what) : 'CNY';
      const show = (n: number): string => (money ? formatYuan(n) + (currency === 'CNY' ? '' : ` ${currency}`) : String(n));
      this.onCheck({
        sheet: this.sheet,
        row,
        column: f.column,
        what: f.what,
        currency,
        stated: money ? centsToYuan(f.stated) : f.stated,
        computed: money ? centsToYuan(computed) : computed,
        matches,
      });
      const at = { sheet: this.sheet, row, column: f.column, field: money ? f.what : '', value: show(f.stated) };
      const params = { what: f.what, stated: show(f.stated), computed: show(computed) };
      this.problems.add(
        matches
          ? { ...at, code: 'total-match', params }
          : { ...at, code: 'total-mismatch', params: { ...params, difference: show(Math.abs(f.stated - computed)) } },
      );
    }
  }

  private foreignCode(field: string): string {
    return this.located.columns.find((c) => c.field === field)?.unit?.code ?? '';
  }

  /** The figures a total row states: amounts under summed columns or after a label, and a count (N人次, N笔). */
  private figures(cells: readonly Cell[]): Figure<F>[] {
    const figures: Figure<F>[] = [];
    const put = (f: Figure<F>) => {
      if (!figures.some((g) => g.what === f.what)) figures.push(f);
    };
    const summed = (c: MappedColumn | undefined): F | undefined => (c === undefined ? undefined : this.fields.find((f) => f === c.field));
    const scale = (c: MappedColumn, f: F): number => (this.foreign[this.fields.indexOf(f)] ? 1 : (c.unit?.scale ?? 1));
    const byIndex = new Map(this.located.columns.map((c) => [c.index, c]));
    // Words (合计：5000元) in a column that is not summed speak for the first yuan column the sheet has.
    let labelled: { col: MappedColumn; what: F } | undefined;
    for (let k = 0; k < this.fields.length && !labelled; k++) {
      const col = this.foreign[k] ? undefined : this.located.columns.find((c) => c.field === this.fields[k]);
      if (col) labelled = { col, what: this.fields[k]! };
    }
    for (let i = 0; i < cells.length; i++) {
      const raw = cells[i];
      if (isBlank(raw)) continue;
      const col = byIndex.get(i);
      const what = summed(col);
      const letter = col?.letter ?? '';
      if (typeof raw === 'number') {
        const m = col && what ? parseMoney(raw, scale(col, what)) : undefined;
        if (what && m?.ok) put({ what, column: letter, stated: m.value });
        continue;
      }
      let t = cellText(raw);
      const c = COUNT.exec(t);
      if (c) {
        put({ what: 'count', column: letter, stated: Number((c[1] ?? '').split(',').join('')) });
        t = t.slice(0, c.index) + t.slice(c.index + c[0].length);
      }
      if (col && what) {
        const digit = t.search(/[\d¥￥]/);
        const m = digit < 0 ? undefined : parseMoney(t.slice(digit), scale(col, what));
        if (m?.ok) put({ what, column: letter, stated: m.value });
      } else if (labelled) {
        const l = LABELLED.exec(t);
        const m = l ? parseMoney(l[1] ?? '', scale(labelled.col, labelled.what)) : undefined;
        if (m?.ok) put({ what: labelled.what, column: letter, stated: m.value });
      }
    }
    return figures;
  }
}
