import { STATUSES, UNVERIFIED_STATUSES, VERIFIED_STATUSES } from '../cells/status.ts';
import { H } from '../i18n/headers.ts';
import type { Locale } from '../i18n/locale.ts';
import { NEXT_STEPS, STATUS_LABELS } from '../i18n/words.ts';
import type { Coverage, FollowUp, HouseholdTally } from '../datasets/households/tally.ts';
import type { CellLink, ColumnFormat, GeneratedSheet } from './grid.ts';
import { sheetName } from './sheet-names.ts';

const coverageCells = (c: Coverage) => [
  c.total,
  c.verified,
  ...VERIFIED_STATUSES.map((s) => c.byStatus[s]),
  c.unreached,
  ...UNVERIFIED_STATUSES.map((s) => c.byStatus[s]),
  c.rate,
];

/**
 * 汇总-住户: coverage by compound (first, so the chart covers one block), by group and by building,
 * with verified households by way and the others by reason; a totals row at the bottom.
 */
export function householdsSheet(t: HouseholdTally, locale: Locale): GeneratedSheet {
  const header = [
    H.level[locale],
    H.name[locale],
    H.households[locale],
    H.verified[locale],
    ...VERIFIED_STATUSES.map((s) => STATUS_LABELS[s][locale]),
    H.unreached[locale],
    ...UNVERIFIED_STATUSES.map((s) => STATUS_LABELS[s][locale]),
    H.rate[locale],
    H.buildings[locale],
  ];
  const rows = [
    ...t.byCompound.map((c) => [H.compound[locale], c.compound, ...coverageCells(c), c.buildings]),
    ...t.byGroup.map((g) => [H.group[locale], g.group === '' ? H.noGroup[locale] : g.group, ...coverageCells(g), g.buildings]),
    ...t.byBuilding.map((b) => [H.building[locale], `${b.compound} ${b.building}`, ...coverageCells(b), 1]),
    [H.all[locale], '', ...coverageCells(t), t.byBuilding.length],
  ];
  const formats: ColumnFormat[] = ['text', 'text', ...Array<ColumnFormat>(2 + STATUSES.length + 1).fill('integer'), 'percent', 'integer'];
  const rateColumn = header.length - 2;
  return {
    name: sheetName('households', locale),
    values: [header, ...rows],
    formats,
    frozenRows: 1,
    charts:
      t.byCompound.length > 0
        ? [
            {
              kind: 'bar',
              title: `${H.rate[locale]} · ${H.compound[locale]}`,
              labelColumn: 1,
              valueColumns: [rateColumn],
              rows: t.byCompound.length,
            },
          ]
        : [],
  };
}

/** 待跟进: households not yet verified, by place, with what was tried and what to try next. */
export function followUpSheet(items: readonly FollowUp[], locale: Locale): GeneratedSheet {
  const header = [
    H.group[locale],
    H.compound[locale],
    H.building[locale],
    H.unit[locale],
    H.room[locale],
    H.status[locale],
    H.attempts[locale],
    H.lastVisit[locale],
    H.next[locale],
    H.source[locale],
  ];
  const links: CellLink[] = [];
  const rows = items.map((f, i) => {
    links.push({ row: i + 1, column: 9, target: { sheet: f.sheet, row: f.row, column: 'A' } });
    return [
      f.group,
      f.compound,
      f.building,
      f.unit,
      f.room,
      STATUS_LABELS[f.status][locale],
      f.attempts,
      f.lastVisit ?? '',
      NEXT_STEPS[f.next][locale],
      `${f.sheet}!A${f.row}`,
    ];
  });
  // Printed one building a page, so a volunteer takes the page of the building of the evening round.
  const pageBreaks: number[] = [];
  for (let i = 1; i < items.length; i++) {
    if (items[i]!.compound !== items[i - 1]!.compound || items[i]!.building !== items[i - 1]!.building) pageBreaks.push(i);
  }
  return {
    name: sheetName('followUp', locale),
    values: [header, ...rows],
    formats: ['text', 'text', 'text', 'text', 'text', 'text', 'integer', 'date', 'text', 'text'],
    frozenRows: 1,
    links,
    pageBreaks,
  };
}
