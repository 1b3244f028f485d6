import type { SheetGrid } from '../../../workbook.ts';
import { columnLetter } from '../../../../lib/problems/problem.ts';
import { markedSheetNames } from '../marker.ts';
import type { XlsxContents } from '../read-xlsx.ts';
import { Declined } from './declined.ts';
import { ByteBudget, XLSX_LIMITS, beyondSheet, tooManyCells } from './limits.ts';
import { readPackage } from './package.ts';
import { scanSheet } from './sheet.ts';
import { dateStyles } from './styles.ts';
import { readSharedStrings } from './text.ts';
import { ZipParts } from './zip-read.ts';

/**
 * The fast .xlsx reader: values only, every part streamed through fflate and scanned as text, one
 * array per row and no object per cell. Gives the grids ExcelJS's document reader gives (the
 * differential test holds it to that), plus each sheet's merged areas. Throws {@link Declined} for
 * what it leaves to ExcelJS, and a FileLimitError past {@link XLSX_LIMITS}.
 */
export async function readXlsxFast(path: string): Promise<XlsxContents> {
  const zip = await ZipParts.open(path, new ByteBudget(path));
  try {
    const pkg = await readPackage(zip);
    const stylesEntry = pkg.styles === undefined ? undefined : zip.get(pkg.styles);
    const styles = stylesEntry === undefined ? [] : dateStyles(await zip.text(stylesEntry));
    const stringsEntry = pkg.sharedStrings === undefined ? undefined : zip.get(pkg.sharedStrings);
    const strings = stringsEntry === undefined ? [] : await readSharedStrings(text(zip.chunks(stringsEntry)));

    let cellsBefore = 0;
    const sheets: SheetGrid[] = [];
    for (const sheet of pkg.sheets) {
      const entry = zip.get(sheet.part);
      if (entry === undefined) throw new Declined(`a sheet whose part is missing (${sheet.part})`);
      const checkExtent = (rows: number, columns: number): void => {
        const last = `${columnLetter(Math.min(columns, XLSX_LIMITS.columns + 1) - 1)}${rows}`;
        if (rows > XLSX_LIMITS.rows) throw beyondSheet(path, sheet.name, 'rows', rows, last);
        if (columns > XLSX_LIMITS.columns) throw beyondSheet(path, sheet.name, 'columns', columns, last);
        const cells = rows * columns;
        if (cellsBefore + cells > XLSX_LIMITS.cells) throw tooManyCells(path, sheet.name, cellsBefore + cells, `A1:${last}`, last);
      };
      const { values, merges } = await scanSheet(text(zip.chunks(entry)), {
        strings,
        dateStyles: styles,
        date1904: pkg.date1904,
        checkExtent,
      });
      cellsBefore += values.length * (values[0]?.length ?? 0);
      sheets.push(merges.length > 0 ? { name: sheet.name, values, merges } : { name: sheet.name, values });
    }
    const marked = markedSheetNames(pkg.definedNames);
    return { sheets, generatedSheets: marked.filter((n) => sheets.some((s) => s.name === n)) };
  } finally {
    await zip.close();
  }
}

/**
 * The worksheets' names in tab order and those paicha marked as its own, from the workbook part alone:
 * no sheet is inflated (asking whether an earlier output may be replaced need not read its cells).
 * Throws {@link Declined} as {@link readXlsxFast} does.
 */
export async function readXlsxSheetNames(path: string): Promise<{ names: string[]; generatedSheets: string[] }> {
  const zip = await ZipParts.open(path, new ByteBudget(path));
  try {
    const pkg = await readPackage(zip);
    const names = pkg.sheets.map((s) => s.name);
    return { names, generatedSheets: markedSheetNames(pkg.definedNames).filter((n) => names.includes(n)) };
  } finally {
    await zip.close();
  }
}

/** UTF-8 text of a part's chunks, characters split across chunks decoded whole. */
async function* text(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let first = true;
  for await (const chunk of chunks) {
    if (first && chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) {
      throw new Declined('XML parts in UTF-16');
    }
    first = false;
    yield decoder.decode(chunk, { stream: true });
  }
  const tail = decoder.decode();
  if (tail !== '') yield tail;
}
