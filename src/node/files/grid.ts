import type { Cell } from '../../../lib/cells/result.ts';

import type { MergedArea } from '../../workbook.ts';

/**
 * Collects rows (each already trimmed after its last used cell) and hands back the dense rectangle
 * `Range.getValues()` gives for `getDataRange()`: A1 to the last used row and column, '' in empty
 * cells, and `[['']]` for a sheet with nothing in it, as Apps Script returns for an empty sheet.
 */
export class GridBuilder {
  private readonly rows: Cell[][] = [];
  private width = 0;
  private height = 0;

  /** `cells` holds the row from column A to its last used cell; an empty array is an empty row. */
  setRow(rowIndex: number, cells: Cell[]): void {
    if (cells.length === 0) return;
    this.rows[rowIndex] = cells;
    if (cells.length > this.width) this.width = cells.length;
    if (rowIndex >= this.height) this.height = rowIndex + 1;
  }

  /** Blank every cell of a merged area except its top-left one, as Sheets shows merged cells. */
  applyMerges(merges: readonly MergedArea[]): void {
    let changed = false;
    for (const m of merges) {
      for (let r = m.top; r <= m.bottom && r < this.height; r++) {
        const row = this.rows[r];
        if (row === undefined) continue;
        for (let c = r === m.top ? m.left + 1 : m.left; c <= m.right && c < row.length; c++) {
          if (row[c] !== '') {
            row[c] = '';
            changed = true;
          }
        }
      }
    }
    if (changed) this.retrim();
  }

  finish(): Cell[][] {
    const { rows, width, height } = this;
    if (height === 0) return [['']];
    const out: Cell[][] = new Array<Cell[]>(height);
    for (let r = 0; r < height; r++) {
      const row = rows[r] ?? [];
      for (let c = row.length; c < width; c++) row.push('');
      out[r] = row;
    }
    return out;
  }

  private retrim(): void {
    this.width = 0;
    this.height = 0;
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (row === undefined) continue;
      let n = row.length;
      while (n > 0 && row[n - 1] === '') n--;
      row.length = n;
      if (n === 0) continue;
      if (n > this.width) this.width = n;
      this.height = r + 1;
    }
  }
}
