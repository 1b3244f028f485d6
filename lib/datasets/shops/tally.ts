import { isOpenBusiness, type BusinessStatus } from '../../cells/business-status.ts';
import { dayNumber } from '../../cells/date.ts';
import { KeyedIndex } from '../../checks/duplicates.ts';
import type { ResolvedOptions } from '../../options.ts';
import { comparePlace } from '../../places/order.ts';
import { Spellings } from '../../tally/spelling.ts';
import { reportedBy, todayOf } from '../daily-rows.ts';
import type { FinishContext, Tally } from '../define.ts';
import type { ShopCode } from './dataset.ts';
import { isLate, shopDayKey, type ShopRecord } from './record.ts';

/** What one day's checks found, counted alike for any day and for the tally's day. */
export type ShopFindings = {
  /** Reported after the cut-off; a check without a report time is neither on time nor late. */
  late: number;
  open: number;
  closed: number;
  staffChecked: number;
  fromOutside: number;
  fever: number;
};

/** One day's checks (DESIGN.md's `shops`, today's counts). */
export type ShopDay = ShopFindings & {
  date: string;
  checked: number;
  notChecked: number;
  /** Reported by the cut-off. */
  onTime: number;
};

export type ShopsResult = ShopFindings & {
  total: number;
  checkedToday: number;
  notCheckedToday: number;
  reportedOnTime: number;
  byCompound: { compound: string; total: number; checkedToday: number }[];
  notChecked: { shop: string; compound: string }[];
};

/** A shop on the day of the tally, for 门店日报: not checked, or checked and when. */
export type ShopToday = {
  shop: string;
  compound: string;
  state: 'not-checked' | 'late' | 'on-time' | 'untimed';
  /** Minutes since midnight of the check's day (past 1440 when sent on a later day). */
  reportedAt: number | undefined;
  business: BusinessStatus | undefined;
  staffChecked: number | undefined;
  fromOutside: number | undefined;
  fever: number | undefined;
  /** Where the check is (the first row naming the shop when not checked). */
  sheet: string;
  row: number;
};

type Entry = { record: ShopRecord; sheet: string };
type Shop = { key: string; compoundKey: string; first: Entry };

const STATE_ORDER: Readonly<Record<ShopToday['state'], number>> = { 'not-checked': 0, late: 1, untimed: 2, 'on-time': 3 };

/**
 * Shop checks wait in `checks` (one a shop a day; the later report counts) and the shop list in `list`
 * while the sheets are read; the tally is made when it finishes, as of the as-of moment.
 */
export class ShopTallier implements Tally<ShopRecord, ShopsResult> {
  readonly checks = new KeyedIndex<ShopRecord>(shopDayKey);
  readonly list = new KeyedIndex<ShopRecord>((r) => r.key);
  /** Whether some sheet is a 门店名录. */
  hasList = false;
  /** Each check sheet's 门店名称 column, for a note on a shop the list lacks. */
  readonly shopColumns = new Map<string, string>();
  private readonly extra: Entry[] = [];
  private readonly shops = new Map<string, Shop>();
  private readonly names = new Spellings();
  private readonly compounds = new Spellings();
  private readonly days = new Map<string, Map<string, Entry>>();
  private today = '';

  constructor(private readonly options: ResolvedOptions) {}

  add(record: ShopRecord, sheet: string): void {
    this.extra.push({ record, sheet });
  }

  finish(ctx: FinishContext<never, ShopCode>): ShopsResult {
    const listed: Entry[] = [];
    this.list.forEach((record, sheet) => listed.push({ record, sheet }));
    const checks: Entry[] = [...this.extra];
    this.checks.forEach((record, sheet) => checks.push({ record, sheet }));
    this.today = todayOf(
      this.options,
      checks.map((e) => e.record.date),
    );
    for (const e of listed) this.shopOf(e);
    for (const e of checks) {
      const r = e.record;
      if (!reportedBy(r, this.options, this.today)) continue;
      if (this.hasList && !this.shops.has(r.key)) {
        ctx.problems.add({
          code: 'rule',
          severity: 'info',
          sheet: e.sheet,
          row: r.row,
          column: this.shopColumns.get(e.sheet) ?? '',
          field: 'shop',
          value: r.shop,
          params: { rule: 'shop-not-listed' },
        });
      }
      this.shopOf(e);
      let day = this.days.get(r.date);
      if (!day) this.days.set(r.date, (day = new Map()));
      day.set(r.key, e);
    }
    return this.result();
  }

  private shopOf(e: Entry): Shop {
    const r = e.record;
    this.names.add(r.key, r.shop);
    this.compounds.add(r.compoundKey, r.compound);
    let s = this.shops.get(r.key);
    if (!s) this.shops.set(r.key, (s = { key: r.key, compoundKey: r.compoundKey, first: e }));
    return s;
  }

  private result(): ShopsResult {
    const d = this.day(this.today);
    const checked = this.days.get(this.today) ?? new Map<string, Entry>();
    const byCompound = new Map<string, { total: number; checkedToday: number }>();
    for (const s of this.shops.values()) {
      const c = byCompound.get(s.compoundKey) ?? { total: 0, checkedToday: 0 };
      c.total++;
      if (checked.has(s.key)) c.checkedToday++;
      byCompound.set(s.compoundKey, c);
    }
    return {
      total: this.shops.size,
      checkedToday: d.checked,
      notCheckedToday: d.notChecked,
      reportedOnTime: d.onTime,
      late: d.late,
      open: d.open,
      closed: d.closed,
      staffChecked: d.staffChecked,
      fromOutside: d.fromOutside,
      fever: d.fever,
      byCompound: [...byCompound.entries()]
        .map(([k, c]) => ({ compound: this.compounds.shown(k), ...c }))
        .sort((a, b) => comparePlace(a.compound, b.compound)),
      notChecked: this.todayShops()
        .filter((s) => s.state === 'not-checked')
        .map((s) => ({ shop: s.shop, compound: s.compound })),
    };
  }

  /** The day the tally is for: the as-of day, else the last day checked. */
  day(date: string): ShopDay {
    const checked = this.days.get(date) ?? new Map<string, Entry>();
    const d: ShopDay = {
      date,
      checked: checked.size,
      notChecked: this.shops.size - checked.size,
      onTime: 0,
      late: 0,
      open: 0,
      closed: 0,
      staffChecked: 0,
      fromOutside: 0,
      fever: 0,
    };
    for (const { record: r } of checked.values()) {
      if (r.reportedAt !== undefined) {
        if (isLate(r, this.options.cutoff)) d.late++;
        else d.onTime++;
      }
      if (r.business !== undefined) {
        if (isOpenBusiness(r.business)) d.open++;
        else d.closed++;
      }
      d.staffChecked += r.staffChecked ?? 0;
      d.fromOutside += r.fromOutside ?? 0;
      d.fever += r.fever ?? 0;
    }
    return d;
  }

  /** The day of the tally ('' when no shop was checked). */
  get date(): string {
    return this.today;
  }

  /** Every shop on the tally's day: the not-checked first, then the late, then by compound and name. */
  todayShops(): ShopToday[] {
    const checked = this.days.get(this.today) ?? new Map<string, Entry>();
    const base = this.today === '' ? 0 : dayNumber(this.today) * 1440;
    const out: ShopToday[] = [];
    for (const s of this.shops.values()) {
      const e = checked.get(s.key);
      const r = e?.record;
      const state: ShopToday['state'] = !r
        ? 'not-checked'
        : r.reportedAt === undefined
          ? 'untimed'
          : isLate(r, this.options.cutoff)
            ? 'late'
            : 'on-time';
      out.push({
        shop: this.names.shown(s.key),
        compound: this.compounds.shown(s.compoundKey),
        state,
        reportedAt: r?.reportedAt === undefined ? undefined : r.reportedAt - base,
        business: r?.business,
        staffChecked: r?.staffChecked,
        fromOutside: r?.fromOutside,
        fever: r?.fever,
        sheet: (e ?? s.first).sheet,
        row: (e ?? s.first).record.row,
      });
    }
    return out.sort(
      (a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || comparePlace(a.compound, b.compound) || comparePlace(a.shop, b.shop),
    );
  }
}
