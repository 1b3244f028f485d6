import { checkColumns } from '../datasets/checks/columns.ts';
import { peopleColumns } from '../datasets/people/columns.ts';
import type { WatchDetail } from '../datasets/people/tally.ts';
import { comparePlace } from '../tally/spelling.ts';
import { fill, type Locale } from '../i18n/locale.ts';
import { ALERT_LABELS, CATEGORY_LABELS, P } from '../i18n/people.ts';
import type { CellLink, ColumnFormat, GeneratedSheet } from './grid.ts';
import { sheetName } from './sheet-names.ts';

// The team's own working sheets for the watch, headed by the registers' own column names where they
// are the same. A person is shown by place and a masked name (王*): the ID number and phone stay in the
// register, one click away through the source link.

const place = (d: WatchDetail): string => [d.building, d.unit, d.room].filter((s) => s !== '').join('-');
const category = (d: WatchDetail, l: Locale): string => (d.category === null ? '' : CATEGORY_LABELS[d.category][l]);
const alert = (d: WatchDetail, l: Locale): string => (d.alert === null ? '' : ALERT_LABELS[d.alert][l]);
const compound = (d: WatchDetail, l: Locale): string => (d.compound === '' ? P.noCompound[l] : d.compound);

/** 汇总-重点人员: everyone under watch, alerts first (fever, then no check two days running), by place. */
export function watchSheet(details: readonly WatchDetail[], locale: Locale): GeneratedSheet {
  const l = locale;
  const header = [
    P.alert[l],
    P.compound[l],
    P.place[l],
    peopleColumns.name.label[l],
    peopleColumns.category.label[l],
    P.day[l],
    P.start[l],
    P.end[l],
    P.lastCheck[l],
    P.lastTemperature[l],
    P.checkedToday[l],
    peopleColumns.checkedBy.label[l],
    P.source[l],
  ];
  const links: CellLink[] = [];
  const rows = details.map((d, i) => {
    links.push({ row: i + 1, column: header.length - 1, target: { sheet: d.sheet, row: d.row, column: 'A' } });
    return [
      alert(d, l),
      compound(d, l),
      place(d),
      d.name,
      category(d, l),
      fill(P.dayOf[l], { n: d.day, days: d.days }),
      d.start,
      d.end,
      d.lastCheck ?? '',
      d.lastTemperature ?? '',
      d.checkedToday ? P.yes[l] : P.no[l],
      d.checkedBy,
      `${d.sheet}!A${d.row}`,
    ];
  });
  const formats: ColumnFormat[] = ['text', 'text', 'text', 'text', 'text', 'text', 'date', 'date', 'date', 'text', 'text', 'text', 'text'];
  return { name: sheetName('watch', l), values: [header, ...rows], formats, frozenRows: 1, links };
}

/**
 * 今日随访: who still needs a check today, by compound and volunteer (one block each, the alerts first
 * within it), with empty cells to write the reading in on paper. Printable: one plain table, the day in
 * the header, no rows that are not people.
 */
export function checksTodaySheet(details: readonly WatchDetail[], date: string, locale: Locale): GeneratedSheet {
  const l = locale;
  const header = [
    P.compound[l],
    peopleColumns.checkedBy.label[l],
    P.place[l],
    peopleColumns.name.label[l],
    peopleColumns.category.label[l],
    P.day[l],
    P.alert[l],
    P.lastCheck[l],
    fill(P.temperatureOn[l], { date }),
    checkColumns.symptoms.label[l],
    P.done[l],
    P.source[l],
  ];
  const who = (d: WatchDetail) => (d.checkedBy === '' ? P.unassigned[l] : d.checkedBy);
  // details come alerts first, then by place: a stable sort by compound and volunteer keeps that within a block.
  // Nobody assigned comes last in its compound: those are the rows someone must take on.
  const byWho = (a: WatchDetail, b: WatchDetail) =>
    (a.checkedBy === '' ? 1 : 0) - (b.checkedBy === '' ? 1 : 0) || (a.checkedBy < b.checkedBy ? -1 : a.checkedBy > b.checkedBy ? 1 : 0);
  const due = details
    .filter((d) => !d.checkedToday)
    .map((d) => ({ d, c: compound(d, l), who: who(d) }))
    .sort((a, b) => comparePlace(a.c, b.c) || byWho(a.d, b.d));
  const links: CellLink[] = [];
  const rows = due.map(({ d, c, who: w }, i) => {
    links.push({ row: i + 1, column: header.length - 1, target: { sheet: d.sheet, row: d.row, column: 'A' } });
    return [
      c,
      w,
      place(d),
      d.name,
      category(d, l),
      fill(P.dayOf[l], { n: d.day, days: d.days }),
      alert(d, l),
      d.lastCheck ?? '',
      '',
      '',
      '',
      `${d.sheet}!A${d.row}`,
    ];
  });
  return {
    name: sheetName('checksToday', l),
    values: [header, ...rows],
    formats: Array<ColumnFormat>(header.length).fill('text'),
    frozenRows: 1,
    links,
  };
}
