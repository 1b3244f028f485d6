import type { TallyResult } from '../../lib/result.ts';
import type { TallyOptions } from '../../lib/options.ts';
import type { InputSheet } from '../../lib/table/sheet.ts';
import { analyzeSheets, type Analysis } from '../../lib/workbook/analyze.ts';
import { toResult } from '../../lib/result.ts';
import { renderSheets } from '../../lib/render/sheets.ts';
import type { GeneratedSheet } from '../../lib/render/grid.ts';

export const OPTIONS = { asOf: '2020-02-03', tzOffsetMinutes: 0, maxProblems: Infinity } as const satisfies TallyOptions;

/** analyzeSheets, the result contract and every generated sheet, as the tally command makes them. */
export function run(
  sheets: readonly InputSheet[],
  options: TallyOptions = OPTIONS,
): { analysis: Analysis; result: TallyResult; rendered: GeneratedSheet[] } {
  const analysis = analyzeSheets(sheets, options);
  const result = toResult(analysis);
  const rendered = renderSheets({
    result,
    followUps: analysis.tallies.households.sortedFollowUps(),
    donations: analysis.tallies.donations.publicList(),
    date: options.asOf ?? '2020-02-03',
    locale: analysis.options.locale,
    watch: analysis.tallies.people.watchDetails(),
  });
  return { analysis, result, rendered };
}

const sortBy = <T>(xs: readonly T[]): T[] =>
  [...xs]
    .map((x) => [JSON.stringify(x), x] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, x]) => x);

/**
 * What must not depend on row order: every figure of the tally and how many problems of each code,
 * but not where things are (rows, the order of lists that follow the ledger).
 */
export function tallyProjection(r: TallyResult, o: { itemsAsSet?: boolean } = {}) {
  const { unvalued, statedTotals, ...donations } = r.donations;
  return {
    households: r.households,
    visits: r.visits,
    donations: {
      ...donations,
      // byItem ties (one item in two units) keep row order: a known issue, see properties.test.ts.
      byItem: o.itemsAsSet ? sortBy(donations.byItem) : donations.byItem,
      unvalued: sortBy(unvalued.map(({ row: _r, ...u }) => u)),
      statedTotals: sortBy(statedTotals.map(({ row: _r, ...c }) => c)),
    },
    ...(r.people ? { people: r.people } : {}),
    ...(r.checks ? { checks: r.checks } : {}),
    problems: { errors: r.problems.errors, warnings: r.problems.warnings, infos: r.problems.infos, byCode: r.problems.byCode },
    ...(r.shops ? { shops: r.shops } : {}),
    ...(r.duty ? { duty: r.duty } : {}),
  };
}
