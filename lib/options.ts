import { dayNumber } from './cells/date.ts';
import type { GbkEncoder } from './cells/mojibake.ts';
import type { ColumnOverrides } from './columns/column.ts';
import { DEFAULT_MAX_DONATION_YUAN } from './datasets/donations/plausibility.ts';
import { DEFAULT_LOCALE, type Locale } from './i18n/locale.ts';
import { generatedSheetNames } from './render/sheet-names.ts';

export type TallyOptions = {
  /** Language of problem messages and generated sheets. Default zh-Hans. */
  readonly locale?: Locale;
  /**
   * The moment the tally is for: a day (`2020-02-03`, the whole day) or a day and time
   * (`2020-02-01T23:00`), in the spreadsheet's time. Dates after it are problems. Adapters pass today.
   */
  readonly asOf?: string;
  /** Reporting deadline of a day (`HH:MM`): reports after it are late. Default 20:00. */
  readonly cutoff?: string;
  /** Days a person is watched, the start day being day 1. Default 14. */
  readonly watchDays?: number;
  /** Year for dates typed without one (2月1日); defaults to asOf's year. */
  readonly year?: number;
  /** Offset of the spreadsheet's time zone, for Date cells. Default +480 (Asia/Shanghai). */
  readonly tzOffsetMinutes?: number;
  /**
   * The zone's offset on 1899-12-30, where Sheets puts a time-only cell, when it differs from today's
   * (Apps Script: Asia/Shanghai then kept local mean time, +8:05:43). See lib/cells/time-of-day.ts.
   */
  readonly epochOffsetMinutes?: number;
  /** Header text → field key, for columns a team names its own way. */
  readonly columns?: ColumnOverrides;
  /** Most problem items kept in the list (counts are never capped). Default 5000. */
  readonly maxProblems?: number;
  /** Sheets to leave out; by default paicha's own generated sheets. */
  readonly exclude?: (name: string) => boolean;
  /**
   * Text → GBK bytes (undefined when a character has none), to find mojibake: UTF-8 text read as GBK.
   * lib/ carries no GBK table; without an encoder there is no mojibake check. See lib/cells/mojibake.ts.
   */
  readonly encodeGbk?: GbkEncoder;
  /** The most one donation may be, in yuan; a row above it is an error and waits. Default 1亿 (lib/datasets/donations/plausibility.ts). */
  readonly maxDonation?: number;
};

/** The as-of moment, parsed once: what rules compare against. */
export type AsOf = {
  /** 'YYYY-MM-DD'. */
  readonly day: string;
  /** Days since 1970-01-01. */
  readonly dayNumber: number;
  /** Minutes after midnight; 1440 (the day's end) when only a day was given. */
  readonly minutes: number;
};

/** Options with every default applied and every text parsed: what datasets and checks read. */
export type ResolvedOptions = {
  readonly locale: Locale;
  readonly asOf: AsOf | undefined;
  readonly year: number | undefined;
  readonly tzOffsetMinutes: number;
  readonly epochOffsetMinutes: number | undefined;
  readonly columns: ColumnOverrides | undefined;
  readonly maxProblems: number;
  readonly exclude: (name: string) => boolean;
  readonly encodeGbk: GbkEncoder | undefined;
  readonly maxDonationCents: number;
  /** Minutes after midnight. */
  readonly cutoff: number;
  readonly watchDays: number;
};

/** An option a caller got wrong: a programming or usage error, never a data problem. */
export class OptionError extends Error {
  override name = 'OptionError';
  constructor(
    readonly option: 'asOf' | 'cutoff' | 'watchDays',
    readonly value: unknown,
    /** What the option takes, as a caller would write it. */
    readonly expected: string,
  ) {
    super(`${option} takes ${expected}, not ${JSON.stringify(value)}`);
  }
}

const DAY_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{1,2}:\d{2}))?$/;
const CLOCK = /^(\d{1,2}):(\d{2})$/;
const END_OF_DAY = 1440;

/** Minutes after midnight of `H:MM`/`HH:MM` (00:00–23:59), else undefined. */
function clockMinutes(text: string): number | undefined {
  const m = CLOCK.exec(text);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h <= 23 && min <= 59 ? h * 60 + min : undefined;
}

/** `2020-02-03` or `2020-02-01T23:00` (a space for the T too) → the moment; throws OptionError when not a real one. */
export function parseAsOf(text: string): AsOf {
  const m = DAY_TIME.exec(text.trim());
  const day = m?.[1] ?? '';
  const n = dayNumber(day);
  const minutes = m?.[2] === undefined ? END_OF_DAY : clockMinutes(m[2]);
  if (Number.isNaN(n) || minutes === undefined) throw new OptionError('asOf', text, 'a day YYYY-MM-DD or a day and time YYYY-MM-DDTHH:MM');
  return { day, dayNumber: n, minutes };
}

/** Applies the defaults and parses every option once. Throws OptionError for an option that cannot be read. */
export function resolveOptions(o: TallyOptions = {}): ResolvedOptions {
  const asOf = o.asOf === undefined ? undefined : parseAsOf(o.asOf);
  const cutoff = clockMinutes(o.cutoff ?? '20:00');
  if (cutoff === undefined) throw new OptionError('cutoff', o.cutoff, 'a time of day HH:MM');
  const watchDays = o.watchDays ?? 14;
  if (!Number.isInteger(watchDays) || watchDays < 1) throw new OptionError('watchDays', o.watchDays, 'a whole number of days, 1 or more');
  let exclude = o.exclude;
  if (!exclude) {
    const generated = new Set(generatedSheetNames());
    exclude = (name) => generated.has(name);
  }
  return {
    locale: o.locale ?? DEFAULT_LOCALE,
    asOf,
    year: o.year ?? (asOf ? Number(asOf.day.slice(0, 4)) : undefined),
    tzOffsetMinutes: o.tzOffsetMinutes ?? 480,
    epochOffsetMinutes: o.epochOffsetMinutes,
    columns: o.columns,
    maxProblems: o.maxProblems ?? 5000,
    exclude,
    encodeGbk: o.encodeGbk,
    maxDonationCents: Math.round((o.maxDonation ?? DEFAULT_MAX_DONATION_YUAN) * 100),
    cutoff,
    watchDays,
  };
}
