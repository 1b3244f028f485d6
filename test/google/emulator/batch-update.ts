// spreadsheets.batchUpdate: one reply per request, all or nothing (the caller works on a copy).
import type { sheets_v4 } from '@googleapis/sheets';
import type { QuoteStyle } from './a1.ts';
import { ApiError, badRequest, notEmulated, unknownField } from './errors.ts';
import { repeatCell, updateCells } from './grid-requests.ts';
import { addChart, createDeveloperMetadata, deleteDeveloperMetadata, deleteEmbeddedObject } from './meta-requests.ts';
import { addSheet, appendDimension, deleteSheet, updateSheetProperties, updateSpreadsheetProperties } from './sheet-requests.ts';
import type { Spreadsheet } from './store.ts';

type Ctx = { ss: Spreadsheet; quote: QuoteStyle; random: () => number };
// biome-ignore lint/suspicious/noConfusingVoidType: a handler may answer nothing, as most requests' replies are empty.
type Handler = (ctx: Ctx, body: never) => sheets_v4.Schema$Response | void;

const h = <K extends keyof sheets_v4.Schema$Request>(
  // biome-ignore lint/suspicious/noConfusingVoidType: as Handler.
  fn: (ctx: Ctx, body: NonNullable<sheets_v4.Schema$Request[K]>) => sheets_v4.Schema$Response | void,
): Handler => fn as Handler;

/** Every request kind the API knows (checked against googleapis' types); `null` = not emulated. */
const KINDS = {
  addSheet: h<'addSheet'>((c, b) => addSheet(c.ss, b, c.random)),
  deleteSheet: h<'deleteSheet'>((c, b) => deleteSheet(c.ss, b)),
  updateSheetProperties: h<'updateSheetProperties'>((c, b) => updateSheetProperties(c.ss, b)),
  updateSpreadsheetProperties: h<'updateSpreadsheetProperties'>((c, b) => updateSpreadsheetProperties(c.ss, b)),
  appendDimension: h<'appendDimension'>((c, b) => appendDimension(c.ss, b)),
  updateCells: h<'updateCells'>((c, b) => updateCells(c.ss, b, c.quote)),
  repeatCell: h<'repeatCell'>((c, b) => repeatCell(c.ss, b, c.quote)),
  createDeveloperMetadata: h<'createDeveloperMetadata'>((c, b) => createDeveloperMetadata(c.ss, b, c.random)),
  deleteDeveloperMetadata: h<'deleteDeveloperMetadata'>((c, b) => deleteDeveloperMetadata(c.ss, b)),
  addChart: h<'addChart'>((c, b) => addChart(c.ss, b, c.random)),
  deleteEmbeddedObject: h<'deleteEmbeddedObject'>((c, b) => deleteEmbeddedObject(c.ss, b)),
  addBanding: null,
  addConditionalFormatRule: null,
  addDataSource: null,
  addDimensionGroup: null,
  addFilterView: null,
  addNamedRange: null,
  addProtectedRange: null,
  addSlicer: null,
  addTable: null,
  appendCells: null,
  autoFill: null,
  autoResizeDimensions: null,
  cancelDataSourceRefresh: null,
  clearBasicFilter: null,
  copyPaste: null,
  cutPaste: null,
  deleteBanding: null,
  deleteConditionalFormatRule: null,
  deleteDataSource: null,
  deleteDimension: null,
  deleteDimensionGroup: null,
  deleteDuplicates: null,
  deleteFilterView: null,
  deleteNamedRange: null,
  deleteProtectedRange: null,
  deleteRange: null,
  deleteTable: null,
  duplicateFilterView: null,
  duplicateSheet: null,
  findReplace: null,
  insertDimension: null,
  insertRange: null,
  mergeCells: null,
  moveDimension: null,
  pasteData: null,
  randomizeRange: null,
  refreshDataSource: null,
  setBasicFilter: null,
  setDataValidation: null,
  sortRange: null,
  textToColumns: null,
  trimWhitespace: null,
  unmergeCells: null,
  updateBanding: null,
  updateBorders: null,
  updateChartSpec: null,
  updateConditionalFormatRule: null,
  updateDataSource: null,
  updateDeveloperMetadata: null,
  updateDimensionGroup: null,
  updateDimensionProperties: null,
  updateEmbeddedObjectBorder: null,
  updateEmbeddedObjectPosition: null,
  updateFilterView: null,
  updateNamedRange: null,
  updateProtectedRange: null,
  updateSlicerSpec: null,
  updateTable: null,
} satisfies Record<keyof sheets_v4.Schema$Request, Handler | null>;

const BODY_FIELDS = new Set(['requests', 'includeSpreadsheetInResponse', 'responseRanges', 'responseIncludeGridData']);

export function batchUpdate(
  ctx: Ctx,
  body: sheets_v4.Schema$BatchUpdateSpreadsheetRequest,
): sheets_v4.Schema$BatchUpdateSpreadsheetResponse {
  for (const key of Object.keys(body)) if (!BODY_FIELDS.has(key)) throw unknownField(key, '');
  const requests = body.requests ?? [];
  // Unknown names are rejected while the JSON is read, before any request runs.
  requests.forEach((req, i) => {
    for (const key of Object.keys(req ?? {})) if (!(key in KINDS)) throw unknownField(key, `requests[${i}]`);
  });
  const replies = requests.map((req, i) => {
    const keys = Object.keys(req ?? {}) as (keyof typeof KINDS)[];
    const kind = keys[0];
    if (kind === undefined) throw badRequest(`Invalid requests[${i}]: No request set.`);
    if (keys.length > 1) {
      throw badRequest(`Invalid JSON payload received. Oneof field 'kind' is already set. Cannot set '${keys[1] ?? ''}'`);
    }
    const handler: Handler | null = KINDS[kind];
    if (!handler) throw notEmulated(`requests[${i}].${kind}`);
    try {
      return handler(ctx, (req as Record<string, never>)[kind] ?? ({} as never)) ?? {};
    } catch (e) {
      throw e instanceof ApiError && e.code === 400 ? e.prefixed(`Invalid requests[${i}].${kind}: `) : e;
    }
  });
  return { spreadsheetId: ctx.ss.id, replies };
}
