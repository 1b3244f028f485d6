import type { Words } from '../i18n/locale.ts';
import type { Severity } from '../problems/catalogue.ts';
import type { CellKind, KindValue } from './kinds.ts';

/** One column a dataset knows: how to find it (aliases) and how to read it (kind). */
export type ColumnSpec = {
  readonly kind: CellKind;
  readonly label: Words;
  /** Simplified and English names teams use; Traditional spellings fold onto the Simplified ones. */
  readonly aliases: readonly string[];
  readonly required?: boolean;
  /** Personal data: masked in problem reports, never in public outputs. */
  readonly pii?: boolean;
  /** Severity of a bad value in this column, when it should differ from the catalogue's. */
  readonly severity?: Severity;
};

/** A dataset's columns by field key. Key order is the order of the field slots a row is read into. */
export type Columns = Readonly<Record<string, ColumnSpec>>;

/** Declares a column, keeping its literal kind so the value type of its cells can be inferred. */
export const column = <const C extends ColumnSpec>(spec: C): C => spec;

/** What a column's cells parse to: `string` for text, `Status` for a status column, cents for money… */
export type ValueOf<S extends ColumnSpec> = KindValue<S['kind']>;

/** A row's parsed values by field, undefined where the cell is blank, bad or has no column. */
export type RowValues<C extends Columns> = { readonly [F in keyof C]: ValueOf<C[F]> | undefined };

/** A field key of a dataset's columns. */
export type FieldOf<C extends Columns> = keyof C & string;

/** User overrides: a header text (as typed) → a field key, per dataset or for all. */
export type ColumnOverrides = Readonly<Record<string, string>>;
