// The two write requests of a flush: one spreadsheets.batchUpdate that creates, clears, sizes,
// formats, links and charts the generated sheets, then one values.batchUpdate that fills them.
import type { sheets_v4 } from '@googleapis/sheets';
import { MARKER_KEY, MARKER_VALUE, NUMBER_FORMATS, SHEETS_FORMAT_TYPES } from '../generated.ts';
import type { ChartSpec, GeneratedSheet } from '../workbook.ts';
import { anchor } from './a1.ts';
import { toApi } from './cells.ts';

type Request = sheets_v4.Schema$Request;

/** What the plan needs to know about a sheet that exists. */
export type ExistingSheet = {
  readonly sheetId: number;
  readonly title: string;
  readonly generated: boolean;
  readonly chartIds: readonly number[];
};

export type WritePlan = {
  readonly requests: Request[];
  readonly data: sheets_v4.Schema$ValueRange[];
  /** sheetId of every sheet written, new ones included. */
  readonly sheetIds: ReadonlyMap<string, number>;
};

/**
 * A sheetId for a new sheet, derived from its name so that runs are repeatable, moved on when taken.
 * Chosen here rather than by the API because later requests of the same batchUpdate must name it.
 */
export function newSheetId(name: string, taken: ReadonlySet<number>): number {
  let h = 0x811c9dc5;
  for (const ch of name) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  let id = (h % 2_000_000_000) + 1;
  while (taken.has(id)) id = (id % 2_000_000_000) + 1;
  return id;
}

const width = (g: GeneratedSheet): number => Math.max(1, g.formats.length, ...g.values.map((r) => r.length));
const drawn = (g: GeneratedSheet): readonly ChartSpec[] => (g.charts ?? []).filter((c) => c.rows > 0);

/** Rows and columns a generated sheet's grid gets: its cells, one row under frozen ones, room for a chart's anchor. */
export function gridSize(g: GeneratedSheet): { rowCount: number; columnCount: number } {
  return {
    rowCount: Math.max(1, g.values.length, g.frozenRows + 1),
    columnCount: width(g) + (drawn(g).length > 0 ? 2 : 0),
  };
}

export function planWrite(sheets: readonly GeneratedSheet[], existing: ReadonlyMap<string, ExistingSheet>): WritePlan {
  const taken = new Set([...existing.values()].map((s) => s.sheetId));
  const sheetIds = new Map<string, number>();
  const requests: Request[] = [];
  const data: sheets_v4.Schema$ValueRange[] = [];
  for (const g of sheets) {
    const old = existing.get(g.name);
    if (old && !old.generated) throw new Error(`planWrite: ${g.name} is not paicha's`);
    const sheetId = old?.sheetId ?? newSheetId(g.name, taken);
    taken.add(sheetId);
    sheetIds.set(g.name, sheetId);
    const gridProperties = { ...gridSize(g), frozenRowCount: g.frozenRows };
    if (old) {
      requests.push(
        { updateCells: { range: { sheetId }, fields: 'userEnteredValue,userEnteredFormat' } },
        ...old.chartIds.map((objectId): Request => ({ deleteEmbeddedObject: { objectId } })),
        {
          updateSheetProperties: {
            properties: { sheetId, gridProperties },
            fields: 'gridProperties.rowCount,gridProperties.columnCount,gridProperties.frozenRowCount',
          },
        },
      );
    } else {
      requests.push(
        { addSheet: { properties: { sheetId, title: g.name, gridProperties } } },
        {
          createDeveloperMetadata: {
            developerMetadata: { metadataKey: MARKER_KEY, metadataValue: MARKER_VALUE, location: { sheetId }, visibility: 'DOCUMENT' },
          },
        },
      );
    }
    const links = linkUris(g, existing);
    requests.push(...formatRequests(g, sheetId), ...linkRequests(g, sheetId, links), ...chartRequests(g, sheetId));
    if (g.values.length > 0) {
      const cols = width(g);
      // null: the API skips the cell, which the link request has already filled.
      const values = g.values.map((row, r) => Array.from({ length: cols }, (_, c) => (links.get(c)?.has(r) ? null : toApi(row[c]))));
      data.push({ range: anchor(g.name), majorDimension: 'ROWS', values });
    }
  }
  return { requests, data, sheetIds };
}

/** Bold header; a number format per non-text column. Text columns keep the automatic format. */
function formatRequests(g: GeneratedSheet, sheetId: number): Request[] {
  const rows = g.values.length;
  if (rows === 0) return [];
  const out: Request[] = [
    {
      repeatCell: {
        range: { sheetId, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: width(g) },
        cell: { userEnteredFormat: { textFormat: { bold: true } } },
        fields: 'userEnteredFormat.textFormat.bold',
      },
    },
  ];
  if (rows < 2) return out;
  g.formats.forEach((f, c) => {
    if (f === 'text') return;
    out.push({
      repeatCell: {
        range: { sheetId, startRowIndex: 1, endRowIndex: rows, startColumnIndex: c, endColumnIndex: c + 1 },
        cell: { userEnteredFormat: { numberFormat: { type: SHEETS_FORMAT_TYPES[f], pattern: NUMBER_FORMATS[f] } } },
        fields: 'userEnteredFormat.numberFormat',
      },
    });
  });
  return out;
}

type Links = Map<number, Map<number, string>>;

/** Link URIs by column, then row: `#gid=<sheetId>&range=C5`, a place in this spreadsheet. */
function linkUris(g: GeneratedSheet, existing: ReadonlyMap<string, ExistingSheet>): Links {
  const byColumn: Links = new Map();
  for (const l of g.links ?? []) {
    const target = existing.get(l.target.sheet);
    if (!target || l.row >= g.values.length) continue;
    const col = byColumn.get(l.column) ?? new Map<number, string>();
    col.set(l.row, `#gid=${target.sheetId}&range=${l.target.column}${l.target.row}`);
    byColumn.set(l.column, col);
  }
  return byColumn;
}

/**
 * Links as a cell-level text format (`textFormat.link`), not as =HYPERLINK formulas: the label is a
 * literal stringValue, so no generated cell is ever a formula. Label and link go in together, one
 * updateCells per column; values.batchUpdate then skips those cells (null).
 */
function linkRequests(g: GeneratedSheet, sheetId: number, links: Links): Request[] {
  return [...links].map(([columnIndex, uris]): Request => {
    const first = Math.min(...uris.keys());
    const last = Math.max(...uris.keys());
    const rows: sheets_v4.Schema$RowData[] = [];
    for (let r = first; r <= last; r++) {
      const uri = uris.get(r);
      const label = toApi(g.values[r]?.[columnIndex]);
      const userEnteredValue =
        typeof label === 'number' ? { numberValue: label } : typeof label === 'boolean' ? { boolValue: label } : { stringValue: label };
      // Rows between links are left for values.batchUpdate, which fills them afterwards.
      rows.push({ values: [uri === undefined ? {} : { userEnteredValue, userEnteredFormat: { textFormat: { link: { uri } } } }] });
    }
    return {
      updateCells: { start: { sheetId, rowIndex: first, columnIndex }, rows, fields: 'userEnteredValue,userEnteredFormat.textFormat.link' },
    };
  });
}

function chartRequests(g: GeneratedSheet, sheetId: number): Request[] {
  const column = (c: number, rows: number): sheets_v4.Schema$ChartData => ({
    sourceRange: { sources: [{ sheetId, startRowIndex: 0, endRowIndex: rows + 1, startColumnIndex: c, endColumnIndex: c + 1 }] },
  });
  return drawn(g).map(
    (c): Request => ({
      addChart: {
        chart: {
          spec: {
            title: c.title,
            basicChart: {
              chartType: c.kind === 'bar' ? 'BAR' : 'LINE',
              legendPosition: 'BOTTOM_LEGEND',
              headerCount: 1,
              domains: [{ domain: column(c.labelColumn, c.rows) }],
              // A BAR chart's values run along the bottom axis; a LINE chart's up the left one.
              series: c.valueColumns.map((v) => ({
                series: column(v, c.rows),
                targetAxis: c.kind === 'bar' ? 'BOTTOM_AXIS' : 'LEFT_AXIS',
              })),
            },
          },
          position: { overlayPosition: { anchorCell: { sheetId, rowIndex: 0, columnIndex: width(g) + 1 } } },
        },
      },
    }),
  );
}
