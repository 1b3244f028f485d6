import type { BusinessStatus } from '../cells/business-status.ts';
import { addDays } from '../cells/date.ts';
import { formatMinutes } from '../cells/time-of-day.ts';
import type { ShopDay, ShopToday } from '../datasets/shops/tally.ts';
import { fill, type Locale, type Words } from '../i18n/locale.ts';
import { S } from '../i18n/shops.ts';
import type { CellLink, GeneratedSheet } from './grid.ts';
import { sheetName } from './sheet-names.ts';

const STATE = { 'not-checked': S.notChecked, late: S.late, 'on-time': S.onTime, untimed: S.untimed } as const;
const BUSINESS: Readonly<Record<BusinessStatus, Words>> = { open: S.open, takeaway: S.takeaway, closed: S.closed };

/**
 * A report time as the volunteer reads it: 19:35, or 次日 00:30 when sent after midnight; a report
 * sent before the check's day or days after it (each a warning already) shows its own date.
 */
export function reportTimeText(minutes: number | undefined, locale: Locale, date: string): string {
  if (minutes === undefined) return '';
  if (minutes >= 0 && minutes <= 1440) return formatMinutes(minutes);
  if (minutes > 1440 && minutes < 2880) return fill(S.nextDay[locale], { time: formatMinutes(minutes - 1440) });
  const days = Math.floor(minutes / 1440);
  return `${addDays(date, days)} ${formatMinutes(minutes - days * 1440)}`;
}

const count = (n: number | undefined): number | string => (n === undefined ? '' : n);

/**
 * 门店日报: every shop on the day of the tally, a row each: the not-checked first, then the late, with
 * what the check found and a link to its row; a totals row for the day at the bottom.
 */
export function shopsTodaySheet(shops: readonly ShopToday[], day: ShopDay, locale: Locale): GeneratedSheet {
  const header = [S.state, S.compound, S.shop, S.reportedAt, S.business, S.staffChecked, S.fromOutside, S.fever, S.source].map(
    (w) => w[locale],
  );
  const links: CellLink[] = [];
  const rows = shops.map((s, i) => {
    links.push({ row: i + 1, column: 8, target: { sheet: s.sheet, row: s.row, column: 'A' } });
    return [
      STATE[s.state][locale],
      s.compound,
      s.shop,
      reportTimeText(s.reportedAt, locale, day.date),
      s.business ? BUSINESS[s.business][locale] : '',
      count(s.staffChecked),
      count(s.fromOutside),
      count(s.fever),
      `${s.sheet}!A${s.row}`,
    ];
  });
  rows.push([
    fill(S.totalRow[locale], { date: day.date }),
    fill(S.totalState[locale], { notChecked: day.notChecked, late: day.late }),
    fill(S.totalShops[locale], { checked: day.checked, total: day.checked + day.notChecked }),
    '',
    fill(S.totalBusiness[locale], { open: day.open, closed: day.closed }),
    day.staffChecked,
    day.fromOutside,
    day.fever,
    '',
  ]);
  return {
    name: sheetName('shopsToday', locale),
    values: [header, ...rows],
    formats: ['text', 'text', 'text', 'text', 'text', 'integer', 'integer', 'integer', 'text'],
    frozenRows: 1,
    links,
  };
}
