import type { Cell } from '../../lib/cells/result.ts';
import type { GeneratedSheet } from '../../lib/render/grid.ts';
import { SheetOwnershipError, type SheetGrid, type Workbook } from '../workbook.ts';
import { hyperlink, literal } from './escape.ts';
import { NUMBER_FORMATS } from './formats.ts';
import { mark, markedSheets } from './marker.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The Workbook port over the bound spreadsheet. Service calls per run depend on the number of sheets,
 * never on the number of rows: one getValues() per input sheet, one setValues() per generated sheet.
 */
export class SpreadsheetWorkbook implements Workbook {
  private readonly sheets: Map<string, Sheet>;
  private readonly marked: Set<string>;

  constructor(private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {
    this.sheets = new Map(ss.getSheets().map((s) => [s.getName(), s]));
    this.marked = markedSheets(ss);
  }

  sheetNames(): readonly string[] {
    return [...this.sheets.keys()];
  }

  read(names: readonly string[]): readonly SheetGrid[] {
    return names.map((name) => {
      const sheet = this.sheets.get(name);
      if (!sheet) throw new Error(`no sheet named ${name}`);
      // getDataRange on an empty sheet is A1: one empty cell, as the core expects.
      return { name, values: sheet.getDataRange().getValues() as Cell[][] };
    });
  }

  isGenerated(name: string): boolean {
    return this.marked.has(name);
  }

  writeGenerated(generated: readonly GeneratedSheet[]): void {
    const refused = generated.filter((g) => this.sheets.has(g.name) && !this.marked.has(g.name)).map((g) => g.name);
    if (refused.length > 0) throw new SheetOwnershipError(refused);
    for (const g of generated) this.writeOne(g);
  }

  private writeOne(g: GeneratedSheet): void {
    const rows = Math.max(g.values.length, 1);
    const cols = Math.max(g.formats.length, 1);
    let sheet = this.sheets.get(g.name);
    if (sheet) sheet.clear();
    else {
      sheet = this.ss.insertSheet(g.name, this.ss.getSheets().length);
      mark(sheet);
      this.sheets.set(g.name, sheet);
      this.marked.add(g.name);
    }
    fitSheet(sheet, Math.max(rows, g.frozenRows + 1), cols);
    if (g.values.length === 0) return;
    const values = g.values.map((r) => {
      const out = r.map(literal);
      while (out.length < cols) out.push('');
      return out;
    });
    const gids = new Map<string, number>();
    for (const link of g.links ?? []) {
      const name = link.target.sheet;
      if (!gids.has(name)) {
        const target = this.sheets.get(name);
        if (target) gids.set(name, target.getSheetId());
      }
      const gid = gids.get(name);
      const row = values[link.row];
      if (gid !== undefined && row) row[link.column] = hyperlink(gid, `${link.target.column}${link.target.row}`, String(g.values[link.row]?.[link.column] ?? ''));
    }
    sheet.getRange(1, 1, g.values.length, cols).setValues(values);
    sheet.getRange(1, 1, 1, cols).setFontWeight('bold');
    // Text columns keep the automatic format: under '@' Sheets would keep the apostrophe as text.
    if (g.values.length > 1) {
      g.formats.forEach((f, i) => {
        if (f !== 'text') sheet.getRange(2, i + 1, g.values.length - 1, 1).setNumberFormat(NUMBER_FORMATS[f]);
      });
    }
    sheet.setFrozenRows(g.frozenRows);
    writeCharts(sheet, g, cols);
  }
}

/**
 * Sizes a generated sheet to its grid: a new sheet is 1000 x 26 and writing past its edge throws; a
 * shorter grid leaves no stale blank rows. At most one row and one column call, whatever the size.
 */
function fitSheet(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  const maxCols = sheet.getMaxColumns();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  else if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
  if (maxCols < cols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

/** Charts are updated in place when they exist, so their ids and positions survive a rerun. */
function writeCharts(sheet: Sheet, g: GeneratedSheet, cols: number): void {
  const existing = sheet.getCharts();
  const specs = (g.charts ?? []).filter((c) => c.rows > 0);
  specs.forEach((c, i) => {
    const old = existing[i];
    let builder = (old ? old.modify().clearRanges() : sheet.newChart())
      .setChartType(c.kind === 'bar' ? Charts.ChartType.BAR : Charts.ChartType.LINE)
      .addRange(sheet.getRange(1, c.labelColumn + 1, c.rows + 1, 1));
    for (const v of c.valueColumns) builder = builder.addRange(sheet.getRange(1, v + 1, c.rows + 1, 1));
    const chart = builder.setOption('title', c.title).setPosition(1, cols + 2, 0, 0).build();
    if (old) sheet.updateChart(chart);
    else sheet.insertChart(chart);
  });
  for (const extra of existing.slice(specs.length)) sheet.removeChart(extra);
}
