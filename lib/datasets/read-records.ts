import { admit, type Identity, type IdentityIndex } from '../checks/duplicates.ts';
import type { Cell } from '../cells/result.ts';
import type { Columns, FieldOf } from '../columns/column.ts';
import type { FieldValues, RowsRead } from '../table/read-rows.ts';
import type { SheetContext } from './define.ts';

/** How a dataset's reader turns one sheet's rows into records and counts them. */
export type RecordReading<C extends Columns, R> = {
  /** A row's values → a record with its cross-field rules checked, or undefined when it cannot be counted. */
  readonly toRecord: (rec: FieldValues<C>, row: number, failed: readonly string[]) => R | undefined;
  /**
   * The records' identity (lib/checks/duplicates.ts): a record with one goes into `index`, a repeat is
   * a `duplicate`, and the tally adds the index's records when it finishes. Without it, or for a record
   * it does not apply to, the record is added to the tally at once.
   */
  readonly identity?: Identity<R> & {
    readonly field: FieldOf<C>;
    readonly index: IdentityIndex<R>;
    /** Whether a record has an identity (a blank receipt number has none). Default: every record. */
    readonly applies?: (r: R) => boolean;
  };
  /** Sees every data row before its record is made (a stated total sums the rows as they are). */
  readonly onRow?: (rec: FieldValues<C>) => void;
  /** Each total row, in place. */
  readonly onTotal?: (row: number, cells: readonly Cell[]) => void;
};

/**
 * Reads a sheet's rows into records and puts every data row in one bucket of the sheet's account:
 * counted, duplicate or rejected. The building block of a dataset's reader.
 */
export function readRecords<C extends Columns, R extends { readonly row: number }>(
  sheet: SheetContext<C, never>,
  tally: { add(record: R, sheet: string): void },
  how: RecordReading<C, R> & { readonly identity?: undefined },
): RowsRead;
// With an identity the dataset declares `duplicate` among its codes.
export function readRecords<C extends Columns, R extends { readonly row: number }>(
  sheet: SheetContext<C, 'duplicate'>,
  tally: { add(record: R, sheet: string): void },
  how: RecordReading<C, R>,
): RowsRead;
export function readRecords<C extends Columns, R extends { readonly row: number }>(
  sheet: SheetContext<C, 'duplicate'>,
  tally: { add(record: R, sheet: string): void },
  how: RecordReading<C, R>,
): RowsRead {
  const { toRecord, identity, onRow } = how;
  const account = sheet.account;
  const name = sheet.name;
  const at = { sheet: name, column: identity ? sheet.letter(identity.field) : '' };
  return sheet.rows((rec, row, failed) => {
    account.rows++;
    if (onRow) onRow(rec);
    const r = toRecord(rec, row, failed);
    if (r === undefined) {
      account.rejected++;
      return;
    }
    if (identity && (identity.applies === undefined || identity.applies(r))) {
      if (admit(identity.index, identity, r, at, sheet.problems)) account.counted++;
      else account.duplicates++;
      return;
    }
    tally.add(r, name);
    account.counted++;
  }, how.onTotal);
}
