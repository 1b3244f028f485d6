import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { SheetGrid } from '../../workbook.ts';
import { readError } from '../files/errors.ts';
import { readWorkbookFile } from '../files/read-workbook.ts';
import { megabytes } from '../files/limit-errors.ts';
import type { Io } from './io.ts';
import type { Progress } from './progress.ts';
import { isSpreadsheetArg, openSpreadsheet } from './remote.ts';

export type LoadedInputs = {
  readonly sheets: SheetGrid[];
  /** Sheets paicha generated on an earlier run: not input. */
  readonly owned: string[];
};

/** A Google spreadsheet among the inputs: what the CLI needs beside its sheets. */
export type SpreadsheetInput = { readonly id: string; readonly title: string; readonly timeZone: string; readonly locale: string };

/**
 * Reads every file. With more than one file, sheet names are prefixed by the file name so that a
 * problem names the file too (`households.xlsx › 住户`).
 */
export async function loadFiles(paths: readonly string[]): Promise<LoadedInputs> {
  const sheets: SheetGrid[] = [];
  const owned: string[] = [];
  for (const path of paths) {
    const file = await readWorkbookFile(path);
    // paicha's own summary (every sheet marked) is no input: tallying it would write NAME.paicha.paicha.xlsx.
    const generated = new Set(file.generatedSheets);
    if (file.sheets.length > 0 && file.sheets.every((s) => generated.has(s.name))) {
      throw readError(path, 'unsupported-format', 'ownOutput', { source: basename(path).replace(/\.paicha(\.[^.]*)$/i, '$1') });
    }
    const prefix = paths.length > 1 ? `${basename(path)} › ` : '';
    for (const s of file.sheets) sheets.push(prefix === '' ? s : { ...s, name: prefix + s.name });
    for (const n of file.generatedSheets ?? []) owned.push(prefix + n);
  }
  return { sheets, owned };
}

// A file this big takes more than a second to read: its line is shown from the start.
const HEAVY_FILE_BYTES = 20 * 1024 * 1024;

/** Rows in all the sheets read: a tally of this many holds the event loop for more than a second. */
export const rowsIn = (sheets: readonly SheetGrid[]): number => sheets.reduce((n, s) => n + s.values.length, 0);
export const HEAVY_ROWS = 100_000;

/**
 * Reads every input, files and Google spreadsheets alike (read-only); a spreadsheet's sheets are
 * prefixed by its title when there are several inputs.
 */
export async function loadInputs(
  args: readonly string[],
  io: Io,
  progress?: Progress,
): Promise<LoadedInputs & { readonly spreadsheets: SpreadsheetInput[]; readonly files: string[] }> {
  const sheets: SheetGrid[] = [];
  const owned: string[] = [];
  const spreadsheets: SpreadsheetInput[] = [];
  const files: string[] = [];
  for (const arg of args) {
    if (await isSpreadsheetArg(arg, io.cwd)) {
      const wb = await openSpreadsheet(io, arg, { write: false });
      const prefix = args.length > 1 ? `${wb.title} › ` : '';
      for (const s of wb.read(wb.sheetNames())) sheets.push(prefix === '' ? s : { ...s, name: prefix + s.name });
      for (const n of wb.sheetNames()) if (wb.isGenerated(n)) owned.push(prefix + n);
      spreadsheets.push({ id: wb.id, title: wb.title, timeZone: wb.timeZone, locale: wb.locale });
    } else {
      const path = resolve(io.cwd, arg);
      const size = await stat(path).then(
        (s) => s.size,
        () => 0,
      );
      progress?.phase('reading', { file: basename(path), size: megabytes(size) }, size >= HEAVY_FILE_BYTES);
      const file = await loadFiles([path]);
      const prefix = args.length > 1 ? `${basename(path)} › ` : '';
      for (const s of file.sheets) sheets.push(prefix === '' ? s : { ...s, name: prefix + s.name });
      for (const n of file.owned) owned.push(prefix + n);
      files.push(path);
    }
  }
  return { sheets, owned, spreadsheets, files };
}
