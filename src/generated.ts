import type { ColumnFormat } from '../lib/render/grid.ts';

// What every adapter must agree on about the sheets paicha writes, kept once so that the add-on, the
// Sheets API, a local .xlsx and the memory workbook cannot drift apart (test/conformance holds them to it).

/**
 * Developer metadata key that marks a sheet paicha created, in Google Sheets. A user's sheet with the
 * same name has no such metadata, so it is never overwritten. DOCUMENT visibility lets the add-on and
 * the CLI (another Cloud project, through the Sheets API) each recognize sheets the other wrote.
 * A .xlsx file has no developer metadata: it marks them with a defined name (node/files/marker.ts).
 */
export const MARKER_KEY = 'paicha.generated';
export const MARKER_VALUE = 'v1';

/**
 * Number format of each kind of generated column, the same code in Sheets and in .xlsx. Text columns
 * keep the automatic format (''): under '@' Sheets would keep a literal's apostrophe as text. The yuan
 * sign is quoted because Excel shows only $ - + / ( ) : ! ^ & ' ~ { } = < > and space unquoted.
 */
export const NUMBER_FORMATS: Readonly<Record<ColumnFormat, string>> = {
  text: '',
  integer: '0',
  percent: '0.0%',
  yuan: '"¥"#,##0.00',
  date: 'yyyy-mm-dd',
};

/** The Sheets API's number format type of each non-text kind (the pattern is NUMBER_FORMATS'). */
export const SHEETS_FORMAT_TYPES: Readonly<Record<Exclude<ColumnFormat, 'text'>, string>> = {
  integer: 'NUMBER',
  percent: 'PERCENT',
  yuan: 'CURRENCY',
  date: 'DATE',
};
