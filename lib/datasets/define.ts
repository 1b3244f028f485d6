import type { Garbled } from '../checks/mojibake.ts';
import type { Cell } from '../cells/result.ts';
import type { Columns, FieldOf } from '../columns/column.ts';
import type { ResolvedOptions } from '../options.ts';
import type { ProblemCode } from '../problems/catalogue.ts';
import type { ProblemSink } from '../problems/collector.ts';
import type { Located } from '../table/locate.ts';
import type { FieldValues, RowsRead } from '../table/read-rows.ts';
import type { Grid } from '../table/sheet.ts';

// A dataset is one kind of register (households, donations, …), declared in its own folder and
// listed in registry.ts. The workbook walker (lib/workbook/analyze.ts) knows none by name: it finds
// each sheet's dataset by its header, hands the sheet to the dataset's reader, and finishes every
// dataset's tally into its key of the result. docs/datasets.md is the recipe for adding one.

/** A sheet's data rows, each in exactly one bucket. */
export type RowAccount = {
  /** Data rows read: rows = counted + duplicates + rejected. */
  rows: number;
  counted: number;
  /** Rows repeating an identity seen before (a dwelling, a receipt): a `duplicate` error each. */
  duplicates: number;
  /** Rows that cannot be counted (a cell their identity needs is blank or wrong): an error each. */
  rejected: number;
};

/** What a dataset's reader gets for one sheet whose header is the dataset's. */
export type SheetContext<C extends Columns, Codes extends ProblemCode> = {
  readonly name: string;
  readonly values: Grid;
  readonly located: Located;
  readonly options: ResolvedOptions;
  /** Where the reader, its rules and the checks it calls add problems: only the dataset's codes. */
  readonly problems: ProblemSink<Codes>;
  /** The sheet's row accounting: the reader puts every data row in one bucket. */
  readonly account: RowAccount;
  /** Texts of the sheet found garbled, by field; only when the caller gave a GBK encoder. */
  readonly garbled: Garbled | undefined;
  /** The column letter of a field, '' when the sheet has no column for it. */
  readonly letter: (field: FieldOf<C>) => string;
  /**
   * Reads every row under the header: each mapped cell parsed (a bad one is a problem and its field
   * is in `failed`), blank, note and total rows set apart (each total row also to `onTotal`, in place).
   */
  readonly rows: (
    onRecord: (rec: FieldValues<C>, row: number, failed: readonly string[]) => void,
    onTotal?: (row: number, cells: readonly Cell[]) => void,
  ) => RowsRead;
};

/** What a dataset counts into across every sheet of a workbook: records in, its result out. */
export interface Tally<R, Result> {
  /** Counts one record (each once: duplicates are settled before, see lib/checks/duplicates.ts). */
  add(record: R, sheet: string): void;
  /** The dataset's key of the result, once every sheet is read and the datasets it uses are finished. */
  finish(ctx: FinishContext<AnyDataset, ProblemCode>): Result;
}

/**
 * What a tally may use when it finishes: the options, a sink for problems found only across rows, and
 * the tallies and results of the datasets it declared in `uses` (those finish first).
 */
export type FinishContext<Uses extends AnyDataset = never, Codes extends ProblemCode = never> = {
  readonly options: ResolvedOptions;
  readonly problems: ProblemSink<Codes>;
  /** The finished tally of a dataset this one uses: its records, as that dataset's tally keeps them. */
  readonly tally: <D extends Uses>(dataset: D) => TallyOf<D>;
  /** The result of a dataset this one uses. */
  readonly result: <D extends Uses>(dataset: D) => ResultOf<D>;
  /** Whether the workbook holds a sheet of that dataset. */
  readonly holds: (dataset: Uses) => boolean;
};

/** One kind of register: how to recognize its sheets, read them, and what it counts them into. */
export type Dataset<
  Id extends string = string,
  C extends Columns = Columns,
  T extends Tally<never, unknown> = Tally<never, unknown>,
  Codes extends ProblemCode = ProblemCode,
  Uses extends AnyDataset = AnyDataset,
  Always extends boolean = boolean,
> = {
  /** The key of the result, and how problems and sheet reports name the dataset. */
  readonly id: Id;
  /** Every column it knows (aliases in all three locales); a sheet is its when its header matches most. */
  readonly columns: C;
  /** Fields of which a row must fill one to be data: a row with only a 序号 is a template's blank row. */
  readonly rowFields?: readonly FieldOf<C>[];
  /** A money field → the field its column becomes when the column is in a foreign currency. */
  readonly foreignFields?: Readonly<Partial<Record<FieldOf<C>, FieldOf<C>>>>;
  /** Every problem code its reader, rules, checks it calls and tally add (the cell checks are the row reader's). */
  readonly codes: readonly Codes[];
  /** Datasets whose finished tallies and results this one's `finish` reads. */
  readonly uses?: readonly Uses[];
  /** Whether the result has the key when no sheet holds the dataset (the first round's two: yes). */
  readonly always?: Always;
  /** A fresh tally, once per analysis. */
  tally(options: ResolvedOptions): T;
  /** Reads one sheet into the tally; undefined when the sheet cannot be read (a problem says why). */
  read(sheet: SheetContext<C, Codes>, tally: T): RowsRead | undefined;
};

/**
 * Any dataset, whatever its own types: what a registry lists and the walker calls. Its methods take
 * their narrowest arguments (TypeScript compares method parameters both ways), so every dataset is one.
 */
export type AnyDataset = {
  readonly id: string;
  readonly columns: Columns;
  readonly rowFields?: readonly string[];
  readonly foreignFields?: Readonly<Partial<Record<string, string>>>;
  readonly codes: readonly ProblemCode[];
  readonly uses?: readonly AnyDataset[];
  readonly always?: boolean;
  tally(options: ResolvedOptions): Tally<never, unknown>;
  read(sheet: SheetContext<never, never>, tally: Tally<never, unknown>): RowsRead | undefined;
};

export type TallyOf<D extends AnyDataset> = ReturnType<D['tally']>;
export type ResultOf<D extends AnyDataset> = ReturnType<TallyOf<D>['finish']>;

/** Declares a dataset, inferring its types: the columns' value types, its tally, record and result. */
export function defineDataset<
  const Id extends string,
  const C extends Columns,
  T extends Tally<never, unknown>,
  const Codes extends ProblemCode = never,
  Uses extends AnyDataset = never,
  const Always extends boolean = false,
>(spec: Dataset<Id, C, T, Codes, Uses, Always>): Dataset<Id, C, T, Codes, Uses, Always> {
  return spec;
}
