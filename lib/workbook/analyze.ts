import { addReadProblems, fileReading } from '../checks/file-reading.ts';
import { formulaErrors } from '../checks/formula-errors.ts';
import { header, reportMissingColumns, reportUnknownColumns, reportUnknownSheet } from '../checks/header.ts';
import { applyRepairs, checkMojibake, locateGarbledHeader, mojibake } from '../checks/mojibake.ts';
import { reportSkippedRows, skippedRows } from '../checks/skipped-rows.ts';
import type { AnyDataset, FinishContext, ResultOf, RowAccount, SheetContext, Tally, TallyOf } from '../datasets/define.ts';
import { DATASETS, type DatasetAllResults, type DatasetTallies, type Registry } from '../datasets/registry.ts';
import { resolveOptions, type ResolvedOptions, type TallyOptions } from '../options.ts';
import type { ProblemCode } from '../problems/catalogue.ts';
import { ProblemCollector, type Audit } from '../problems/collector.ts';
import { locateHeader, type Located } from '../table/locate.ts';
import { fillMerges } from '../table/merges.ts';
import { cellReading, readRows } from '../table/read-rows.ts';
import type { InputSheet } from '../table/sheet.ts';

/**
 * Sheet-level facts beside the tallies, and the sheet's row accounting: every row under the header is
 * in exactly one bucket. A data row is counted, or not counted with an error problem on it (a repeated
 * dwelling or receipt, or a cell its identity needs); other rows are skipped, and said so.
 */
export type SheetReport = RowAccount & {
  name: string;
  dataset: string | undefined;
  headerRow: number;
  /** First row under the header (after a unit row, if any); 0 when the sheet is not a register. */
  dataRow: number;
  /** Rows under the header not read as data: blank (or with nothing to count), stated totals, notes,
   * and every row of a sheet that could not be read (a required column missing: an error). */
  skipped: { blank: number; total: number; note: number; unread: number };
};

/** What reading a workbook found: every dataset's finished tally and result, the problems, each sheet's accounting. */
export type Analysis<L extends readonly AnyDataset[] = typeof DATASETS.datasets> = {
  readonly registry: Registry<L>;
  readonly options: ResolvedOptions;
  readonly problems: ProblemCollector;
  readonly sheets: SheetReport[];
  /** Each dataset's tally by id, finished: what a render needs beyond the result (follow-ups, the public list). */
  readonly tallies: DatasetTallies<L>;
  /** The ids of the datasets some sheet of the workbook holds. */
  readonly holds: ReadonlySet<string>;
  /** Each dataset's result by id, for every dataset of the registry. */
  readonly results: DatasetAllResults<L>;
};

/**
 * Reads every sheet, recognizes its dataset by the header row, validates each row and tallies the
 * records. Pure: the same grids and options always give the same analysis. Throws OptionError for an
 * option it cannot read.
 */
export function analyzeSheets(sheets: readonly InputSheet[], options?: TallyOptions): Analysis;
/** The same over the datasets of another registry (docs/datasets.md). */
export function analyzeSheets<L extends readonly AnyDataset[]>(
  sheets: readonly InputSheet[],
  options: TallyOptions | undefined,
  registry: Registry<L>,
): Analysis<L>;
export function analyzeSheets(
  sheets: readonly InputSheet[],
  options: TallyOptions = {},
  registry: Registry = DATASETS,
): Analysis<readonly AnyDataset[]> {
  return analyze(sheets, resolveOptions(options), registry);
}

const emptyReport = (name: string, dataset: string | undefined, headerRow: number, dataRow: number): SheetReport => ({
  name,
  dataset,
  headerRow,
  dataRow,
  rows: 0,
  counted: 0,
  duplicates: 0,
  rejected: 0,
  skipped: { blank: 0, total: 0, note: 0, unread: 0 },
});

const unreadBelow = (sheet: InputSheet, l: Located): number => Math.max(0, sheet.values.length - l.dataIndex);

/** analyzeSheets on resolved options. With an audit, every problem is reported with the module that added it. */
export function analyze<L extends readonly AnyDataset[]>(
  sheets: readonly InputSheet[],
  o: ResolvedOptions,
  registry: Registry<L>,
  audit?: Audit,
): Analysis<L> {
  const problems = new ProblemCollector(o.maxProblems, audit);
  const tallies = new Map<string, Tally<never, unknown>>(registry.datasets.map((d) => [d.id, d.tally(o)]));
  const byId = new Map<string, AnyDataset>(registry.datasets.map((d) => [d.id, d]));
  const holds = new Set<string>();
  const reports: SheetReport[] = [];
  const headerSink = problems.scope(header);
  const mojibakeSink = problems.scope(mojibake);
  const fileSink = problems.scope(fileReading);

  for (let sheet of sheets) {
    if (o.exclude(sheet.name)) continue;
    addReadProblems(sheet, fileSink);
    const located = locateHeader(sheet.values, registry.datasets, o.columns);
    // A header is tried repaired when none is found as typed, or one is but lacks a required column (a
    // 小区 column pasted from a file read in the wrong encoding, beside good ones).
    const garbled =
      (!located || located.missing.length > 0) && o.encodeGbk
        ? locateGarbledHeader(sheet.name, sheet.values, registry.datasets, o.encodeGbk, o.columns, mojibakeSink, located)
        : undefined;
    if (garbled) {
      // A register whose header is mojibake: nothing is read (no garbled compound is counted), and
      // every garbled header and text cell is an error with its repair.
      checkMojibake(sheet.name, sheet.values, garbled, byId.get(garbled.dataset)!.columns, o.encodeGbk!, mojibakeSink);
      holds.add(garbled.dataset);
      const report = emptyReport(sheet.name, garbled.dataset, garbled.headerIndex + 1, garbled.dataIndex + 1);
      report.skipped.unread = unreadBelow(sheet, garbled);
      reports.push(report);
      continue;
    }
    if (!located) {
      reportUnknownSheet(sheet.name, sheet.values, headerSink);
      const report = emptyReport(sheet.name, undefined, 0, 0);
      report.skipped.unread = sheet.values.length;
      reports.push(report);
      continue;
    }
    const dataset = byId.get(located.dataset)!;
    holds.add(dataset.id);
    const filled = fillMerges(sheet.values, sheet.merges, located, dataset.columns);
    if (filled !== sheet.values) sheet = { ...sheet, values: filled };
    reportUnknownColumns(sheet.name, located, headerSink);
    const report = emptyReport(sheet.name, located.dataset, located.headerIndex + 1, located.dataIndex + 1);
    reports.push(report);
    if (located.missing.length > 0) {
      reportMissingColumns(sheet.name, located, located.missing, dataset.columns, headerSink);
      report.skipped.unread = unreadBelow(sheet, located);
      continue;
    }
    const moji = o.encodeGbk ? checkMojibake(sheet.name, sheet.values, located, dataset.columns, o.encodeGbk, mojibakeSink) : undefined;
    if (moji?.repairs) sheet = { ...sheet, values: applyRepairs(sheet.values, moji.repairs, located.dataIndex) };
    // The context is the located dataset's own: its columns and codes, which a list of datasets cannot name.
    const ctx = sheetContext(sheet, located, dataset, report, moji?.garbled, o, problems) as SheetContext<never, never>;
    const read = dataset.read(ctx, tallies.get(dataset.id)!);
    if (!read) {
      report.skipped.unread = unreadBelow(sheet, located);
      continue;
    }
    report.skipped.blank = read.counts.blank;
    report.skipped.total = read.counts.total;
    report.skipped.note = read.counts.note;
    reportSkippedRows(sheet.name, read, problems.scope(skippedRows));
  }

  const results: Record<string, unknown> = {};
  for (const d of registry.finishing()) results[d.id] = tallies.get(d.id)!.finish(finishContext(d, o, problems, tallies, results, holds));
  return {
    registry,
    options: o,
    problems,
    sheets: reports,
    tallies: Object.fromEntries(tallies) as DatasetTallies<L>,
    holds,
    results: results as DatasetAllResults<L>,
  };
}

function sheetContext(
  sheet: InputSheet,
  located: Located,
  dataset: AnyDataset,
  account: RowAccount,
  garbled: SheetContext<never, never>['garbled'],
  o: ResolvedOptions,
  problems: ProblemCollector,
): SheetContext<AnyDataset['columns'], ProblemCode> {
  const letters = new Map(located.columns.map((c) => [c.field, c.letter]));
  const cells = problems.scope(cellReading);
  const formulas = problems.scope(formulaErrors);
  return {
    name: sheet.name,
    values: sheet.values,
    located,
    options: o,
    problems: problems.scope<ProblemCode>(dataset),
    account,
    garbled,
    letter: (field) => letters.get(field) ?? '',
    rows: (onRecord, onTotal) =>
      readRows(
        sheet.values,
        {
          sheet: sheet.name,
          located,
          columns: dataset.columns,
          year: o.year,
          tzOffsetMinutes: o.tzOffsetMinutes,
          epochOffsetMinutes: o.epochOffsetMinutes,
          problems: cells,
          formulas,
          rowFields: dataset.rowFields,
          onTotal,
        },
        onRecord,
      ),
  };
}

function finishContext(
  d: AnyDataset,
  o: ResolvedOptions,
  problems: ProblemCollector,
  tallies: ReadonlyMap<string, unknown>,
  results: Readonly<Record<string, unknown>>,
  holds: ReadonlySet<string>,
): FinishContext<AnyDataset, ProblemCode> {
  // Only a dataset it declared: finishing order guarantees those are finished.
  const used = (u: AnyDataset): string => {
    if (!(d.uses ?? []).includes(u)) throw new Error(`dataset ${d.id} reads ${u.id} without declaring it in \`uses\``);
    return u.id;
  };
  return {
    options: o,
    problems: problems.scope<ProblemCode>(d),
    tally: <D extends AnyDataset>(u: D) => tallies.get(used(u)) as TallyOf<D>,
    result: <D extends AnyDataset>(u: D) => results[used(u)] as ResultOf<D>,
    holds: (u) => holds.has(used(u)),
  };
}
