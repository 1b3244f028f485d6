import { FileReadError } from '../errors.ts';

/**
 * What paicha reads from one .xlsx at most. Checked before work where the file states it (the zip's
 * sizes) and while reading where it may lie (bytes inflated, rows and cells scanned), so a zip bomb or
 * a stray cell at XFD1048576 is refused in seconds instead of exhausting memory.
 */
export const XLSX_LIMITS = {
  /** Inflated bytes of one part (a sheet's XML, the shared strings): a 10-million-cell sheet is ~450 MB. */
  partBytes: 512 * 1024 * 1024,
  /** Inflated bytes of all the parts read. */
  totalBytes: 1024 * 1024 * 1024,
  /** Excel's own sheet size: a row or column beyond it is not in any real sheet. */
  rows: 1_048_576,
  columns: 16_384,
  /** Cells of the used ranges (last used row × last used column of each sheet) of one file: Google Sheets' own limit. */
  cells: 10_000_000,
} as const;

export type XlsxLimit = keyof typeof XLSX_LIMITS;

const SPLIT = 'Split the data into several files (e.g. one per compound or per month) and tally them together: paicha tally a.xlsx b.xlsx';

/** A file beyond one of {@link XLSX_LIMITS}: which limit, the figure found, and where. */
export class FileLimitError extends FileReadError {
  constructor(
    path: string,
    readonly limit: XlsxLimit,
    readonly found: number,
    why: string,
    todo: string = SPLIT,
  ) {
    super(path, 'too-large', why, `${todo}.`);
    this.name = 'FileLimitError';
  }
}

const n = (x: number): string => x.toLocaleString('en');
const mb = (bytes: number): string => `${n(Math.round(bytes / 1024 / 1024))} MB`;

/** One part inflates beyond {@link XLSX_LIMITS.partBytes}. */
function partTooLarge(path: string, part: string, bytes: number): FileLimitError {
  return new FileLimitError(
    path,
    'partBytes',
    bytes,
    `its part ${part} unpacks to more than ${mb(XLSX_LIMITS.partBytes)} (the limit for one part; a sheet of 10 million cells is about 450 MB)`,
    `If it is a real register, ${SPLIT.charAt(0).toLowerCase()}${SPLIT.slice(1)}; a small file that unpacks this far is damaged or a zip bomb`,
  );
}

/** All parts together inflate beyond {@link XLSX_LIMITS.totalBytes}. */
function totalTooLarge(path: string, bytes: number): FileLimitError {
  return new FileLimitError(
    path,
    'totalBytes',
    bytes,
    `its parts unpack to more than ${mb(XLSX_LIMITS.totalBytes)} in all (the limit for one file)`,
  );
}

/** A cell beyond Excel's last row or column. */
export function beyondSheet(path: string, sheet: string, limit: 'rows' | 'columns', found: number, cell: string): FileLimitError {
  return worded(
    'limitSheetAt',
    { sheet, cell },
    new FileLimitError(
      path,
      limit,
      found,
      `sheet "${sheet}" has a cell at ${cell}, beyond Excel's last ${limit === 'rows' ? `row (${n(XLSX_LIMITS.rows)})` : `column (XFD, ${n(XLSX_LIMITS.columns)})`}`,
      'The file is damaged or was not written by a spreadsheet program; open it in Excel or WPS, save it again, and run paicha on the saved copy',
    ),
  );
}

/** The used ranges hold more cells than {@link XLSX_LIMITS.cells}. */
export function tooManyCells(path: string, sheet: string, cells: number, range: string, farthest: string): FileLimitError {
  return worded(
    'limitCellsSheet',
    { sheet, farthest, found: n(cells), limit: n(XLSX_LIMITS.cells) },
    new FileLimitError(
      path,
      'cells',
      cells,
      `its used ranges hold more than ${n(XLSX_LIMITS.cells)} cells (the limit for one file): sheet "${sheet}" alone reaches ${range} (${n(cells)} cells; its farthest cell so far is ${farthest})`,
      `If that cell is a stray one far from the data, delete the rows and columns beyond your data (Ctrl+End jumps to the last cell) and save. Otherwise ${SPLIT.charAt(0).toLowerCase()}${SPLIT.slice(1)}`,
    ),
  );
}

/** The error with its words in every locale (lib/i18n/files.ts), which the CLI shows. */
function worded(key: 'limitCellsSheet' | 'limitSheetAt', params: Readonly<Record<string, string>>, e: FileLimitError): FileLimitError {
  e.reason = { key, params };
  return e;
}

/** Counts inflated bytes against the per-part and total limits; one per file read. */
export class ByteBudget {
  private total = 0;
  constructor(private readonly path: string) {}

  /** Adds `bytes` inflated from `part`, whose running size is now `partSize`; throws past a limit. */
  take(part: string, partSize: number, bytes: number): void {
    this.total += bytes;
    if (partSize > XLSX_LIMITS.partBytes) throw partTooLarge(this.path, part, partSize);
    if (this.total > XLSX_LIMITS.totalBytes) throw totalTooLarge(this.path, this.total);
  }

  /** Refuses before inflating when the zip itself states a size beyond a limit. */
  checkStated(part: string, size: number): void {
    if (size > XLSX_LIMITS.partBytes) throw partTooLarge(this.path, part, size);
  }
}
