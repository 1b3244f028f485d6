// Sections 3 and 4: the add-on's bundle as clasp pushes it, run in the Apps Script emulator.
// 3. SpreadsheetApp calls for 统计汇总 (tallyAll) must not grow with the rows (DESIGN.md);
// 4. the bundle is parsed on every menu click and every open: the size of the same code minified (the
//    budget) and gzipped, and of the readable files that are pasted and pushed.
import { gzipSync } from 'node:zlib';
import { ADDON_DIR, addonFiles, buildAddon } from '../src/build/addon.ts';
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
export type BundleResult = { minifiedBytes: number; gzippedBytes: number; readableBytes: Record<string, number> };

/**
 * The budget counts the script files only: Apps Script parses them on every execution, the .html pages
 * only when shown (readableBytes lists both). Builds dist/addon for measureTallyAll.
 */
export async function measureBundle(): Promise<BundleResult> {
  const readable = (await buildAddon()).filter((f) => f.kind === 'script' || f.kind === 'html');
  const minified = Buffer.from(
    (await addonFiles({ minify: true }))
      .filter((f) => f.kind === 'script')
      .map((f) => f.content)
      .join('\n'),
  );
  return {
    minifiedBytes: minified.length,
    gzippedBytes: gzipSync(minified, { level: 9 }).length,
    readableBytes: Object.fromEntries(readable.map((f) => [f.name, f.bytes])),
  };
}

function tallyAll(rows: number): TallyAllRun {
  const emu = createEmulator({
    spreadsheet: { locale: 'zh_CN', sheets: [{ name: '住户登记', values: householdRegister(rows) }] },
    userLocale: 'zh_CN',
  });
  const rt = loadBundle(ADDON_DIR, emu);
  rt.onOpen({ authMode: 'LIMITED' }); // the spreadsheet opens; then the volunteer clicks the menu
  emu.resetCalls();
  const start = performance.now();
  rt.clickMenu('统计汇总');
  const wallMs = round(performance.now() - start);
  progress(
    `Apps Script: tallyAll on ${rows.toLocaleString('en')} rows, ${emu.serviceCalls('SpreadsheetApp')} SpreadsheetApp calls, ${Math.round(wallMs)} ms`,
  );
  return {
    rows,
    spreadsheetAppCalls: emu.serviceCalls('SpreadsheetApp'),
    allCalls: emu.totalCalls(),
    virtualMs: round(emu.elapsedMs()),
    wallMs,
    calls: emu.calls(),
  };
}

/** Needs the add-on in dist/addon: run measureBundle first. */
export function measureTallyAll(small: number, large: number): AppsScriptResult {
  const s = tallyAll(small);
  const l = tallyAll(large);
  return { small: s, large: l, sameCalls: s.spreadsheetAppCalls === l.spreadsheetAppCalls };
}
