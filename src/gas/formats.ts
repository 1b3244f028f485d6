import type { ColumnFormat } from '../../lib/render/grid.ts';

/** Sheets number formats for generated columns; text columns are left on the automatic format. */
export const NUMBER_FORMATS: Record<ColumnFormat, string> = {
  text: '',
  integer: '0',
  percent: '0.0%',
  yuan: '¥#,##0.00',
  date: 'yyyy-mm-dd',
};
