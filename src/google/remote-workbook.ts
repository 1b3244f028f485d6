import type { sheets_v4 } from '@googleapis/sheets';
import type { Cell } from '../../lib/cells/result.ts';
import type { GeneratedSheet } from '../../lib/render/grid.ts';
import { MARKER_KEY } from '../generated.ts';
import { assertOwned, type MergedArea, type SheetGrid, type Workbook } from '../workbook.ts';
import { gridRange } from './a1.ts';
import { fromApiRows } from './cells.ts';
import { call, type SheetsSession } from './session.ts';
import { planWrite, type ExistingSheet } from './write-plan.ts';

/** Only what paicha uses: names, ids, grid sizes, merged areas, its marker and the charts it may replace. */
const SPREADSHEET_FIELDS =
  'properties(title,timeZone,locale),' +
  'sheets(properties(sheetId,title,index,gridProperties(rowCount,columnCount)),merges,' +
  'developerMetadata(metadataKey,metadataValue,visibility),charts(chartId))';

type SheetInfo = ExistingSheet & {
  readonly index: number;
  readonly rows: number;
  readonly columns: number;
  readonly merges?: readonly MergedArea[];
};

export type FlushResult = { readonly written: readonly string[]; readonly requests: number };

/**
 * The Workbook port over a spreadsheet of the Sheets API. `open` makes two read requests whatever the
 * size of the sheets — one spreadsheets.get, one values.batchGet of every input sheet — and `flush`
 * two writes: one spreadsheets.batchUpdate and one values.batchUpdate.
 */
export class RemoteWorkbook implements Workbook {
  readonly #sheets: Map<string, SheetInfo>;
  readonly #grids: Map<string, readonly (readonly Cell[])[]>;
  readonly #pending = new Map<string, GeneratedSheet>();

  private constructor(
    private readonly session: SheetsSession,
    readonly id: string,
    readonly title: string,
    /** The spreadsheet's IANA time zone (File → Settings), e.g. Asia/Shanghai. */
    readonly timeZone: string,
    /** The spreadsheet's locale, e.g. zh_CN. */
    readonly locale: string,
    sheets: readonly SheetInfo[],
    grids: Map<string, readonly (readonly Cell[])[]>,
  ) {
    this.#sheets = new Map(sheets.map((s) => [s.title, s]));
    this.#grids = grids;
  }

  static async open(s: SheetsSession, id: string): Promise<RemoteWorkbook> {
    const meta = await call(s, id, 'read', () =>
      s.api.spreadsheets.get({ spreadsheetId: id, includeGridData: false, fields: SPREADSHEET_FIELDS }),
    );
    const sheets = sheetInfos(meta);
    const inputs = sheets.filter((x) => !x.generated && x.rows > 0 && x.columns > 0);
    const grids = new Map<string, readonly (readonly Cell[])[]>();
    for (const x of sheets) grids.set(x.title, []);
    if (inputs.length > 0) {
      const got = await call(s, id, 'read', () =>
        s.api.spreadsheets.values.batchGet({
          spreadsheetId: id,
          ranges: inputs.map((x) => gridRange(x.title, x.rows, x.columns)),
          valueRenderOption: 'UNFORMATTED_VALUE',
          dateTimeRenderOption: 'SERIAL_NUMBER',
          majorDimension: 'ROWS',
        }),
      );
      const ranges = got.valueRanges ?? [];
      inputs.forEach((x, i) => grids.set(x.title, fromApiRows(ranges[i]?.values)));
    }
    const p = meta.properties ?? {};
    return new RemoteWorkbook(s, id, p.title ?? id, p.timeZone ?? 'Asia/Shanghai', p.locale ?? '', sheets, grids);
  }

  sheetNames(): readonly string[] {
    return [...new Set([...this.#sheets.keys(), ...this.#pending.keys()])];
  }

  read(names: readonly string[]): readonly SheetGrid[] {
    return names.map((name) => {
      const w = this.#pending.get(name);
      if (w) return { name, values: w.values };
      const values = this.#grids.get(name);
      if (!values) throw new Error(`no sheet named ${name}`);
      const merges = this.#sheets.get(name)?.merges;
      return merges ? { name, values, merges } : { name, values };
    });
  }

  isGenerated(name: string): boolean {
    return this.#pending.has(name) || this.#sheets.get(name)?.generated === true;
  }

  writeGenerated(sheets: readonly GeneratedSheet[]): void {
    assertOwned(
      sheets.map((g) => g.name),
      { exists: (n) => this.#sheets.has(n), isGenerated: (n) => this.isGenerated(n) },
    );
    for (const g of sheets) this.#pending.set(g.name, g);
  }

  /** Sheets written since open and not flushed yet. */
  pending(): readonly GeneratedSheet[] {
    return [...this.#pending.values()];
  }

  /** Writes what writeGenerated collected: one batchUpdate, then one values.batchUpdate (RAW). */
  async flush(): Promise<FlushResult> {
    const sheets = this.pending();
    if (sheets.length === 0) return { written: [], requests: 0 };
    const plan = planWrite(sheets, this.#sheets);
    const s = this.session;
    let requests = 0;
    const charts = new Map<number, number[]>();
    if (plan.requests.length > 0) {
      const res = await call(s, this.id, 'write-once', () =>
        s.api.spreadsheets.batchUpdate({ spreadsheetId: this.id, requestBody: { requests: plan.requests } }),
      );
      requests++;
      // Charts added now are the ones a later flush replaces.
      for (const r of res.replies ?? []) {
        const chart = r.addChart?.chart;
        const sheetId = chart?.position?.overlayPosition?.anchorCell?.sheetId;
        if (chart?.chartId != null && sheetId != null) charts.set(sheetId, [...(charts.get(sheetId) ?? []), chart.chartId]);
      }
    }
    if (plan.data.length > 0) {
      // RAW: a generated text such as =IMPORTXML(...) is stored as text, never run as a formula.
      await call(s, this.id, 'write', () =>
        s.api.spreadsheets.values.batchUpdate({ spreadsheetId: this.id, requestBody: { valueInputOption: 'RAW', data: plan.data } }),
      );
      requests++;
    }
    const index = this.#sheets.size;
    sheets.forEach((g, i) => {
      const old = this.#sheets.get(g.name);
      const sheetId = plan.sheetIds.get(g.name) ?? 0;
      const size = { rows: g.values.length, columns: g.formats.length };
      this.#sheets.set(g.name, {
        sheetId,
        title: g.name,
        generated: true,
        chartIds: charts.get(sheetId) ?? [],
        index: old?.index ?? index + i,
        ...size,
      });
      this.#grids.set(g.name, g.values);
    });
    this.#pending.clear();
    return { written: sheets.map((g) => g.name), requests };
  }
}

function sheetInfos(meta: sheets_v4.Schema$Spreadsheet): SheetInfo[] {
  return (meta.sheets ?? [])
    .map((sh): SheetInfo => {
      const p = sh.properties ?? {};
      return {
        sheetId: p.sheetId ?? 0,
        title: p.title ?? '',
        index: p.index ?? 0,
        rows: p.gridProperties?.rowCount ?? 0,
        columns: p.gridProperties?.columnCount ?? 0,
        generated: (sh.developerMetadata ?? []).some((m) => m.metadataKey === MARKER_KEY),
        chartIds: (sh.charts ?? []).flatMap((c) => (c.chartId == null ? [] : [c.chartId])),
        ...(sh.merges && sh.merges.length > 0 ? { merges: sh.merges.map(mergedArea) } : {}),
      };
    })
    .sort((a, b) => a.index - b.index);
}

// A GridRange's end indexes are exclusive; a MergedArea's are inclusive.
const mergedArea = (g: sheets_v4.Schema$GridRange): MergedArea => ({
  top: g.startRowIndex ?? 0,
  left: g.startColumnIndex ?? 0,
  bottom: (g.endRowIndex ?? 1) - 1,
  right: (g.endColumnIndex ?? 1) - 1,
});
