export { writeFileAtomic, type FileContent } from './atomic.ts';
export { FileReadError, FileWriteError, type FileReadErrorCode, type FileWriteErrorCode } from './errors.ts';
export { FileWorkbook, XLSX_IN_PLACE_LOSSES, detectInPlaceLosses, type SaveResult, type SaveTarget } from './file-workbook.ts';
export { GENERATED_MARKER } from './marker.ts';
export { decodeText, parseDelimited, readCsv, type CsvContents, type TextEncoding } from './read-csv.ts';
export { readXls } from './read-xls.ts';
export { STREAM_THRESHOLD_BYTES, readXlsx, readXlsxContents, type XlsxContents, type XlsxReadOptions } from './read-xlsx.ts';
export { readWorkbookFile, sniffFormat, type WorkbookFile, type WorkbookFormat } from './read-workbook.ts';
export { NUMBER_FORMATS, addGeneratedSheet, generatedSheetNames, generatedWorkbook, markGenerated, writeGeneratedXlsx } from './write-xlsx.ts';
