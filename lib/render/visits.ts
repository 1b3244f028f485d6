import type { Cell } from '../cells/result.ts';
import type { VisitDay } from '../datasets/visits/by-day.ts';
import type { VisitResult } from '../datasets/visits/tally.ts';
import { fill, type Locale } from '../i18n/locale.ts';
import { V } from '../i18n/visits.ts';
import { scrubText } from '../privacy/mask.ts';
import type { ColumnFormat, GeneratedSheet } from './grid.ts';
import { sheetName } from './sheet-names.ts';

// Columns: scope, date, attempts, newly verified, verified (cumulative), not verified, rate, then one
// column per compound holding its cumulative verified: the block the line chart draws.
const FIXED: readonly ColumnFormat[] = ['text', 'date', 'integer', 'integer', 'integer', 'integer', 'percent'];

const rate = (verified: number, dwellings: number): number => (dwellings === 0 ? 0 : Math.round((verified / dwellings) * 10000) / 10000);
const dayCells = (d: VisitDay, dwellings: number): Cell[] => [
  d.date,
  d.attempts,
  d.newlyVerified,
  d.verified,
  d.unreached,
  rate(d.verified, dwellings),
];

/**
 * 进度: the visit log day by day. First every day for all dwellings with each compound's cumulative
 * verified beside it (the line chart's block: one line per compound), then each compound's own days.
 */
export function progressSheet(v: VisitResult, locale: Locale): GeneratedSheet {
  const w = (k: keyof typeof V) => V[k][locale];
  const compounds = v.byCompound;
  const header = [
    w('section'),
    w('date'),
    w('attempts'),
    w('newlyVerified'),
    w('verified'),
    w('unreached'),
    w('rate'),
    ...compounds.map((c) => scrubText(fill(V.compoundVerified[locale], { compound: c.compound }))),
  ];
  const width = header.length;
  const pad = (cells: Cell[]): Cell[] => {
    while (cells.length < width) cells.push('');
    return cells;
  };
  // Each compound's cumulative count on every day of the whole series (a compound's series may start later).
  const onDay = compounds.map((c) => new Map(c.byDay.map((d) => [d.date, d.verified])));
  const rows: Cell[][] = v.byDay.map((d) => [w('all'), ...dayCells(d, v.dwellings), ...onDay.map((m) => latestUpTo(m, d.date))]);
  for (const c of compounds) for (const d of c.byDay) rows.push(pad([scrubText(c.compound), ...dayCells(d, c.dwellings)]));
  return {
    name: sheetName('progress', locale),
    values: [header, ...rows],
    formats: [...FIXED, ...compounds.map((): ColumnFormat => 'integer')],
    frozenRows: 1,
    charts:
      v.byDay.length > 0 && compounds.length > 0
        ? [
            {
              kind: 'line',
              title: w('chart'),
              labelColumn: 1,
              valueColumns: compounds.map((_, i) => FIXED.length + i),
              rows: v.byDay.length,
            },
          ]
        : [],
  };
}

function latestUpTo(m: ReadonlyMap<string, number>, date: string): number {
  const exact = m.get(date);
  if (exact !== undefined) return exact;
  let best = 0;
  let bestDate = '';
  for (const [d, n] of m) if (d <= date && d > bestDate) [best, bestDate] = [n, d];
  return best;
}

/** 截至 2月1日 23:00: the as-of moment as the report says it. */
export function asOfText(asOf: string, locale: Locale): string {
  const [y, mm, dd] = [asOf.slice(0, 4), asOf.slice(5, 7), asOf.slice(8, 10)];
  const time = asOf.length > 10 ? asOf.slice(11, 16) : '';
  const p = { y, mm, dd, m: Number(mm), d: Number(dd), time };
  return fill((time === '' ? V.asOfDay : V.asOfTime)[locale], p);
}
