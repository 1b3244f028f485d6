import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import { assertOwned, type GeneratedSheet, type SheetGrid, type Workbook } from '../../workbook.ts';
import { writeFileAtomic } from './atomic.ts';
import { FileWriteError } from './errors.ts';
import { fixExcelJs } from './exceljs-internals.ts';
import { detectInPlaceLosses } from './in-place-losses.ts';
import { canSplice, spliceSheets } from './xlsx/write/in-place.ts';
import type { TextEncoding } from './read-csv.ts';
import { readWorkbookFile, type WorkbookFormat } from './read-workbook.ts';
import type { XlsxReadOptions } from './read-xlsx.ts';
import { addGeneratedSheet, generatedSheetNames, markGenerated, writeGeneratedXlsx } from './write-xlsx.ts';

export { XLSX_IN_PLACE_LOSSES, detectInPlaceLosses } from './in-place-losses.ts';

export type SaveTarget = { readonly mode: 'new-file'; readonly path: string } | { readonly mode: 'in-place' };

export type SaveResult = {
  /** The file written; undefined when there was nothing to write. */
  readonly path: string | undefined;
  readonly sheets: readonly string[];
};

/**
 * The Workbook port over a local file: everything is read when the file is opened, generated sheets
 * are collected in memory, and `save` writes them either to a new workbook or into the input .xlsx.
 * Sheet names compare without regard to case, as Excel does.
 */
export class FileWorkbook implements Workbook {
  private readonly pending = new Map<string, GeneratedSheet>();
  // Whether the file as it is can take a splice: the CLI asks before tallying and again on save, and
  // each answer lists the zip and inflates the workbook parts. Forgotten once the file is rewritten.
  private splices: Promise<boolean> | undefined;

  private constructor(
    readonly path: string,
    readonly format: WorkbookFormat,
    private sheets: readonly SheetGrid[],
    private generated: ReadonlySet<string>,
    /** How a .csv was decoded. */
    readonly encoding: TextEncoding | undefined,
  ) {}

  static async open(path: string, options: XlsxReadOptions = {}): Promise<FileWorkbook> {
    const file = await readWorkbookFile(path, options);
    return new FileWorkbook(resolve(path), file.format, file.sheets, new Set(file.generatedSheets), file.encoding);
  }

  sheetNames(): readonly string[] {
    const names = this.sheets.map((s) => s.name);
    for (const name of this.pending.keys()) if (findName(names, name) === undefined) names.push(name);
    return names;
  }

  read(names: readonly string[]): readonly SheetGrid[] {
    return names.map((name) => {
      const pending = findKey(this.pending, name);
      if (pending !== undefined) return { name: pending.name, values: pending.values };
      const sheet = this.sheets.find((s) => sameName(s.name, name));
      if (sheet === undefined) throw new Error(`No sheet named "${name}" in ${this.path}`);
      return sheet;
    });
  }

  isGenerated(name: string): boolean {
    return findKey(this.pending, name) !== undefined || [...this.generated].some((g) => sameName(g, name));
  }

  writeGenerated(sheets: readonly GeneratedSheet[]): void {
    const seen: string[] = [];
    for (const sheet of sheets) {
      assertSheetName(sheet.name);
      if (findName(seen, sheet.name) !== undefined) throw new Error(`Generated sheet "${sheet.name}" given twice`);
      seen.push(sheet.name);
    }
    assertOwned(
      sheets.map((s) => s.name),
      { exists: (n) => this.sheets.some((s) => sameName(s.name, n)), isGenerated: (n) => this.isGenerated(n) },
    );
    for (const sheet of sheets) {
      const old = findKey(this.pending, sheet.name);
      if (old !== undefined) this.pending.delete(old.name);
      this.pending.set(sheet.name, sheet);
    }
  }

  /** Generated sheets written so far, in the order first written. */
  output(): readonly GeneratedSheet[] {
    return [...this.pending.values()];
  }

  /**
   * What an in-place save of this file would lose, among {@link XLSX_IN_PLACE_LOSSES}: nothing when
   * paicha can splice its sheets into the file; what this file holds of them when ExcelJS must
   * rewrite it.
   */
  async inPlaceLosses(): Promise<string[]> {
    if (this.format !== 'xlsx' || (await this.canSplice())) return [];
    return detectInPlaceLosses(this.path);
  }

  /**
   * 'new-file' writes only the generated sheets to a new workbook at `path` (never the input).
   * 'in-place' (.xlsx only) splices the generated sheets into the input's zip, every other part
   * copied byte for byte (ExcelJS rewrites the whole file only where paicha declines to splice), and
   * renames a complete new file over the input.
   */
  async save(target: SaveTarget): Promise<SaveResult> {
    const sheets = this.output();
    if (target.mode === 'new-file') {
      await this.assertNotInput(target.path);
      if (sheets.length === 0) return { path: undefined, sheets: [] };
      await writeGeneratedXlsx(target.path, sheets);
      return { path: resolve(target.path), sheets: sheets.map((s) => s.name) };
    }
    if (this.format !== 'xlsx' || extname(this.path).toLowerCase() !== '.xlsx') {
      const what =
        this.format === 'xlsx' ? `a ${extname(this.path) || 'zip'} file` : `a ${this.format === 'xls' ? 'legacy .xls' : '.csv'} file`;
      throw new FileWriteError(
        this.path,
        'in-place-unsupported',
        `paicha adds sheets in place only to .xlsx workbooks, and this is ${what}`,
        'Use --out FILE.xlsx to write the summary sheets to a new workbook instead.',
      );
    }
    if (sheets.length === 0) return { path: undefined, sheets: [] };
    if (await this.canSplice()) {
      let generated: string[] = [];
      await writeFileAtomic(this.path, async (file) => {
        ({ generated } = await spliceSheets(this.path, file, sheets));
      });
      this.afterSave(sheets, generated);
      return { path: this.path, sheets: sheets.map((s) => s.name) };
    }
    fixExcelJs();
    const { default: Excel } = await import('exceljs');
    const workbook = new Excel.Workbook();
    await workbook.xlsx.readFile(this.path);
    replaceGenerated(workbook, sheets);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    await writeFileAtomic(this.path, bytes);
    this.afterSave(sheets, generatedSheetNames(workbook));
    return { path: this.path, sheets: sheets.map((s) => s.name) };
  }

  private canSplice(): Promise<boolean> {
    this.splices ??= canSplice(this.path);
    return this.splices;
  }

  private afterSave(sheets: readonly GeneratedSheet[], generated: readonly string[]): void {
    this.splices = undefined;
    this.sheets = [
      ...this.sheets.filter((s) => findKey(this.pending, s.name) === undefined),
      ...sheets.map((s) => ({ name: s.name, values: s.values })),
    ];
    this.generated = new Set(generated);
  }

  private async assertNotInput(path: string): Promise<void> {
    const target = resolve(path);
    const same =
      target === this.path ||
      (await Promise.all([stat(target), stat(this.path)]).then(
        ([a, b]) => a.dev === b.dev && a.ino === b.ino,
        () => false,
      ));
    if (same) {
      throw new FileWriteError(
        path,
        'would-overwrite-input',
        'it is the input file, which paicha never overwrites',
        'Choose another output with --out, or use --in-place to add the summary sheets to it.',
      );
    }
  }
}

/** Swap the generated sheets into a loaded workbook, keeping tab positions; user sheets are refused. */
function replaceGenerated(workbook: ExcelJS.Workbook, sheets: readonly GeneratedSheet[]): void {
  const marked = generatedSheetNames(workbook);
  assertOwned(
    sheets.map((s) => s.name),
    { exists: (n) => workbook.worksheets.some((ws) => sameName(ws.name, n)), isGenerated: (n) => findName(marked, n) !== undefined },
  );
  for (const sheet of sheets) {
    const old = workbook.worksheets.find((ws) => sameName(ws.name, sheet.name));
    const orderNo = old === undefined ? undefined : (old as unknown as { orderNo: number }).orderNo;
    if (old !== undefined) workbook.removeWorksheet(old.id);
    const ws = addGeneratedSheet(workbook, sheet);
    if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
  }
  const kept = marked.filter((n) => !sheets.some((s) => sameName(s.name, n)));
  markGenerated(workbook, [...kept, ...sheets.map((s) => s.name)]);
}

const sameName = (a: string, b: string): boolean => a === b || a.toLowerCase() === b.toLowerCase();
const findName = (names: readonly string[], name: string): string | undefined => names.find((n) => sameName(n, name));
const findKey = <T>(map: ReadonlyMap<string, T>, name: string): T | undefined => {
  const key = findName([...map.keys()], name);
  return key === undefined ? undefined : map.get(key);
};

// Excel's rules for a sheet name; generated names come from paicha's own tables, so a bad one is a bug.
function assertSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new Error(`"${name}" cannot be an Excel sheet name (1–31 characters, none of \\ / ? * [ ] :, no leading or trailing ')`);
  }
}
