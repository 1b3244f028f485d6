import type { Words } from '../i18n/locale.ts';
import type { Severity } from '../problems/catalogue.ts';
import type { CellKind } from './kinds.ts';

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

export type Columns = Readonly<Record<string, ColumnSpec>>;

export const column = <const C extends ColumnSpec>(spec: C): C => spec;
