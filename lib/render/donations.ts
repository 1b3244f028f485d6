import type { Cell } from '../cells/result.ts';
import { formatYuan } from '../cells/money.ts';
import { D } from '../i18n/donations.ts';
import { fill, type Locale } from '../i18n/locale.ts';
import { WHAT } from '../i18n/words.ts';
import { scrubText } from '../privacy/mask.ts';
import type { DonationTally, MoneySplit, StatedTotalCheck } from '../datasets/donations/tally.ts';
import type { ColumnFormat, GeneratedSheet } from './grid.ts';
import { sheetName } from './sheet-names.ts';

// Columns: section, name, count, cash, goods value, total, running total, quantity, unit, details.
const WIDTH = 10;
const FORMATS: readonly ColumnFormat[] = ['text', 'text', 'integer', 'yuan', 'yuan', 'yuan', 'yuan', 'text', 'text', 'text'];
const CUMULATIVE = 6;

const money = (m: MoneySplit): Cell[] => [m.count, m.cash, m.goodsValue, m.total];
const row = (cells: readonly Cell[]): Cell[] => {
  const r = cells.map((c) => (typeof c === 'string' ? scrubText(c) : c));
  while (r.length < WIDTH) r.push('');
  return r;
};

function checkText(c: StatedTotalCheck, locale: Locale): string {
  const show = (n: number) =>
    c.what === 'count' ? String(n) : formatYuan(Math.round(n * 100)) + (c.currency === 'CNY' ? '' : ` ${c.currency}`);
  const what = WHAT[c.what]?.[locale] ?? c.what;
  return fill((c.matches ? D.checkOk : D.checkBad)[locale], { what, stated: show(c.stated), computed: show(c.computed) });
}

/**
 * 汇总-捐赠: by day with the running total first (the line chart covers that block), then the totals
 * and stated-total checks, by donor type, by sector, goods by item and unit, goods without a value
 * listed apart, and where the donations went.
 */
export function donationsSheet(t: DonationTally, locale: Locale): GeneratedSheet {
  const w = (k: keyof typeof D) => D[k][locale];
  const name = (s: string) => (s === '' ? w('unfilled') : s);
  const header = [
    w('section'),
    w('name'),
    w('count'),
    w('cash'),
    w('goodsValue'),
    w('total'),
    w('cumulative'),
    w('quantity'),
    w('unit'),
    w('detail'),
  ];
  const rows: Cell[][] = [];
  for (const d of t.byDay) rows.push(row([w('byDay'), d.date === '' ? w('undated') : d.date, ...money(d), d.cumulative]));
  rows.push(row([w('totals'), w('allDonations'), ...money(t)]));
  rows.push(row([w('totals'), w('donors'), t.donors]));
  if (t.anonymous > 0) rows.push(row([w('totals'), w('anonymous'), t.anonymous]));
  if (t.withheld > 0) rows.push(row([w('totals'), w('withheld'), t.withheld]));
  for (const f of t.foreign)
    rows.push(row([w('foreign'), f.currency, f.count, '', '', '', '', '', '', `${formatYuan(Math.round(f.amount * 100))} ${f.currency}`]));
  for (const c of t.statedTotals) {
    rows.push(
      row([w('check'), fill(D.checkRow[locale], { sheet: c.sheet, row: c.row }), '', '', '', '', '', '', '', checkText(c, locale)]),
    );
  }
  for (const g of t.byDonorType) rows.push(row([w('donorType'), name(g.donorType), ...money(g)]));
  for (const g of t.bySector) rows.push(row([w('sector'), name(g.sector), ...money(g)]));
  for (const it of t.byItem) {
    const note = it.unvalued > 0 ? fill(D.unvaluedOf[locale], { n: it.unvalued }) : '';
    rows.push(row([w('item'), name(it.item), it.count, '', it.value, it.value, '', it.quantity ?? '', it.unit, note]));
  }
  for (const u of t.unvalued) {
    const who = u.anonymous ? w('anonymous') : name(u.donor);
    const detail = [who, u.date, `${u.sheet}!A${u.row}`, u.destination].filter((s) => s !== '').join(' · ');
    rows.push(row([w('unvalued'), name(u.item), 1, '', '', '', '', u.quantity ?? '', u.unit, detail]));
  }
  for (const g of t.byDestination) rows.push(row([w('destination'), name(g.destination), ...money(g)]));
  return {
    name: sheetName('donations', locale),
    values: [header, ...rows],
    formats: FORMATS,
    frozenRows: 1,
    charts:
      t.byDay.length > 0 ? [{ kind: 'line', title: w('chart'), labelColumn: 1, valueColumns: [CUMULATIVE], rows: t.byDay.length }] : [],
  };
}
