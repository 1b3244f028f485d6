import type { Cell } from '../lib/cells/result.ts';
import { donationRows } from './donations.ts';
import { householdRows } from './households.ts';
import { peopleExample } from './people.ts';

export type ExampleSheet = { readonly name: string; readonly values: Cell[][] };

/** The example workbook's sheets, as a team's own register would be. Deterministic. */
export function exampleSheets(): ExampleSheet[] {
  const watch = peopleExample(2020, '2020-02-06');
  return [
    { name: '住户登记', values: householdRows() },
    { name: '捐款捐物', values: donationRows() },
    // The watch as of the demo's day (src/node/cli/demo.ts).
    { name: '重点人员登记', values: watch.people },
    { name: '健康监测', values: watch.checks },
  ];
}

/** Writes the example as a plain user workbook (no paicha marker): what a team would hand over. */
export async function exampleWorkbookBuffer(): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  for (const s of exampleSheets()) {
    const ws = wb.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const row of s.values) ws.addRow(row.map((c) => (c === '' || c === undefined ? null : c)));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
