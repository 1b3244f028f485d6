import type { AnyDataset } from './datasets/define.ts';
import { DATASETS, type DatasetResults, type Registry } from './datasets/registry.ts';
import type { TallyOptions } from './options.ts';
import type { ProblemCode } from './problems/catalogue.ts';
import type { ProblemItem } from './problems/problem.ts';
import { renderProblems } from './render/problem-message.ts';
import type { InputSheet } from './table/sheet.ts';
import { analyzeSheets, type Analysis } from './workbook/analyze.ts';

export type ProblemSummary = {
  errors: number;
  warnings: number;
  infos: number;
  byCode: Partial<Record<ProblemCode, number>>;
  items: ProblemItem[];
  /** How many problems are counted above but not listed in items (the list is capped). */
  itemsOmitted: number;
};

// Mapped type → one plain object type, so an editor shows every key.
type Flat<T> = { [K in keyof T]: T[K] };

/** What a tally over a registry's datasets returns: a key for each dataset (see DatasetResults) and the problems. */
export type WorkbookResult<L extends readonly AnyDataset[]> = Flat<DatasetResults<L> & { problems: ProblemSummary }>;

/** The result contract of DESIGN.md: what `tallyWorkbook` returns and `paicha tally --json` prints. */
export type TallyResult = WorkbookResult<typeof DATASETS.datasets>;

export function problemSummary<L extends readonly AnyDataset[]>(a: Analysis<L>): ProblemSummary {
  return {
    errors: a.problems.bySeverity.error,
    warnings: a.problems.bySeverity.warning,
    infos: a.problems.bySeverity.info,
    byCode: { ...a.problems.byCode },
    items: renderProblems(a.problems.items, a.options.locale, a.registry),
    itemsOmitted: a.problems.dropped,
  };
}

/** The result of an analysis: the datasets' keys in registry order (see `always`), then the problems. */
export function toResult<L extends readonly AnyDataset[]>(a: Analysis<L>): WorkbookResult<L> {
  const out: Record<string, unknown> = {};
  const results: Readonly<Record<string, unknown>> = a.results;
  for (const d of a.registry.datasets) if (d.always === true || a.holds.has(d.id)) out[d.id] = results[d.id];
  out['problems'] = problemSummary(a);
  return out as WorkbookResult<L>;
}

/**
 * Validates and tallies a workbook's sheets (as `getValues()` returns them): the one entry point the
 * add-on, the CLI and other scripts share. Pure and synchronous. Throws OptionError for an option it
 * cannot read (an as-of day that does not exist, say).
 */
export function tallyWorkbook(sheets: readonly InputSheet[], options?: TallyOptions): TallyResult;
/** The same over another registry's datasets: its result has their keys. */
export function tallyWorkbook<L extends readonly AnyDataset[]>(
  sheets: readonly InputSheet[],
  options: TallyOptions | undefined,
  registry: Registry<L>,
): WorkbookResult<L>;
export function tallyWorkbook(
  sheets: readonly InputSheet[],
  options?: TallyOptions,
  registry: Registry = DATASETS,
): WorkbookResult<readonly AnyDataset[]> {
  return toResult(analyzeSheets(sheets, options, registry));
}
