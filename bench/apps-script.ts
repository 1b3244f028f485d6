// Sections 3 and 4: the add-on's bundle as clasp pushes it, run in the Apps Script emulator.
// 3. SpreadsheetApp calls for 统计汇总 (tallyAll) must not grow with the rows (DESIGN.md);
// 4. the bundle is parsed on every menu click and every open: its minified and gzipped size.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { buildGas, GAS_DIR } from '../src/build/gas.ts';
import { createEmulator, loadBundle } from '../test/gas/emulator/index.ts';
import { householdRegister } from './households-data.ts';
import { progress, round } from './measure.ts';

export type TallyAllRun = {
  rows: number;
  /** Calls to SpreadsheetApp and its classes (Spreadsheet, Sheet, Range …). */
  spreadsheetAppCalls: number;
  /** Every service call, SpreadsheetApp's and the others' (Ui, Lock, Properties …). */
  allCalls: number;
  /** The emulator's virtual time for those calls (its cost model: a backend round trip ~25 ms, ~µs a cell). */
  virtualMs: number;
  /** Wall time of the click in the emulator on this machine: the script's own work, not Google's. */
  wallMs: number;
  calls: Record<string, number>;
};

export type AppsScriptResult = { small: TallyAllRun; large: TallyAllRun; sameCalls: boolean };
export type BundleResult = { minifiedBytes: number; gzippedBytes: number };

export async function measureBundle(): Promise<BundleResult> {
  const { path } = await buildGas();
  const code = await readFile(path);
  return { minifiedBytes: code.length, gzippedBytes: gzipSync(code, { level: 9 }).length };
}

function tallyAll(rows: number): TallyAllRun {
  const emu = createEmulator({ spreadsheet: { locale: 'zh_CN', sheets: [{ name: '住户登记', values: householdRegister(rows) }] }, userLocale: 'zh_CN' });
  const rt = loadBundle(GAS_DIR, emu);
  rt.onOpen({ authMode: 'LIMITED' }); // the spreadsheet opens; then the volunteer clicks the menu
  emu.resetCalls();
  const start = performance.now();
  rt.clickMenu('统计汇总');
  const wallMs = round(performance.now() - start);
  progress(`Apps Script: tallyAll on ${rows.toLocaleString('en')} rows, ${emu.serviceCalls('SpreadsheetApp')} SpreadsheetApp calls, ${Math.round(wallMs)} ms`);
  return {
    rows,
    spreadsheetAppCalls: emu.serviceCalls('SpreadsheetApp'),
    allCalls: emu.totalCalls(),
    virtualMs: round(emu.elapsedMs()),
    wallMs,
    calls: emu.calls(),
  };
}

/** Needs the bundle in dist/gas: run measureBundle first. */
export function measureTallyAll(small: number, large: number): AppsScriptResult {
  const s = tallyAll(small);
  const l = tallyAll(large);
  return { small: s, large: l, sameCalls: s.spreadsheetAppCalls === l.spreadsheetAppCalls };
}
