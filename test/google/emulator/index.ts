// A loopback emulator of the Google Sheets v4 REST API for tests, driven through the real
// googleapis client:
//
//   const emu = await startSheetsEmulator({ readQuotaPerMinute: 60 });
//   const id = emu.createSpreadsheet({ title: '住户', sheets: [{ title: '住户登记', values: [['小区']] }] });
//   const auth = new google.auth.OAuth2();
//   auth.setCredentials({ access_token: 'test' });
//   const api = google.sheets({ version: 'v4', rootUrl: emu.rootUrl, auth });
//   emu.inject({ spreadsheetId: id, method: 'values.batchGet', status: 429, times: 2 });
//   ...
//   await emu.close();
import type { Server } from 'node:http';
import { parseCells } from './a1.ts';
import type { Fault, LoggedRequest, RequestKind } from './faults.ts';
import { type PlainValue, type SeedSpreadsheet, buildSpreadsheet, plainValue, randomSpreadsheetId, usedGrid } from './seed.ts';
import { EmulatorCore, type SheetsEmulatorOptions, listen } from './server.ts';
import { type Cell, type Sheet, type Spreadsheet, cloneSpreadsheet, findSheet, getCell } from './store.ts';

export type { Fault, LoggedRequest, RequestKind } from './faults.ts';
export type { PlainValue, SeedCell, SeedSheet, SeedSpreadsheet, SeedValue } from './seed.ts';
export type { SheetsEmulatorOptions } from './server.ts';
export type { Cell, CellValue, ErrorCode, NumberFormat, Spreadsheet } from './store.ts';
export { toSerial } from './render.ts';

export type SheetsEmulator = {
  /** `http://127.0.0.1:PORT/`, for `google.sheets({ version: 'v4', rootUrl })`. */
  readonly rootUrl: string;
  readonly port: number;
  close(): Promise<void>;
  /** Seed a spreadsheet; returns its id (a 44-character id when none is given). */
  createSpreadsheet(spec: SeedSpreadsheet): string;
  deleteSpreadsheet(id: string): void;
  /** Requests on this spreadsheet answer 403 PERMISSION_DENIED until `allowAccess`. */
  denyAccess(id: string): void;
  allowAccess(id: string): void;
  /** Fail the next matching requests: `{ spreadsheetId, method: 'values.batchGet', status: 429, times: 2 }`. */
  inject(fault: Fault): void;
  clearFaults(): void;
  pendingFaults(): number;
  requests(): readonly LoggedRequest[];
  /** Requests that named this spreadsheet, of one kind or all. */
  countFor(id: string, kind?: RequestKind): number;
  /** The kinds of the requests that named this spreadsheet, in the order they came. */
  kindsFor(id: string): RequestKind[];
  clearRequests(): void;
  /** Most requests the server was answering at once since the last `clearRequests`. */
  maxConcurrency(): number;
  sheetTitles(id: string): string[];
  /** Calculated values of a sheet's used area (`null` = empty; an error cell gives its `#N/A` text). */
  getSheetValues(id: string, title: string): PlainValue[][];
  /** Formulas of the used area: `=...` where the user entered one, `null` elsewhere (literal text included). */
  getSheetFormulas(id: string, title: string): (string | null)[][];
  /** One cell by A1 address, as stored: value, formula, number format. */
  getCell(id: string, title: string, a1: string): Cell | undefined;
  /** A deep copy of the whole stored spreadsheet (sheets, metadata, charts). */
  snapshot(id: string): Spreadsheet;
};

export async function startSheetsEmulator(options: SheetsEmulatorOptions = {}): Promise<SheetsEmulator> {
  const core = new EmulatorCore(options);
  const { server, port } = await listen(core);
  const spreadsheet = (id: string): Spreadsheet => {
    const ss = core.spreadsheets.get(id);
    if (!ss) throw new Error(`emulator: no spreadsheet ${id}`);
    return ss;
  };
  const sheet = (id: string, title: string): Sheet => {
    const s = findSheet(spreadsheet(id), title);
    if (!s) throw new Error(`emulator: no sheet ${title} in ${id}`);
    return s;
  };
  return {
    rootUrl: `http://127.0.0.1:${port}/`,
    port,
    close: () => closeServer(server),
    createSpreadsheet(spec) {
      const id = spec.id ?? randomSpreadsheetId(core.random);
      if (core.spreadsheets.has(id)) throw new Error(`emulator: spreadsheet ${id} exists`);
      core.spreadsheets.set(id, buildSpreadsheet(spec, id, core.random));
      return id;
    },
    deleteSpreadsheet: (id) => void core.spreadsheets.delete(id),
    denyAccess: (id) => void core.denied.add(id),
    allowAccess: (id) => void core.denied.delete(id),
    inject: (fault) => core.faults.add(fault),
    clearFaults: () => core.faults.clear(),
    pendingFaults: () => core.faults.pending(),
    requests: () => [...core.log],
    countFor: (id, kind) => core.log.filter((r) => r.spreadsheetId === id && (kind === undefined || r.kind === kind)).length,
    kindsFor: (id) => core.log.filter((r) => r.spreadsheetId === id).map((r) => r.kind),
    clearRequests() {
      core.log.length = 0;
      core.maxInFlight = core.inFlight;
    },
    maxConcurrency: () => core.maxInFlight,
    sheetTitles: (id) => spreadsheet(id).sheets.map((s) => s.title),
    getSheetValues: (id, title) => usedGrid(sheet(id, title), plainValue),
    getSheetFormulas: (id, title) => usedGrid(sheet(id, title), (c) => c.formula ?? null),
    getCell(id, title, a1) {
      const b = parseCells(a1);
      if (!b) throw new Error(`emulator: not a cell address: ${a1}`);
      const cell = getCell(sheet(id, title), b.startRow, b.startCol);
      return cell ? structuredClone(cell) : undefined;
    },
    snapshot: (id) => cloneSpreadsheet(spreadsheet(id)),
  };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
}
