import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import type { Cell } from '../../../lib/cells/result.ts';
import type { SheetGrid } from '../../workbook.ts';
import { fixExcelJs } from './exceljs-internals.ts';
import { markedSheetNames, type DefinedNameModel } from './marker.ts';
import type { XlsxContents } from './read-xlsx.ts';
import { parseSharedStrings, parseSheet, utf8, type SheetContext } from './xlsx-xml.ts';

// The streaming path keeps ExcelJS's WorkbookReader for the zip, the relationships and the styles,
// and parses shared strings and sheets itself, for three reasons:
// - ExcelJS decodes each inflated chunk on its own, so a CJK character split across two chunks
//   becomes U+FFFD (exceljs#2063, #2084, #2316); here bytes go through one streaming TextDecoder;
// - its WorksheetReader reads formula errors as NaN and TRUE as 1, and skips merged cells;
// - it builds a Row and a Cell object per cell; here each row goes straight into an array.
// Cell by cell it follows ExcelJS's document reader (cell-xform.js), so both paths give one grid.

const require = createRequire(import.meta.url);
const iterateStream = require('exceljs/lib/utils/iterate-stream.js') as (s: unknown) => AsyncIterable<unknown>;
const WorkbookXform = require('exceljs/lib/xlsx/xform/book/workbook-xform.js') as new () => {
  parseStream(s: AsyncIterable<unknown>): Promise<unknown>;
  model: WorkbookModel;
  map: { workbookPr: { model?: { date1904?: boolean } } };
};

type WorkbookModel = {
  sheets?: { id: number; name: string; rId: string }[];
  definedNames?: DefinedNameModel[];
};
type Rel = { Id: string; Target: string };
type ReaderInternals = {
  parse(): AsyncIterable<{ eventType: string; value: unknown }>;
  sharedStrings?: string[];
  workbookRels?: Rel[];
  model?: WorkbookModel;
  properties?: { model?: { date1904?: boolean } };
  styles: { getStyleModel(id: number): { numFmt?: string } | null };
  _emitEntry(payload: object): void;
  _parseStyles(entry: unknown): Promise<void>;
};
type SheetSource = { readonly sheetNo: string; readonly chunks: AsyncIterable<unknown> };

const SHEET_EVENT = 'paicha-sheet';
const ExcelJsReader = ExcelJS.stream.xlsx.WorkbookReader as unknown as new (
  input: string,
  options: object,
) => ReaderInternals;

class Reader extends ExcelJsReader {
  stylesRead = false;

  async *_parseSharedStrings(entry: unknown): AsyncGenerator<never> {
    this._emitEntry({ type: 'shared-strings' });
    this.sharedStrings = await parseSharedStrings(iterateStream(entry));
  }

  async _parseWorkbook(entry: unknown): Promise<void> {
    this._emitEntry({ type: 'workbook' });
    const xform = new WorkbookXform();
    await xform.parseStream(utf8(iterateStream(entry)));
    this.properties = xform.map.workbookPr;
    this.model = xform.model;
  }

  override async _parseStyles(entry: unknown): Promise<void> {
    await super._parseStyles(entry);
    this.stylesRead = true;
  }

  *_parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string): Generator<{ eventType: string; value: SheetSource }> {
    yield { eventType: SHEET_EVENT, value: { sheetNo, chunks: iterator } };
  }
}

/** The streaming half of {@link readXlsxContents}: same grids, a fraction of the memory. */
export async function readXlsxStreaming(path: string): Promise<XlsxContents> {
  fixExcelJs();
  const reader = new Reader(path, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  const parsed = new Map<string, Cell[][]>();
  const later: { sheetNo: string; chunks: unknown[] }[] = [];
  const context: SheetContext = {
    get strings() {
      return reader.sharedStrings ?? [];
    },
    get date1904() {
      return reader.properties?.model?.date1904 === true;
    },
    numFmt: (style) => reader.styles.getStyleModel(style)?.numFmt,
  };
  for await (const { eventType, value } of reader.parse()) {
    if (eventType !== SHEET_EVENT) continue;
    const { sheetNo, chunks } = value as SheetSource;
    // The zip entry must be consumed now; without styles yet, dates cannot be told from numbers.
    if (reader.stylesRead) parsed.set(sheetNo, await parseSheet(chunks, context));
    else later.push({ sheetNo, chunks: await collect(chunks) });
  }
  for (const { sheetNo, chunks } of later) parsed.set(sheetNo, await parseSheet(toAsync(chunks), context));

  // unzipper's streaming parse can stop early on stored (uncompressed) entries, and ExcelJS only
  // streams parts named sheetN.xml: a worksheet missing here is an error, never a silent gap.
  if (reader.model?.sheets === undefined || reader.workbookRels === undefined) {
    throw new Error('the streaming reader did not find the workbook part');
  }
  const sheets: SheetGrid[] = [];
  for (const sheet of reader.model.sheets) {
    const rel = reader.workbookRels.find((r) => r.Id === sheet.rId);
    if (rel === undefined || !/(?:^|\/)worksheets\//.test(rel.Target)) continue; // a chart sheet
    const sheetNo = /(?:^|\/)worksheets\/sheet(\d+)\.xml$/.exec(rel.Target)?.[1];
    const values = sheetNo === undefined ? undefined : parsed.get(sheetNo);
    if (values === undefined) throw new Error(`the streaming reader did not find sheet "${sheet.name}" (${rel.Target})`);
    sheets.push({ name: sheet.name, values });
  }
  const marked = markedSheetNames(reader.model?.definedNames);
  return { sheets, generatedSheets: marked.filter((n) => sheets.some((s) => s.name === n)) };
}

async function collect(chunks: AsyncIterable<unknown>): Promise<unknown[]> {
  const all: unknown[] = [];
  for await (const chunk of chunks) all.push(chunk);
  return all;
}

async function* toAsync(chunks: readonly unknown[]): AsyncGenerator<unknown> {
  yield* chunks;
}
