import type { PeopleResult, WatchDetail } from '../datasets/people/tally.ts';
import { fill, type Locale } from '../i18n/locale.ts';
import { ALERT_LABELS, CATEGORY_LABELS, P } from '../i18n/people.ts';
import type { CellLink, ColumnFormat, GeneratedSheet } from './grid.ts';
import { sheetName } from './sheet-names.ts';

// The team's own working sheets for the watch. A person is shown by place and a masked name (王*): the
// ID number and phone stay in the register, one click away through the source link.

const place = (d: WatchDetail): string => [d.building, d.unit, d.room].filter((s) => s !== '').join('-');
const category = (d: WatchDetail, l: Locale): string => (d.category === null ? '' : CATEGORY_LABELS[d.category][l]);
const alert = (d: WatchDetail, l: Locale): string => (d.alert === null ? '' : ALERT_LABELS[d.alert][l]);
const compound = (d: WatchDetail, l: Locale): string => (d.compound === '' ? P.noCompound[l] : d.compound);

/** 汇总-重点人员: everyone under watch, alerts first (fever, then no check two days running), by place. */
export function watchSheet(details: readonly WatchDetail[], watchDays: number, locale: Locale): GeneratedSheet {
  const l = locale;
  const header = [
    P.alert[l], P.compound[l], P.place[l], P.name[l], P.category[l], P.day[l], P.start[l], P.end[l], P.lastCheck[l],
    P.lastTemperature[l], P.checkedToday[l], P.checkedBy[l], P.source[l],
  ];
  const links: CellLink[] = [];
  const rows = details.map((d, i) => {
    links.push({ row: i + 1, column: header.length - 1, target: { sheet: d.sheet, row: d.row, column: 'A' } });
    return [
      alert(d, l), compound(d, l), place(d), d.name, category(d, l), fill(P.dayOf[l], { n: d.day, days: watchDays }), d.start, d.end,
      d.lastCheck ?? '', d.lastTemperature ?? '', d.checkedToday ? P.yes[l] : P.no[l], d.checkedBy, `${d.sheet}!A${d.row}`,
    ];
  });
  const formats: ColumnFormat[] = ['text', 'text', 'text', 'text', 'text', 'text', 'date', 'date', 'date', 'text', 'text', 'text', 'text'];
  return { name: sheetName('watch', l), values: [header, ...rows], formats, frozenRows: 1, links };
}

/**
 * 今日随访: who still needs a check today, under a line per compound and volunteer, with empty cells to
 * write the reading in on paper. Printable: one table, the alerts first within each group.
 */
export function checksTodaySheet(details: readonly WatchDetail[], p: PeopleResult, date: string, watchDays: number, locale: Locale): GeneratedSheet {
  const l = locale;
  const header = [
    P.compound[l], P.checkedBy[l], P.place[l], P.name[l], P.category[l], P.day[l], P.alert[l], P.lastCheck[l],
    P.temperature[l], P.symptoms[l], P.done[l], P.source[l],
  ];
  const width = header.length;
  const due = details.filter((d) => !d.checkedToday);
  const groups = new Map<string, WatchDetail[]>();
  for (const d of due) {
    const key = `${compound(d, l)}\u0001${d.checkedBy === '' ? P.unassigned[l] : d.checkedBy}`;
    const list = groups.get(key);
    if (list) list.push(d);
    else groups.set(key, [d]);
  }
  const title = due.length === 0 ? fill(P.nobodyLeft[l], { date }) : fill(P.checksTitle[l], { date, n: p.missedToday });
  const rows: string[][] = [pad([title], width)];
  const links: CellLink[] = [];
  for (const key of [...groups.keys()].sort()) {
    const [c, who] = key.split('\u0001') as [string, string];
    const list = groups.get(key)!;
    rows.push(pad([`${c} · ${who}（${list.length}）`], width));
    for (const d of list) {
      links.push({ row: rows.length + 1, column: width - 1, target: { sheet: d.sheet, row: d.row, column: 'A' } });
      rows.push([c, who, place(d), d.name, category(d, l), fill(P.dayOf[l], { n: d.day, days: watchDays }), alert(d, l), d.lastCheck ?? '', '', '', '', `${d.sheet}!A${d.row}`]);
    }
  }
  return { name: sheetName('checksToday', l), values: [header, ...rows], formats: Array<ColumnFormat>(width).fill('text'), frozenRows: 1, links };
}

const pad = (cells: string[], width: number): string[] => [...cells, ...Array<string>(width - cells.length).fill('')];
