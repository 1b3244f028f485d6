import type { DutyGrid, DutyIssue, DutyMark, DutyResult } from '../datasets/duty/tally.ts';
import { fill, type Locale, type Words } from '../i18n/locale.ts';
import { S } from '../i18n/shops.ts';
import { scrubText } from '../privacy/mask.ts';
import type { CellLink, ColumnFormat, GeneratedSheet } from './grid.ts';
import { sheetName } from './sheet-names.ts';

const MARK: Readonly<Record<DutyMark, Words>> = {
  'on-time': S.markOnTime,
  late: S.markLate,
  untimed: S.markUntimed,
  missing: S.markMissing,
  due: S.markDue,
};

/**
 * 台账汇总: the days each compound reported and its last, then compounds × days from the first day
 * logged to the tally's day, each cell on time (✓), late, or 未报 so a missing day shows (待报 today
 * before the cut-off); then every issue
 * raised, the latest first, with a link to its row.
 */
export function dutyLogSheet(grid: DutyGrid, duty: DutyResult, issues: readonly DutyIssue[], locale: Locale): GeneratedSheet {
  // The compound's days and last report first, then the grid: a long log keeps its summary in view.
  const header = [S.compound[locale], S.days[locale], S.lastReport[locale], ...grid.days.map((d) => d.slice(5))];
  const width = Math.max(header.length, 4);
  const pad = (row: (string | number)[]): (string | number)[] => [...row, ...Array<string>(width - row.length).fill('')];
  const byCompound = new Map(duty.byCompound.map((c) => [c.compound, c]));
  const rows: (string | number)[][] = grid.rows.map((r) => {
    const c = byCompound.get(r.compound);
    const marks = r.marks.map((m, i) => {
      const n = r.issues[i] ?? 0;
      return n > 0 ? fill(S.markIssues[locale], { mark: MARK[m][locale], n }) : MARK[m][locale];
    });
    return pad([r.compound, c?.days ?? 0, c?.lastReport ?? S.never[locale], ...marks]);
  });
  const links: CellLink[] = [];
  if (issues.length > 0) {
    rows.push(pad([]));
    rows.push(pad([S.issues[locale]]));
    rows.push(pad([S.date[locale], S.compound[locale], S.issue[locale], S.source[locale]]));
    for (const it of issues) {
      links.push({ row: rows.length + 1, column: 3, target: { sheet: it.sheet, row: it.row, column: 'A' } });
      // An issue is free text as written: a phone or ID number in it is masked, as in every summary sheet.
      rows.push(pad([it.date, it.compound, scrubText(it.text), `${it.sheet}!A${it.row}`]));
    }
  }
  const formats: ColumnFormat[] = header.map((_, i) => (i === 1 ? 'integer' : 'text'));
  while (formats.length < width) formats.push('text');
  return { name: sheetName('dutyLog', locale), values: [pad(header), ...rows], formats, frozenRows: 1, links };
}
