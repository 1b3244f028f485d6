// paicha/node: the Node side of paicha — reading and writing workbook files, and the CLI as a function.
// Entry files only wire: every symbol lives in its own module. The Sheets API client is not loaded here.
export { readWorkbookFile, sniffFormat, type WorkbookFile, type WorkbookFormat } from './files/read-workbook.ts';
export { readXlsx, type XlsxReadOptions } from './files/read-xlsx.ts';
export { readXls } from './files/read-xls.ts';
export { readCsv, decodeText, type CsvContents, type TextEncoding } from './files/read-csv.ts';
export { FileReadError, FileWriteError, type FileReadErrorCode, type FileWriteErrorCode } from './files/errors.ts';
export { FileLimitError, XLSX_LIMITS, type XlsxLimit } from './files/xlsx/limits.ts';
export { writeGeneratedXlsx, type SummaryWriteOptions } from './files/write-xlsx.ts';
export { writeTemplateXlsx } from './files/write-template.ts';
export { nodeGbkEncoder } from './files/gbk.ts';
export type { SheetGrid } from '../workbook.ts';
export { main } from './cli/main.ts';
export { nodeIo, EXIT, type Io } from './cli/io.ts';
