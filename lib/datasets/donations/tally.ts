import { cachedGroupKey } from '../../cells/keys.ts';
import { centsToYuan } from '../../cells/money.ts';
import { KeyedIndex } from '../../checks/duplicates.ts';
import type { StatedTotalCheck as Check } from '../../checks/stated-totals.ts';
import { Spellings } from '../../tally/spelling.ts';
import type { Tally } from '../define.ts';
import { donorKey, receiptKey, type DonationRecord } from './record.ts';

/** Count and money of a group of donations, in yuan (summed in cents). */
export type MoneySplit = { count: number; cash: number; goodsValue: number; total: number };

/** Goods that have no value: out of the money totals, listed apart. An anonymous donor is ''. */
export type UnvaluedGoods = {
  sheet: string;
  row: number;
  date: string;
  donor: string;
  anonymous: boolean;
  item: string;
  quantity: number | null;
  unit: string;
  destination: string;
};

/** The money columns a ledger's stated totals are checked against (and the rows, as a count). */
export const SUMMED = ['amount', 'value', 'foreignAmount'] as const;

/** A figure of a stated total row (合计, 共计N人次, 总金额X) against what the rows add up to. */
export type StatedTotalCheck = Check<(typeof SUMMED)[number]>;

export type DonationTally = MoneySplit & {
  /** Distinct donors; every anonymous or unnamed row is a donor of its own. */
  donors: number;
  unvaluedGoods: number;
  anonymous: number;
  /** Donations counted but left out of the public list (公示 = 否). */
  withheld: number;
  byDonorType: (MoneySplit & { donorType: string })[];
  bySector: (MoneySplit & { sector: string })[];
  byDay: (MoneySplit & { date: string; cumulative: number })[];
  /** Goods by item and unit; quantity is null when no row of the item states one. */
  byItem: { item: string; unit: string; quantity: number | null; value: number; count: number; unvalued: number }[];
  byDestination: (MoneySplit & { destination: string })[];
  unvalued: UnvaluedGoods[];
  /** Amounts in other currencies, in their own units, never added into yuan. */
  foreign: { currency: string; amount: number; count: number }[];
  statedTotals: StatedTotalCheck[];
};

/** One counted donation and the sheet it came from, for the public list. */
export type DonationEntry = { readonly sheet: string; readonly record: DonationRecord };

type Acc = { count: number; cash: number; goods: number };
const acc = (): Acc => ({ count: 0, cash: 0, goods: 0 });
const split = (a: Acc): MoneySplit => ({
  count: a.count,
  cash: centsToYuan(a.cash),
  goodsValue: centsToYuan(a.goods),
  total: centsToYuan(a.cash + a.goods),
});

class Groups {
  private readonly accs = new Map<string, Acc>();
  private readonly names = new Spellings();
  // Group labels repeat (a few types, sectors, destinations): fold each distinct text once.
  private readonly keyOf = cachedGroupKey();

  add(label: string, d: DonationRecord): void {
    const key = this.keyOf(label);
    this.names.add(key, label);
    let a = this.accs.get(key);
    if (!a) this.accs.set(key, (a = acc()));
    count(a, d);
  }

  /** Largest total first; the unfilled group ('') last. */
  result(): (MoneySplit & { name: string })[] {
    return [...this.accs.entries()]
      .map(([k, a]) => ({ name: k === '' ? '' : this.names.shown(k), cents: a.cash + a.goods, ...split(a) }))
      .sort(
        (x, y) =>
          (x.name === '' ? 1 : 0) - (y.name === '' ? 1 : 0) || y.cents - x.cents || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0),
      )
      .map(({ cents: _, ...rest }) => rest);
  }
}

function count(a: Acc, d: DonationRecord): void {
  a.count++;
  a.cash += d.amount;
  if (d.value !== null) a.goods += d.value;
}

type ItemAcc = { item: Spellings; unit: Spellings; milli: number | null; value: number; count: number; unvalued: number };

/**
 * Adds donations one at a time (each once) and reports totals at every level, in integer cents. Rows
 * with a receipt number wait in `receipts` while the sheets are read (the number may repeat) and are
 * counted when the tally finishes.
 */
export class DonationTallier implements Tally<DonationRecord, DonationTally> {
  readonly receipts = new KeyedIndex<DonationRecord>(receiptKey);
  private readonly all = acc();
  private readonly donorKeys = new Set<string>();
  private unnamed = 0;
  private anonymous = 0;
  private withheld = 0;
  private readonly types = new Groups();
  private readonly sectors = new Groups();
  private readonly destinations = new Groups();
  private readonly days = new Map<string, Acc>();
  private readonly items = new Map<string, ItemAcc>();
  private readonly foreign = new Map<string, { cents: number; count: number }>();
  private readonly unvalued: UnvaluedGoods[] = [];
  private readonly entries: DonationEntry[] = [];
  private readonly checks: StatedTotalCheck[] = [];

  add(d: DonationRecord, sheet: string): void {
    count(this.all, d);
    // Anonymous and unnamed donations are not merged into one donor: "匿名" on ten rows is most
    // likely ten people, and counting them as one would understate how many gave.
    if (d.anonymous || d.donor === '') this.unnamed++;
    else this.donorKeys.add(donorKey(d.donor));
    if (d.anonymous) this.anonymous++;
    if (!d.disclose) this.withheld++;
    this.types.add(d.donorType, d);
    this.sectors.add(d.sector, d);
    this.destinations.add(d.destination, d);
    let day = this.days.get(d.date);
    if (!day) this.days.set(d.date, (day = acc()));
    count(day, d);
    if (d.foreign !== null) {
      const f = this.foreign.get(d.foreign.currency) ?? { cents: 0, count: 0 };
      f.cents += d.foreign.cents;
      f.count++;
      this.foreign.set(d.foreign.currency, f);
    }
    if (d.kind === 'goods') this.addGoods(d, sheet);
    this.entries.push({ sheet, record: d });
  }

  private addGoods(d: DonationRecord, sheet: string): void {
    const label = d.spec === '' ? d.item : `${d.item}（${d.spec}）`;
    const key = `${this.itemKey(label)}\u0001${this.itemKey(d.unit)}`;
    let it = this.items.get(key);
    if (!it) this.items.set(key, (it = { item: new Spellings(), unit: new Spellings(), milli: null, value: 0, count: 0, unvalued: 0 }));
    it.item.add('', label);
    it.unit.add('', d.unit);
    it.count++;
    if (d.quantity !== null) it.milli = (it.milli ?? 0) + Math.round(d.quantity * 1000);
    if (d.value !== null) it.value += d.value;
    else {
      it.unvalued++;
      this.unvalued.push({
        sheet,
        row: d.row,
        date: d.date,
        donor: d.anonymous ? '' : d.donor,
        anonymous: d.anonymous,
        item: label,
        quantity: d.quantity,
        unit: d.unit,
        destination: d.destination,
      });
    }
  }

  private readonly itemKey = cachedGroupKey();

  addCheck(c: StatedTotalCheck): void {
    this.checks.push(c);
  }

  finish(): DonationTally {
    this.receipts.forEach((record, sheet) => this.add(record, sheet));
    return this.result();
  }

  private result(): DonationTally {
    const days = [...this.days.entries()].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0));
    let running = 0;
    const byDay = days.map(([date, a]) => {
      running += a.cash + a.goods;
      return { date, ...split(a), cumulative: centsToYuan(running) };
    });
    const byItem = [...this.items.values()]
      .map((it) => ({
        item: it.item.shown(''),
        unit: it.unit.shown(''),
        quantity: it.milli === null ? null : it.milli / 1000,
        value: it.value,
        count: it.count,
        unvalued: it.unvalued,
      }))
      .sort(
        (a, b) =>
          b.value - a.value ||
          b.count - a.count ||
          (a.item < b.item ? -1 : a.item > b.item ? 1 : 0) ||
          (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0),
      )
      .map((it) => ({ ...it, value: centsToYuan(it.value) }));
    return {
      ...split(this.all),
      donors: this.donorKeys.size + this.unnamed,
      unvaluedGoods: this.unvalued.length,
      anonymous: this.anonymous,
      withheld: this.withheld,
      byDonorType: this.types.result().map(({ name, ...m }) => ({ donorType: name, ...m })),
      bySector: this.sectors.result().map(({ name, ...m }) => ({ sector: name, ...m })),
      byDay,
      byItem,
      byDestination: this.destinations.result().map(({ name, ...m }) => ({ destination: name, ...m })),
      unvalued: [...this.unvalued],
      foreign: [...this.foreign.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([currency, f]) => ({ currency, amount: centsToYuan(f.cents), count: f.count })),
      statedTotals: [...this.checks],
    };
  }

  /** Every counted donation in ledger order. */
  records(): readonly DonationEntry[] {
    return this.entries;
  }

  /** Listed donations by date (undated last), then by sheet and row as the ledger has them. */
  publicList(): DonationEntry[] {
    const sheets = new Map<string, number>();
    for (const e of this.entries) if (!sheets.has(e.sheet)) sheets.set(e.sheet, sheets.size);
    return this.entries
      .filter((e) => e.record.disclose)
      .sort((a, b) => {
        const x = a.record.date;
        const y = b.record.date;
        return (
          (x === '' ? 1 : 0) - (y === '' ? 1 : 0) ||
          (x < y ? -1 : x > y ? 1 : 0) ||
          sheets.get(a.sheet)! - sheets.get(b.sheet)! ||
          a.record.row - b.record.row
        );
      });
  }
}
