import type { Identity } from '../../checks/duplicates.ts';
import { laterReport } from '../shops/record.ts';

/** One compound's duty log of one day (its zod schema is in schema.ts). */
export type DutyRecord = {
  row: number;
  /** YYYY-MM-DD. */
  date: string;
  compound: string;
  compoundKey: string;
  /** How many times disinfected; undefined when not filled. */
  disinfection: number | undefined;
  entries: number | undefined;
  garbage: number | undefined;
  /** 封闭管理 found normal, or not (its problem is among `issues`); undefined when not filled. */
  closedNormal: boolean | undefined;
  /** What the day raised: 封闭管理's problem and 发现问题, as written. */
  issues: string[];
  /** Minutes since 1970-01-01 of the sheet's clock; undefined without a time. */
  reportedAt: number | undefined;
};

const canonical = (r: DutyRecord): string =>
  [r.disinfection ?? '', r.entries ?? '', r.garbage ?? '', r.closedNormal ?? '', ...r.issues, r.compound].join('\u0001');

/** A compound's log entered twice for one day: one counts, the later report. */
export const compoundDay: Identity<DutyRecord> = {
  what: 'compoundDay',
  field: 'compound',
  shown: (r) => `${r.date} ${r.compound}`,
  prefer: laterReport(canonical),
};

export const compoundDayKey = (r: DutyRecord): string => `${r.date}\u0001${r.compoundKey}`;
