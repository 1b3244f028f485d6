import { centsToYuan } from '../cells/money.ts';
import type { Cell } from '../cells/result.ts';
import { D } from '../i18n/donations.ts';
import { fill, type Locale } from '../i18n/locale.ts';
import { containsPersonalNumber, scrubText } from '../privacy/mask.ts';
import type { DonationEntry, DonationTally } from '../datasets/donations/tally.ts';
import type { ColumnFormat, GeneratedSheet } from './grid.ts';
import { sheetName } from './sheet-names.ts';

const quantityText = (q: number | null, unit: string): string => (q === null ? '' : `${q}${unit}`);

/**
 * 公示-捐赠, the list to publish: date, donor (匿名 for anonymous donors), kind, amount or goods ×
 * quantity, value, receipt number, destination. Built only from these fields, so phone, ID and address
 * columns cannot reach it; a last pass masks any phone- or ID-shaped text inside a name or an item.
 * Donations marked 公示 = 否 are left out and counted in a closing line.
 */
export function publicListSheet(entries: readonly DonationEntry[], t: DonationTally, locale: Locale): GeneratedSheet {
  const w = (k: keyof typeof D) => D[k][locale];
  const hasForeign = t.foreign.length > 0;
  const header = [w('date'), w('donor'), w('kind'), w('amount'), w('goods'), w('value'), w('receipt'), w('destination')];
  const formats: ColumnFormat[] = ['text', 'text', 'text', 'yuan', 'text', 'yuan', 'text', 'text'];
  if (hasForeign) {
    header.push(w('foreignAmount'));
    formats.push('text');
  }
  const rows: Cell[][] = [];
  for (const { record: d } of entries) {
    if (!d.disclose) continue;
    const goods = d.kind === 'goods';
    const label = d.spec === '' ? d.item : `${d.item}（${d.spec}）`;
    const r: Cell[] = [
      d.date,
      d.anonymous ? w('anonymous') : d.donor === '' ? w('unfilled') : d.donor,
      goods ? w('kindGoods') : w('kindCash'),
      goods || d.amount === 0 ? '' : centsToYuan(d.amount),
      goods ? [label, quantityText(d.quantity, d.unit)].filter((s) => s !== '').join(' × ') : '',
      d.value === null ? '' : centsToYuan(d.value),
      d.receipt,
      d.destination,
    ];
    if (hasForeign) r.push(d.foreign === null ? '' : `${centsToYuan(d.foreign.cents).toFixed(2)} ${d.foreign.currency}`);
    rows.push(r);
  }
  const width = header.length;
  const line = (text: string): Cell[] => [text, ...Array<Cell>(width - 1).fill('')];
  const totals: Cell[] = [fill(D.listTotal[locale], { n: t.count }), '', '', t.cash, '', t.goodsValue, '', ''];
  if (hasForeign) totals.push(t.foreign.map((f) => `${f.amount.toFixed(2)} ${f.currency}`).join('; '));
  rows.push(totals);
  if (t.withheld > 0) rows.push(line(fill(D.withheldLine[locale], { n: t.withheld })));
  if (t.unvaluedGoods > 0) rows.push(line(fill(D.unvaluedLine[locale], { n: t.unvaluedGoods })));
  return {
    name: sheetName('publicList', locale),
    values: [header, ...rows.map(scrubRow)],
    formats,
    frozenRows: 1,
  };
}

// The last guard: whatever a volunteer typed into a name, an item or a destination, no phone or ID
// number leaves in a public cell.
function scrubRow(r: Cell[]): Cell[] {
  for (let i = 0; i < r.length; i++) {
    const c = r[i];
    if (typeof c === 'string' && c !== '' && containsPersonalNumber(c)) r[i] = scrubText(c);
  }
  return r;
}
