import { COMPACT_UNITS } from '../../i18n/dashboard.ts';
import type { Locale } from '../../i18n/locale.ts';

/** A count with thousands separators, as yuan amounts are written: 12345 → '12,345'. */
export function formatCount(n: number): string {
  const s = String(Math.round(Math.abs(n)));
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += ',';
    out += s.charAt(i);
  }
  return n < 0 ? `-${out}` : out;
}

const trim = (n: number): string => String(Math.round(n * 100) / 100);

/** An axis tick: 1,500,000 → 150万 (zh) or 1.5M (en); small values as counts. */
export function formatCompact(n: number, locale: Locale): string {
  for (const [size, unit] of COMPACT_UNITS[locale]) if (Math.abs(n) >= size) return trim(n / size) + unit;
  return Number.isInteger(n) ? formatCount(n) : trim(n);
}

/** 2020-02-06 → 2/6, for axis labels (the full date is in the table beside the chart). */
export function shortDate(date: string): string {
  const m = /^\d{4}-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${Number(m[1])}/${Number(m[2])}` : date;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date, by arithmetic (no time zone involved); NaN if not one. */
export function dayNumber(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 : NaN;
}

/** A coordinate with at most one decimal: short markup, and no long digit runs in the page. */
export const px = (n: number): string => String(Math.round(n * 10) / 10);
