// The budgets of DESIGN.md ("Budgets"), and the equal request count of the Sheets API issue, as checks
// on one run's results. `npm run bench -- --check` exits 1 when one is missed.
import type { Results, XlsxOnlyResults } from './results.ts';

export type Budget = {
  id: string;
  /** The budget in words, as DESIGN.md states it. */
  text: string;
  /** What this run measured. */
  value: number | boolean;
  limit: string;
  /** Whether the budget holds; null when the run was --quick and the budget is stated at full size. */
  ok: boolean | null;
};

const KB = 1024;

export function budgets(r: Results): Budget[] {
  const t = r.tally;
  // Ratios and memory are budgets at a million rows (and the CLI at 100,000): a --quick run reports
  // its numbers but does not judge them.
  const sized = (ok: boolean): boolean | null => (r.mode === 'full' ? ok : null);
  return [
    {
      id: 'core-vs-zod',
      text: 'validate + tally at least 5× faster than zod safeParse per row (clean input)',
      value: t.clean.zodVsCore,
      limit: '≥ 5',
      ok: sized(t.clean.agree && t.clean.zodVsCore >= 5),
    },
    {
      id: 'core-vs-hand',
      text: 'validate + tally within 1.5× of a hand-written loop (clean input)',
      value: t.clean.coreVsHand,
      limit: '≤ 1.5',
      ok: sized(t.clean.agree && t.clean.coreVsHand <= 1.5),
    },
    {
      id: 'core-vs-zod-problems',
      text: 'the same on problem-heavy input (two problems on every row): at least 5× faster than zod',
      value: t.problems.zodVsCore,
      limit: '≥ 5',
      ok: sized(t.problems.agree && t.problems.zodVsCore >= 5),
    },
    {
      id: 'core-vs-hand-problems',
      text: 'the same on problem-heavy input: within 1.5× of the hand-written loop',
      value: t.problems.coreVsHand,
      limit: '≤ 1.5',
      ok: sized(t.problems.agree && t.problems.coreVsHand <= 1.5),
    },
    {
      id: 'heap',
      text: `${t.rows.toLocaleString('en')} household rows without running out of a ${t.memory.heapLimitMB} MB heap (peak heapUsed, MB)`,
      value: t.memory.peakHeapUsedMB,
      limit: `< ${t.memory.heapLimitMB}`,
      ok: sized(t.memory.peakHeapUsedMB < t.memory.heapLimitMB),
    },
    {
      id: 'apps-script-calls',
      text: `SpreadsheetApp calls for a tally the same for ${r.appsScript.small.rows.toLocaleString('en')} and ${r.appsScript.large.rows.toLocaleString('en')} rows`,
      value: r.appsScript.sameCalls,
      limit: 'equal',
      ok: r.appsScript.sameCalls,
    },
    {
      id: 'bundle-size',
      text: 'Apps Script bundle ≤ 200 KB minified (KB)',
      value: Math.round((r.bundle.minifiedBytes / KB) * 10) / 10,
      limit: '≤ 200',
      ok: r.bundle.minifiedBytes <= 200 * KB,
    },
    ...xlsxBudgets(r),
    {
      id: 'sheets-api-requests',
      text: `Sheets API requests per spreadsheet the same for ${r.sheetsApi.small.rows.toLocaleString('en')} and ${r.sheetsApi.large.rows.toLocaleString('en')} rows (issue 6)`,
      value: r.sheetsApi.sameRequests,
      limit: 'equal',
      ok: r.sheetsApi.sameRequests,
    },
  ];
}

/** The .xlsx budgets (issue 18), judged at the full size of 100,000 rows. */
export function xlsxBudgets(r: Pick<Results | XlsxOnlyResults, 'mode' | 'xlsx'>): Budget[] {
  const x = r.xlsx;
  const sized = (ok: boolean): boolean | null => (r.mode === 'full' ? ok : null);
  const rows = x.rows.toLocaleString('en');
  return [
    {
      id: 'xlsx-json-vs-exceljs',
      text: `paicha tally --json on a ${rows}-row .xlsx at most 0.4× the time ExcelJS alone takes to read it`,
      value: x.jsonRatio,
      limit: '≤ 0.4',
      ok: sized(x.sameResult && x.jsonRatio <= 0.4),
    },
    {
      id: 'xlsx-vs-exceljs',
      text: `paicha tally (writing the summary workbook) on a ${rows}-row .xlsx at most 0.6× the time ExcelJS alone takes to read it`,
      value: x.ratio,
      limit: '≤ 0.6',
      ok: sized(x.sameResult && x.ratio <= 0.6),
    },
    {
      id: 'xlsx-same-result',
      text: "the fast reader's grids tally exactly as ExcelJS's do",
      value: x.sameResult,
      limit: 'equal',
      ok: x.sameResult,
    },
  ];
}
