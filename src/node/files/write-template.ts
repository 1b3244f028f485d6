import type { TemplateSheet } from '../../../lib/render/template.ts';
import { columnLetter } from '../../../lib/problems/problem.ts';
import { writeFileAtomic } from './atomic.ts';

// Rows the drop-down and text format cover: enough for the largest compound a team registers.
const TEMPLATE_ROWS = 5000;

/** An empty register: header row (bold, frozen), status drop-down, room and phone kept as text. */
export async function writeTemplateXlsx(path: string, sheets: readonly TemplateSheet[]): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  for (const t of sheets) {
    const ws = wb.addWorksheet(t.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow([...t.header]).font = { bold: true };
    ws.columns.forEach((c) => (c.width = 14));
    for (const col of t.textColumns) ws.getColumn(col + 1).numFmt = '@';
    for (const [col, choices] of Object.entries(t.choices)) {
      const letter = columnLetter(Number(col));
      const list = `"${choices.join(',')}"`;
      for (let r = 2; r <= TEMPLATE_ROWS; r++) {
        ws.getCell(`${letter}${r}`).dataValidation = {
          type: 'list', allowBlank: true, formulae: [list], showErrorMessage: true, errorStyle: 'warning',
        };
      }
    }
  }
  await writeFileAtomic(path, Buffer.from(await wb.xlsx.writeBuffer()));
}
