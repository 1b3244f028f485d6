import type { BusinessStatus } from '../../cells/business-status.ts';
import { dayNumber } from '../../cells/date.ts';
import type { Identity } from '../../checks/duplicates.ts';

/**
 * One shop's check on one day (its zod schema is in schema.ts); on a 门店名录 sheet (no 日期 column) a
 * shop of the list, its date ''. Every field is always present, undefined where the sheet has none.
 */
export type ShopRecord = {
  row: number;
  /** YYYY-MM-DD; '' for a row of the shop list. */
  date: string;
  shop: string;
  /** The shop's folded name and compound: 金都超市 in 金都小區 is 金都超市 in 金都小区. */
  key: string;
  compound: string;
  compoundKey: string;
  staff: number | undefined;
  staffChecked: number | undefined;
  fromOutside: number | undefined;
  fever: number | undefined;
  business: BusinessStatus | undefined;
  /** When the report was sent, in minutes since 1970-01-01 of the sheet's clock; undefined without a time. */
  reportedAt: number | undefined;
};

/** The moment a day's cut-off falls, in the minutes `reportedAt` counts. */
const cutoffMoment = (date: string, cutoff: number): number => dayNumber(date) * 1440 + cutoff;

/** Whether a report came after the day's cut-off (a report without a time is not late). */
export const isLate = (r: { date: string; reportedAt: number | undefined }, cutoff: number): boolean =>
  r.reportedAt !== undefined && r.reportedAt > cutoffMoment(r.date, cutoff);

const canonical = (r: ShopRecord): string =>
  [r.business ?? '', r.staff ?? '', r.staffChecked ?? '', r.fromOutside ?? '', r.fever ?? '', r.shop, r.compound].join('\u0001');

/** Of two reports of one thing, the later counts; without times, or at one time, the content decides (never the position). */
export function laterReport<R extends { reportedAt: number | undefined }>(canon: (r: R) => string): (a: R, b: R) => R {
  return (a, b) => {
    const x = a.reportedAt ?? -1;
    const y = b.reportedAt ?? -1;
    if (x !== y) return x > y ? a : b;
    return canon(a) <= canon(b) ? a : b;
  };
}

/** A shop checked twice on one day: one check counts, the later report. */
export const shopDay: Identity<ShopRecord> = {
  what: 'shopDay',
  field: 'shop',
  shown: (r) => `${r.date} ${r.compound} ${r.shop}`,
  prefer: laterReport(canonical),
};

/** A shop listed twice in the shop list. */
export const listedShop: Identity<ShopRecord> = {
  what: 'shop',
  field: 'shop',
  shown: (r) => `${r.compound} ${r.shop}`,
  prefer: (a, b) => (canonical(a) <= canonical(b) ? a : b),
};

export const shopDayKey = (r: ShopRecord): string => `${r.date}\u0001${r.key}`;
