import type ExcelJS from 'exceljs';
import type { TemplateSheet } from '../../../lib/render/template.ts';
import { columnLetter } from '../../../lib/problems/problem.ts';
import { writeFileAtomic } from './atomic.ts';

// Rows the drop-down and text format cover: enough for the largest compound a team registers.
const TEMPLATE_ROWS = 5000;

/** Empty registers: header row (bold, frozen), a drop-down on each word column, number-like columns kept as text. */
export async function writeTemplateXlsx(path: string, sheets: readonly TemplateSheet[]): Promise<void> {
  const { default: ExcelJSModule } = await import('exceljs');
  const wb = new ExcelJSModule.Workbook();
  for (const t of sheets) {
    const ws = wb.addWorksheet(t.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow([...t.header]).font = { bold: true };
    ws.columns.forEach((c) => (c.width = 14));
    for (const col of t.textColumns) ws.getColumn(col + 1).numFmt = '@';
    // One rule a column, over its whole range: a rule per cell is merged by ExcelJS into overlapping
    // ranges (I10:I5000 beside I2:I5000), two rules on the same cells.
    const rules = (ws as unknown as { dataValidations: { add(address: string, rule: ExcelJS.DataValidation): void } }).dataValidations;
    for (const [col, choices] of Object.entries(t.choices)) {
      const letter = columnLetter(Number(col));
      rules.add(`${letter}2:${letter}${TEMPLATE_ROWS}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${choices.join(',')}"`],
        showErrorMessage: true,
        errorStyle: 'warning',
      });
    }
  }
  await writeFileAtomic(path, Buffer.from(await wb.xlsx.writeBuffer()));
}
