import type { Cell } from '../../lib/cells/result.ts';
import type { GeneratedSheet } from '../../lib/render/grid.ts';
import { NUMBER_FORMATS } from '../generated.ts';
import { assertOwned, type SheetGrid, type Workbook } from '../workbook.ts';
import { hyperlink, literal } from './escape.ts';
import { mark, markedSheets } from './marker.ts';
import { mergedAreas } from './merges.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Cells one run reads at most: the sum of lastRow × lastColumn over the input sheets, checked before
 * any getValues. Measured in the emulator's cost model (README, "Reliability"): a register of this
 * size in which no household is verified yet — the most a run writes back — takes well under half of
 * Apps Script's 6 minutes, and its generated sheets still fit under Google's 10 million cells.
 */
export const MAX_CELLS_PER_RUN = 4_000_000;

/** Thrown by read() before reading anything when the sheets are larger than one run can handle. */
export class TooLargeError extends Error {
  constructor(
    readonly sheets: readonly { readonly name: string; readonly cells: number }[],
    readonly cells: number,
    readonly limit: number,
  ) {
    super(`${sheets.map((s) => s.name).join(', ')}: ${cells} cells, more than ${limit}`);
    this.name = 'TooLargeError';
  }
}

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

  /** Reads each sheet with one getValues(), after checking their size with two cheap calls each. */
  read(names: readonly string[]): readonly SheetGrid[] {
    const sized = names.map((name) => {
      const sheet = this.sheets.get(name);
      if (!sheet) throw new Error(`no sheet named ${name}`);
      return { name, sheet, cells: sheet.getLastRow() * sheet.getLastColumn() };
    });
    const cells = sized.reduce((n, s) => n + s.cells, 0);
    if (cells > MAX_CELLS_PER_RUN) {
      const big = sized.filter((s) => s.cells > MAX_CELLS_PER_RUN);
      const named = big.length > 0 ? big : sized.filter((s) => s.cells > 0);
      throw new TooLargeError(
        named.map(({ name, cells: c }) => ({ name, cells: c })),
        big.length === 1 ? big[0]!.cells : cells,
        MAX_CELLS_PER_RUN,
      );
    }
    // getDataRange on an empty sheet is A1: one empty cell, as the core expects. Merged areas cost one
    // call each beyond the sheet's two (a register merges per building, never per row): the rows under
    // a merged 小区 or 楼号 take its value in lib.
    return sized.map(({ name, sheet }) => {
      const range = sheet.getDataRange();
      const values = range.getValues() as Cell[][];
      const merges = mergedAreas(range).map((m) => m.area);
      return merges.length > 0 ? { name, values, merges } : { name, values };
    });
  }

  isGenerated(name: string): boolean {
    return this.marked.has(name);
  }

  writeGenerated(generated: readonly GeneratedSheet[]): void {
    assertOwned(
      generated.map((g) => g.name),
      { exists: (n) => this.sheets.has(n), isGenerated: (n) => this.marked.has(n) },
    );
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
    // Two spare columns hold a chart's anchor (writeCharts places it at cols + 2).
    const charted = (g.charts ?? []).some((c) => c.rows > 0);
    fitSheet(sheet, Math.max(rows, g.frozenRows + 1), cols + (charted ? 2 : 0));
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
      if (gid !== undefined && row)
        row[link.column] = hyperlink(gid, `${link.target.column}${link.target.row}`, String(g.values[link.row]?.[link.column] ?? ''));
    }
    sheet.getRange(1, 1, g.values.length, cols).setValues(values);
    sheet.getRange(1, 1, 1, cols).setFontWeight('bold');
    if (g.values.length > 1) {
      g.formats.forEach((f, i) => {
        if (NUMBER_FORMATS[f] !== '') sheet.getRange(2, i + 1, g.values.length - 1, 1).setNumberFormat(NUMBER_FORMATS[f]);
      });
    }
    sheet.setFrozenRows(g.frozenRows);
    writeCharts(sheet, g, cols);
  }
}

/**
 * Sizes a generated sheet to its grid: a new sheet is 1000 x 26 and writing past its edge throws; a
 * shorter grid leaves no stale blank rows; unused columns are removed first, since 26 columns down a
 * long list would count towards Google's 10 million cells of a spreadsheet. At most one row and one
 * column call, whatever the size.
 */
function fitSheet(sheet: Sheet, rows: number, cols: number): void {
  const maxCols = sheet.getMaxColumns();
  if (maxCols > cols) sheet.deleteColumns(cols + 1, maxCols - cols);
  else if (maxCols < cols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  else if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
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
    const chart = builder
      .setOption('title', c.title)
      .setPosition(1, cols + 2, 0, 0)
      .build();
    if (old) sheet.updateChart(chart);
    else sheet.insertChart(chart);
  });
  for (const extra of existing.slice(specs.length)) sheet.removeChart(extra);
}
